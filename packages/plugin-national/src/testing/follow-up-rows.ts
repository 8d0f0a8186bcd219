import type {
  CensusIssueRecord,
  ComplaintRecord,
  CreditRecord,
  MonitoringRecord,
  ProjectRecord,
  SpotCheckRecord,
} from '@duibiao/core';

import { family, VILLAGE_CODE } from './fixtures.js';

/**
 * Builders of follow-up rows and loans for rule tests, tied to the clean
 * household H001 of the fixtures: each default row raises no finding.
 * Blank cells that mean "none" are `null`, as the readers give them. Not
 * part of the package's public API.
 */

/** The ID number of the head of household H001. */
export const HEAD_ID = family()[0]?.idNumber as string;

/**
 * A loan of the head of H001, repaid on time: 30 000 yuan from
 * 2018-06-01 to 2020-06-01, nothing overdue.
 */
export function loan(overrides: Partial<CreditRecord> = {}): CreditRecord {
  return {
    idNumber: HEAD_ID,
    name: '张三',
    amount: 30000,
    loanDate: '2018-06-01',
    dueDate: '2020-06-01',
    extended: false,
    overdueAmount: null,
    interestSubsidy: true,
    asOf: '2020-09-15',
    ...overrides,
  };
}

/** A phone spot check of H001 whose answer agrees: safe water, yes. */
export function spotCheck(
  overrides: Partial<SpotCheckRecord> = {},
): SpotCheckRecord {
  return {
    householdId: 'H001',
    idNumber: null,
    checkedOn: '2020-09-10',
    item: '是否解决安全饮用水',
    answer: '是',
    ...overrides,
  };
}

/** A 12317 report about H001, accepted 2020-09-01, 15 days, closed in time. */
export function complaint(
  overrides: Partial<ComplaintRecord> = {},
): ComplaintRecord {
  return {
    complaintId: 'C001',
    householdId: 'H001',
    receivedOn: '2020-09-01',
    topic: '危房改造',
    closedOn: '2020-09-10',
    limitDays: 15,
    ...overrides,
  };
}

/** A census issue of H001, cleared: 已消疑, due 2020-08-31. */
export function censusIssue(
  overrides: Partial<CensusIssueRecord> = {},
): CensusIssueRecord {
  return {
    issueId: 'I001',
    householdId: 'H001',
    idNumber: null,
    issueType: '收入核算疑似偏高',
    foundOn: '2020-07-20',
    status: '已消疑',
    deadline: '2020-08-31',
    ...overrides,
  };
}

/** A project in H001's village, funded, under way, benefiting 12 households. */
export function project(overrides: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    projectId: 'P001',
    name: '南集贤村食用菌大棚',
    regionCode: VILLAGE_CODE,
    projectType: '产业',
    fundSource: '财政专项',
    plannedAmount: 500000,
    fundsArrived: 300000,
    startedOn: '2020-05-10',
    status: '在建',
    beneficiaries: 12,
    ...overrides,
  };
}

/**
 * A 收支监测 row of H001.
 *
 * @param periodStart - 统计开始.
 * @param periodEnd - 统计结束.
 * @param netIncome - 家庭纯收入.
 * @param overrides - Other fields.
 * @returns The row.
 */
export function monitoringRow(
  periodStart: string,
  periodEnd: string,
  netIncome: number | undefined,
  overrides: Partial<MonitoringRecord> = {},
): MonitoringRecord {
  return {
    householdId: 'H001',
    periodStart,
    periodEnd,
    netIncome,
    outOfPocket: 200,
    source: '部门筛查',
    ...overrides,
  };
}

import {
  civilAffairs,
  type CivilAffairsRecord,
  credit,
  type CreditRecord,
  disability,
  type DisabilityRecord,
  education,
  type EducationRecord,
  employment,
  type EmploymentRecord,
  forestry,
  type ForestryRecord,
  housing,
  type HousingRecord,
  medicalInsurance,
  type MedicalInsuranceRecord,
  pension,
  type PensionRecord,
  publicSecurity,
  type PublicSecurityRecord,
} from './department-lists.js';
import {
  censusIssues,
  type CensusIssueRecord,
  complaints,
  type ComplaintRecord,
  monitoring,
  type MonitoringRecord,
  projects,
  type ProjectRecord,
  spotChecks,
  type SpotCheckRecord,
} from './follow-up-tables.js';
import type { TableSpec } from './table.js';

/** The record type of each line-department list and follow-up table. */
export interface ListRecords {
  /** 教育学籍: the education department's rolls. */
  education: EducationRecord;
  /** 医保参保: basic medical insurance. */
  medicalInsurance: MedicalInsuranceRecord;
  /** 民政救助: civil affairs assistance. */
  civilAffairs: CivilAffairsRecord;
  /** 残联: the disabled persons' federation's cards. */
  disability: DisabilityRecord;
  /** 住建: housing safety grades and renovations, by household. */
  housing: HousingRecord;
  /** 人社养老: basic pension insurance. */
  pension: PensionRecord;
  /** 人社就业实名制: employment by name. */
  employment: EmploymentRecord;
  /** 林业护林员: forest rangers' contracts. */
  forestry: ForestryRecord;
  /** 扶贫小额信贷: microcredit loans. */
  credit: CreditRecord;
  /** 公安户籍: the household register's deaths and moves. */
  publicSecurity: PublicSecurityRecord;
  /** 收支监测: income and spending monitoring periods. */
  monitoring: MonitoringRecord;
  /** 电话抽查: answers of phone spot checks. */
  spotChecks: SpotCheckRecord;
  /** 信访举报: petitions and hotline reports. */
  complaints: ComplaintRecord;
  /** 普查疑似问题: the census's suspected problems. */
  censusIssues: CensusIssueRecord;
  /** 项目库: the project library. */
  projects: ProjectRecord;
}

/** The English key of a line-department list or follow-up table. */
export type ListKey = keyof ListRecords;

/** The rows of the lists a data set has, by key; a list not given was not provided. */
export type ListTables = {
  readonly [K in ListKey]?: readonly ListRecords[K][];
};

/** How a list's rows are tied to the registry, and dated. */
export interface ListSpec {
  /** The table. */
  readonly table: TableSpec;
  /** Whether the list is a line department's (行业部门数据) or a follow-up table. */
  readonly group: 'department' | 'follow-up';
  /**
   * The field that ties a row to the registry: a member's 证件号码 or a
   * household's 户编号; `null` for projects, tied to a region.
   */
  readonly linkedBy: 'idNumber' | 'householdId' | null;
  /**
   * The date after which a row is not yet true on the reference date and
   * is left out of the check: 数据截至日期 for departments' lists, the
   * day a follow-up row began; `null` when rows carry no such date.
   */
  readonly datedBy: string | null;
  /** Whether a second row with the same key is an input error. */
  readonly unique: boolean;
}

/**
 * The line-department lists and follow-up tables of the data format, in
 * the order the data format lists them.
 */
export const LISTS: { readonly [K in ListKey]: ListSpec } = {
  education: department(education),
  medicalInsurance: department(medicalInsurance),
  civilAffairs: department(civilAffairs),
  disability: department(disability),
  housing: { ...department(housing), linkedBy: 'householdId' },
  pension: department(pension),
  employment: department(employment),
  forestry: department(forestry),
  credit: department(credit),
  publicSecurity: department(publicSecurity),
  monitoring: followUp(monitoring, 'householdId', 'periodStart', false),
  spotChecks: followUp(spotChecks, 'householdId', 'checkedOn', false),
  complaints: followUp(complaints, 'householdId', 'receivedOn', true),
  censusIssues: followUp(censusIssues, 'householdId', 'foundOn', true),
  projects: followUp(projects, null, null, true),
};

/** Every list key, in the data format's order. */
export const LIST_KEYS = Object.keys(LISTS) as ListKey[];

/**
 * Whether a table name is one of the lists.
 *
 * @param name - A table's English key.
 * @returns `true` for `education`, `projects`, …
 */
export function isListKey(name: string): name is ListKey {
  return LIST_KEY_SET.has(name);
}

const LIST_KEY_SET: ReadonlySet<string> = new Set(LIST_KEYS);

function department(table: TableSpec<any>): ListSpec {
  return {
    table: table as TableSpec,
    group: 'department',
    linkedBy: 'idNumber',
    datedBy: 'asOf',
    unique: false,
  };
}

function followUp(
  table: TableSpec<any>,
  linkedBy: ListSpec['linkedBy'],
  datedBy: string | null,
  unique: boolean,
): ListSpec {
  return {
    table: table as TableSpec,
    group: 'follow-up',
    linkedBy,
    datedBy,
    unique,
  };
}

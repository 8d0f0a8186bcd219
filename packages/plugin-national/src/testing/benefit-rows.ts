import type {
  CivilAffairsRecord,
  CreditRecord,
  DisabilityRecord,
  ForestryRecord,
  MedicalInsuranceRecord,
  Member,
  PensionRecord,
} from '@duibiao/core';

/**
 * Builders of line-department rows about a member, for the
 * enjoyed-not-recorded and recorded-not-enjoyed tests: each default row
 * shows the benefit in force on the tests' reference date (2020-09-30).
 * Blank cells that mean "none" are `null`, as the readers give them. Not
 * part of the package's public API.
 */

/** 数据截至日期 of the default rows: before the reference date. */
export const ROW_DATE = '2020-09-15';

/** A row of 民政救助: 低保 from 2019-03-01, ongoing. */
export function assistanceRow(
  member: Member,
  overrides: Partial<CivilAffairsRecord> = {},
): CivilAffairsRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    assistanceType: '低保',
    start: '2019-03-01',
    end: null,
    amount: 310,
    asOf: ROW_DATE,
    ...overrides,
  };
}

/** A row of 残联: grade-one physical disability with the living subsidy. */
export function disabilityRow(
  member: Member,
  overrides: Partial<DisabilityRecord> = {},
): DisabilityRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    cardNumber: `${member.idNumber}41`,
    category: '肢体',
    grade: '一级',
    livingSubsidy: true,
    careSubsidy: false,
    asOf: ROW_DATE,
    ...overrides,
  };
}

/** A row of 林业护林员: a contract from 2019-01-01, ongoing. */
export function rangerRow(
  member: Member,
  overrides: Partial<ForestryRecord> = {},
): ForestryRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    start: '2019-01-01',
    end: null,
    annualSubsidy: 10000,
    asOf: ROW_DATE,
    ...overrides,
  };
}

/** A row of 人社养老: insured in resident pension insurance. */
export function pensionRow(
  member: Member,
  overrides: Partial<PensionRecord> = {},
): PensionRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    scheme: '城乡居民基本养老保险',
    status: '参保',
    paidByGovernment: true,
    asOf: ROW_DATE,
    ...overrides,
  };
}

/**
 * A row of 医保参保: insured in resident medical insurance for 2020, with
 * serious-illness insurance.
 */
export function medicalRow(
  member: Member,
  overrides: Partial<MedicalInsuranceRecord> = {},
): MedicalInsuranceRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    scheme: '城乡居民基本医疗保险',
    status: '参保',
    year: 2020,
    seriousIllness: true,
    premiumSubsidy: null,
    asOf: ROW_DATE,
    ...overrides,
  };
}

/**
 * A row of 扶贫小额信贷: 50 000 yuan paid out on 2019-05-10, due on
 * 2022-05-09, nothing overdue.
 */
export function creditRow(
  member: Member,
  overrides: Partial<CreditRecord> = {},
): CreditRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    amount: 50000,
    loanDate: '2019-05-10',
    dueDate: '2022-05-09',
    extended: false,
    overdueAmount: null,
    interestSubsidy: true,
    asOf: ROW_DATE,
    ...overrides,
  };
}

import type {
  Dataset,
  Household,
  Member,
  Plugin,
  RuleDefinition,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';

/**
 * Test data of household-facts-sql.test.ts: households whose facts are
 * worked out by hand there, and a plugin whose rules read every household
 * fact of household.ts, income.ts, labour-capacity.ts and
 * water-standard.ts.
 */

/** The reference date of the hand-worked values. */
export const AS_OF = '2020-09-30';

const FACTS = {
  memberCount: 'number',
  hasAbleLabour: 'boolean',
  ableLabourCount: 'number',
  ableLabourShare: 'number',
  hasAssistedMember: 'boolean',
  hasDisabledMember: 'boolean',
  hasIllMember: 'boolean',
  hasEmployedMember: 'boolean',
  hasDropoutMember: 'boolean',
  hasUninsuredMember: 'boolean',
  headCount: 'number',
  headSpouseSameSex: 'boolean',
  monthsSinceMonitored: 'number',
  monthsSinceMonitoredExclusive: 'number',
  monthsMonitoredBeforeRemoval: 'number',
  measureCount: 'number',
  itemisedNetIncome: 'number',
  netIncomeGap: 'number',
  perCapitaFromNet: 'number',
  perCapitaGap: 'number',
  hasAnyLabour: 'boolean',
  waterStandardLitres: 'number',
} as const;

/** A rule that reads one fact, so that the facts query selects it. */
function reads(fact: string, type: 'number' | 'boolean'): RuleDefinition {
  return {
    id: `hsql/${fact.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    subject: 'household',
    category: 'data-error',
    indicator: 'identity',
    severity: 'low',
    basis: 'test',
    department: 'test',
    action: '核实',
    title: fact,
    conditions: {
      all: [
        type === 'number'
          ? { fact, operator: 'greaterThan', value: 0 }
          : { fact, operator: 'equal', value: true },
      ],
    },
    message: { zh: fact, en: fact },
  };
}

/** National with a rule per household fact, so that the query has each. */
export const plugin: Plugin = {
  name: 'household-facts-sql-test',
  id: 'hsql',
  version: '0.0.0',
  extends: [national],
  rules: Object.entries(FACTS).map(([fact, type]) => reads(fact, type)),
};

const household = (id: string, fields: Partial<Household> = {}) =>
  ({ householdId: id, ...fields }) as Household;
let serial = 0;
const member = (householdId: string, fields: Partial<Member> = {}) => {
  serial += 1;
  return {
    householdId,
    idNumber: `T${String(serial).padStart(5, '0')}`,
    idType: '其他',
    ...fields,
  } as Member;
};

/** A member known in every field the facts read, working nowhere. */
const known: Partial<Member> = {
  labour: '无劳动力',
  health: ['健康'],
  disabilityCard: null,
  minimumLiving: false,
  extremePoverty: false,
  migrantMonths: 0,
  publicWelfareJob: false,
  forestRanger: false,
};

/** Households worked out by hand, with their members. */
export const dataset: Dataset = {
  households: [
    // Everything known; 10000.125 − 10000 is a rounding tie (12.5 cents).
    household('H1', {
      netIncome: 10000,
      perCapitaNetIncome: 3400,
      wageIncome: 6000.125,
      businessIncome: 3000,
      propertyIncome: 0,
      transferIncome: 1500,
      businessExpense: 500,
      monitoredSince: '2020-03',
      riskRemovedAt: '2020-08-31',
      measures: ['产业帮扶', '综合保障'],
      waterScarceArea: true,
    }),
    // Blank members; identified some day of November, after the date.
    household('H2', { monitoredSince: '2020-11-15', measures: [] }),
    // Two heads and a blank relation; identified two weeks after the date.
    household('H3', {
      netIncome: 1000,
      perCapitaNetIncome: 250,
      monitoredSince: '2020-10-15',
      waterScarceArea: false,
    }),
    // No member rows at all; identified and removed on month ends.
    household('H4', {
      netIncome: 500,
      waterScarceArea: false,
      monitoredSince: '2020-01-31',
      riskRemovedAt: '2020-02-29',
    }),
    // One head, two spouses: one of blank sex, one of the other sex.
    household('H5'),
    // One head, two spouses: one of blank sex, one of the head's sex.
    household('H6'),
    // A rejected member row: every member fact is unknown.
    household('H7', { netIncome: 500 }),
    // Children and insurance (ages from 出生日期 alone: no resident ID).
    household('H8'),
    household('H9'),
    household('H10'),
  ],
  members: [
    member('H1', {
      ...known,
      relation: '户主',
      sex: '男',
      labour: '普通劳动力',
    }),
    member('H1', {
      ...known,
      relation: '配偶',
      sex: '男',
      labour: '弱劳动力或半劳动力',
      health: ['长期慢性病'],
      migrantMonths: 3,
    }),
    member('H1', {
      ...known,
      relation: '之子',
      sex: '女',
      disabilityCard: '61010420080501123X42',
      extremePoverty: true,
    }),
    member('H2', {
      ...known,
      relation: '户主',
      sex: '女',
      labour: undefined,
      health: undefined,
      disabilityCard: undefined,
      minimumLiving: undefined,
      migrantMonths: undefined,
    }),
    member('H2', { ...known, sex: '男', labour: '丧失劳动力' }),
    member('H3', { relation: '户主', sex: '男', labour: '技能劳动力' }),
    member('H3', { relation: '户主', sex: '女', labour: '普通劳动力' }),
    member('H3', { labour: '普通劳动力' }),
    member('H3', { relation: '配偶', sex: '女', labour: '无劳动力' }),
    member('H5', { relation: '户主', sex: '男' }),
    member('H5', { relation: '配偶' }),
    member('H5', { relation: '配偶', sex: '女' }),
    member('H6', { relation: '户主', sex: '女' }),
    member('H6', { relation: '配偶' }),
    member('H6', { relation: '配偶', sex: '女' }),
    member('H7', { ...known, relation: '户主', sex: '女' }),
    // 10 years old, no 在校生状况 and no reason: a dropout; insured.
    member('H8', {
      birthDate: '2010-05-01',
      schoolStatus: null,
      notInSchoolReason: null,
      residentMedical: true,
      employeeMedical: false,
    }),
    // 15 (16 the next day), out of school but taught at home; in neither
    // insurance.
    member('H9', {
      birthDate: '2004-10-01',
      schoolStatus: '失学辍学',
      notInSchoolReason: '送教上门',
      residentMedical: false,
      employeeMedical: false,
    }),
    // 16 that day: past compulsory-school age.
    member('H9', {
      birthDate: '2004-09-30',
      schoolStatus: null,
      notInSchoolReason: null,
      residentMedical: true,
      employeeMedical: true,
    }),
    // Age unknown, but in primary school: no dropout whatever the age.
    member('H9', {
      schoolStatus: '小学',
      notInSchoolReason: null,
      residentMedical: false,
      employeeMedical: true,
    }),
    // Age unknown and out of school: maybe a dropout; insured.
    member('H10', {
      schoolStatus: null,
      notInSchoolReason: null,
      residentMedical: true,
    }),
    // Born this year: under the newborn exemption, uninsured or not.
    member('H10', {
      birthDate: '2020-01-15',
      schoolStatus: '学龄前儿童',
      notInSchoolReason: null,
      residentMedical: false,
      employeeMedical: false,
    }),
    // An adult in employee insurance? 城乡居民 blank, 城镇职工 no.
    member('H10', {
      birthDate: '1980-01-01',
      schoolStatus: null,
      notInSchoolReason: null,
      residentMedical: undefined,
      employeeMedical: false,
    }),
  ],
  villages: [],
  incompleteHouseholds: ['H7'],
};

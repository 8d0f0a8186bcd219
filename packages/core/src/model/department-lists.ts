import type { z } from 'zod';

import { field } from './field.js';
import { defineTable } from './table.js';
import {
  ASSISTANCE_TYPES,
  DISABILITY_CATEGORIES,
  DISABILITY_GRADES,
  ENROLMENT_STATUSES,
  HOUSE_GRADES,
  INSURANCE_STATUS_ALIASES,
  INSURANCE_STATUSES,
  MEDICAL_SCHEMES,
  PENSION_SCHEMES,
  RENOVATION_STATUSES,
  RESIDENCE_STATUSES,
} from './vocabulary.js';

// The line departments' own lists (行业部门数据), each keyed by 证件号码
// and dated by 数据截至日期. A person may have several rows: two kinds of
// assistance, two loans, an old and a new ranger contract.

const idNumber = () =>
  field.idNumber('证件号码', {
    description: 'The resident ID number the row is about.',
  });

const listDate = () =>
  field.date('数据截至日期', {
    description:
      'The date the department says the row is valid on; a row dated after the reference date is not used.',
  });

const name = () =>
  field.text('姓名', { description: 'Name (masked in reports).' });

const yuan = (header: string, description: string) =>
  field.number(header, { description, unit: '元', range: { min: 0 } });

const insuranceStatus = () =>
  field.oneOf('参保状态', INSURANCE_STATUSES, {
    description: 'Insured, or the insurance stopped.',
    aliases: { ...INSURANCE_STATUS_ALIASES },
  });

/** 教育学籍: pupils and students on the education department's rolls. */
export const education = defineTable({
  key: 'education',
  name: '教育学籍',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    school: field.text('学校', { description: 'School.' }),
    stage: field.text('学段', {
      description: 'Stage of schooling (小学, 初中, …).',
    }),
    grade: field.text('年级', { description: 'Grade or year.' }),
    status: field.oneOf('学籍状态', ENROLMENT_STATUSES, {
      description: 'Enrolled, suspended, dropped out, or taught at home.',
    }),
    asOf: listDate(),
  },
});

/** 医保参保: who is in basic medical insurance. */
export const medicalInsurance = defineTable({
  key: 'medicalInsurance',
  name: '医保参保',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    scheme: field.oneOf('险种', MEDICAL_SCHEMES, {
      description: 'Resident or employee basic medical insurance.',
    }),
    status: insuranceStatus(),
    year: field.year('参保年度', { description: 'The year insured for.' }),
    seriousIllness: field.flag('大病保险', {
      description: 'Also in serious-illness insurance.',
    }),
    premiumSubsidy: field.text('个人缴费资助', {
      description:
        'Help with the personal premium, as the department writes it (全额, 定额, an amount); blank when none.',
      blank: 'none',
    }),
    asOf: listDate(),
  },
});

/** 民政救助: minimum living allowance, support of the extremely poor, temporary help. */
export const civilAffairs = defineTable({
  key: 'civilAffairs',
  name: '民政救助',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    assistanceType: field.oneOf('救助类型', ASSISTANCE_TYPES, {
      description: '低保, 特困供养 or 临时救助.',
    }),
    start: field.date('开始日期', { description: 'First day of the help.' }),
    end: field.date('结束日期', {
      description: 'Last day of the help; blank while it goes on.',
      blank: 'none',
    }),
    amount: field.number('金额', {
      description: 'Amount paid, per month or once, in yuan.',
      range: { min: 0 },
    }),
    asOf: listDate(),
  },
});

/** 残联: disability cards and the two disability subsidies. */
export const disability = defineTable({
  key: 'disability',
  name: '残联',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    cardNumber: field.code('残疾人证号', {
      description: 'Disability card number.',
    }),
    category: field.oneOf('残疾类别', DISABILITY_CATEGORIES, {
      description: 'Kind of disability.',
      aliases: Object.fromEntries(
        DISABILITY_CATEGORIES.map((c) => [`${c}残疾`, c]),
      ),
    }),
    grade: field.oneOf('残疾等级', DISABILITY_GRADES, {
      description: 'Grade one (most severe) to four.',
      aliases: { 1: '一级', 2: '二级', 3: '三级', 4: '四级' },
    }),
    livingSubsidy: field.flag('困难残疾人生活补贴', {
      description: 'Receives the living subsidy for disabled people in need.',
    }),
    careSubsidy: field.flag('重度残疾人护理补贴', {
      description: 'Receives the care subsidy for the severely disabled.',
    }),
    asOf: listDate(),
  },
});

/** 住建: the housing department's safety appraisals and renovations. */
export const housing = defineTable({
  key: 'housing',
  name: '住建',
  keyField: 'householdId',
  fields: {
    householdId: field.key('户编号', {
      description: 'The household the house belongs to.',
    }),
    headIdNumber: field.idNumber('户主证件号码', {
      description: 'ID number of the head of household.',
    }),
    grade: field.oneOf('鉴定等级', HOUSE_GRADES, {
      description: 'Appraised safety grade, A (safe) to D.',
      aliases: { A级: 'A', B级: 'B', C级: 'C', D级: 'D' },
    }),
    renovationYear: field.year('改造年度', {
      description: 'Year of renovation; blank when none.',
      blank: 'none',
    }),
    renovationStatus: field.oneOf('改造状态', RENOVATION_STATUSES, {
      description:
        'Renovation finished, under way or not started; blank, with 改造年度 blank too, when there was none — blank beside a 改造年度 is unknown.',
      blank: 'none',
    }),
    asOf: listDate(),
  },
});

/** 人社养老: who is in basic pension insurance. */
export const pension = defineTable({
  key: 'pension',
  name: '人社养老',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    scheme: field.oneOf('险种', PENSION_SCHEMES, {
      description: 'Resident or employee basic pension insurance.',
    }),
    status: insuranceStatus(),
    paidByGovernment: field.flag('是否代缴', {
      description: 'The government pays the premium on the person’s behalf.',
    }),
    asOf: listDate(),
  },
});

/** 人社就业实名制: the real-name ledger of who works where. */
export const employment = defineTable({
  key: 'employment',
  name: '人社就业实名制',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    workplace: field.text('务工地点', {
      description: 'Where the person works.',
    }),
    startMonth: field.date('开始月份', { description: 'First month of work.' }),
    endMonth: field.date('结束月份', {
      description: 'Last month of work; blank while it goes on.',
      blank: 'none',
    }),
    monthlyIncome: field.number('月收入', {
      description: 'Income per month.',
      unit: '元/月',
      range: { min: 0 },
    }),
    asOf: listDate(),
  },
});

/** 林业护林员: ecological forest rangers. */
export const forestry = defineTable({
  key: 'forestry',
  name: '林业护林员',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    start: field.date('聘用开始', {
      description: 'First day of the contract.',
    }),
    end: field.date('聘用结束', {
      description: 'Last day of the contract; blank while it goes on.',
      blank: 'none',
    }),
    annualSubsidy: yuan('年补助', 'Subsidy per year.'),
    asOf: listDate(),
  },
});

/** 扶贫小额信贷: poverty-alleviation microcredit, one row per loan. */
export const credit = defineTable({
  key: 'credit',
  name: '扶贫小额信贷',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    amount: yuan('贷款金额', 'Amount lent.'),
    loanDate: field.date('放款日期', {
      description: 'Day the loan was paid out.',
    }),
    dueDate: field.date('到期日期', { description: 'Day the loan falls due.' }),
    extended: field.flag('是否展期', {
      description: 'Whether the term was extended.',
    }),
    overdueAmount: field.number('逾期金额', {
      description: 'Amount overdue; blank when nothing is.',
      unit: '元',
      range: { min: 0 },
      blank: 'none',
    }),
    interestSubsidy: field.flag('是否贴息', {
      description: 'Whether the interest is subsidised.',
    }),
    asOf: listDate(),
  },
});

/** 公安户籍: deaths and moves from the household register. */
export const publicSecurity = defineTable({
  key: 'publicSecurity',
  name: '公安户籍',
  keyField: 'idNumber',
  requiredValues: ['idNumber'],
  fields: {
    idNumber: idNumber(),
    name: name(),
    status: field.oneOf('户籍状态', RESIDENCE_STATUSES, {
      description: 'Normal, deregistered on death, or moved away.',
    }),
    changedOn: field.date('变动日期', {
      description: 'Day of the death or move; blank when none.',
      blank: 'none',
    }),
    asOf: listDate(),
  },
});

/** A row of 教育学籍. */
export interface EducationRecord extends z.infer<typeof education.schema> {}
/** A row of 医保参保. */
export interface MedicalInsuranceRecord
  extends z.infer<typeof medicalInsurance.schema> {}
/** A row of 民政救助. */
export interface CivilAffairsRecord
  extends z.infer<typeof civilAffairs.schema> {}
/** A row of 残联. */
export interface DisabilityRecord extends z.infer<typeof disability.schema> {}
/** A row of 住建. */
export interface HousingRecord extends z.infer<typeof housing.schema> {}
/** A row of 人社养老. */
export interface PensionRecord extends z.infer<typeof pension.schema> {}
/** A row of 人社就业实名制. */
export interface EmploymentRecord extends z.infer<typeof employment.schema> {}
/** A row of 林业护林员. */
export interface ForestryRecord extends z.infer<typeof forestry.schema> {}
/** A row of 扶贫小额信贷: one loan. */
export interface CreditRecord extends z.infer<typeof credit.schema> {}
/** A row of 公安户籍. */
export interface PublicSecurityRecord
  extends z.infer<typeof publicSecurity.schema> {}

import type { Dataset, Household, ListTables, Member } from '@duibiao/core';

/**
 * The data of list-facts-sql.test.ts, as of 2020-09-30: people on the
 * departments' lists once, twice and not at all, rows dated after the
 * reference date, rows whose order cannot be told, a rejected row, and
 * loans. Each person's cases are in the comments of the test.
 */

const OLD_ID = '11010519491231002X';
const EIGHTIES_ID = '610104198001010018';
const LEAP_ID = '610104200402290014';

/** Members by name: household and ID number (none for G). */
const PEOPLE: Record<string, [string, string | undefined]> = {
  A: ['H1', 'P1'],
  B: ['H1', 'P2'],
  C: ['H1', 'P3'],
  D: ['H1', 'P4'],
  E: ['H2', 'P5'],
  F: ['H2', 'P6'],
  G: ['H3', undefined],
  H: ['H3', 'P8'],
  I: ['H4', 'P9'],
  J: ['H5', 'P10'],
  K: ['H6', 'P11'],
  L: ['H6', 'P12'],
  M: ['H6', 'P13'],
  N: ['H6', OLD_ID],
  O: ['H6', EIGHTIES_ID],
  R: ['H6', 'P14'],
};

/** The borrowers' 出生日期 and 证件类型, for their ages on the loan date. */
const BORN: Record<string, Partial<Member>> = {
  K: { birthDate: '1960-05-10' },
  L: { birthDate: '2004-02-29' },
  M: { birthDate: '1960-05' },
  N: { birthDate: '1949-12' },
  R: { birthDate: '1970-01-01', idType: '其他' },
};

/** The members' names, in the order of the members table. */
export const MEMBER_NAMES = Object.keys(PEOPLE);

const members = MEMBER_NAMES.map((name) => {
  const [householdId, idNumber] = PEOPLE[name] as [string, string | undefined];

  return {
    householdId,
    ...(idNumber === undefined ? {} : { idNumber }),
    ...BORN[name],
  } as Member;
});

const households = [
  { householdId: 'H1', houseGrade: 'C', waterScarceArea: true },
  { householdId: 'H2', houseGrade: 'B', waterScarceArea: false },
  { householdId: 'H3' },
  { householdId: 'H4', houseGrade: 'B' },
  { householdId: 'H5', houseGrade: 'C' },
  { householdId: 'H6' },
] as Household[];

const RESIDENT_MEDICAL = '城乡居民基本医疗保险';
const EMPLOYEE_MEDICAL = '职工基本医疗保险';

/** Loans: each member's, then the borrowers of no household (Z…). */
const credit = [
  ['P1', '2019-05-10', '2022-05-09', '2020-06-30'],
  ['P5', '2018-01-10', '2020-01-09', '2020-06-30'],
  ['P8', '2017-01-01', '2019-12-31', '2020-06-30'],
  ['P9', '2019-01-01', '2021-12-31', '2020-03-01'],
  ['P9', '2019-01-01', '2020-06-30', '2020-08-01'],
  ['P10', '2019-03', '2022-03-15', '2020-06-30'],
  ['Z1', '2020-01-31', '2020-03-01', '2020-06-30'],
  ['Z2', '2020-03-15', '2020-03-01', '2020-06-30'],
  ['Z3', '2020-03-15', '2020-01-01', '2020-06-30'],
  ['Z4', '2019-03-01', '2022-03-01', '2020-06-30'],
  ['Z5', '2019-03-01', '2022-03-02', '2020-06-30'],
  ['P11', '2020-05-10', '2023-01-01', '2020-06-30'],
  ['P11', '2020-05-09', '2023-01-01', '2020-06-30'],
  ['P11', '2020-05', '2023-01-01', '2020-06-30'],
  ['P11', '1959-01-01', '2023-01-01', '2020-06-30'],
  ['P12', '2021-02-28', '2023-01-01', '2020-06-30'],
  ['P12', '2021-03-01', '2023-01-01', '2020-06-30'],
  ['P13', '2020-05-15', '2023-01-01', '2020-06-30'],
  [OLD_ID, '2009-12-30', '2023-01-01', '2020-06-30'],
  [EIGHTIES_ID, '2020-01-01', '2023-01-01', '2020-06-30'],
  ['P14', '2020-01-01', '2023-01-01', '2020-06-30'],
  [LEAP_ID, '2022-02-28', '2023-01-01', '2020-06-30'],
  [LEAP_ID, '2022-03-01', '2023-01-01', '2020-06-30'],
  ['610104200402290015', '2022-03-01', '2023-01-01', '2020-06-30'],
].map(([idNumber, loanDate, dueDate, asOf]) => ({
  idNumber,
  loanDate,
  dueDate,
  asOf,
  extended: false,
  // P10's loan says 0 overdue, the others leave it blank: none.
  overdueAmount: idNumber === 'P10' ? 0 : null,
}));

/** The row of each loan in the credit list, by its borrower's ID number. */
export const LOAN_ROWS = credit.map((row) => row.idNumber);

const lists = {
  education: [
    { idNumber: 'P1', status: '在读', stage: '小学', asOf: '2020-03-01' },
    { idNumber: 'P1', status: '辍学', stage: '初中', asOf: '2020-06-30' },
    { idNumber: 'P2', status: '在读', asOf: '2020-06-30' },
    { idNumber: 'P2', status: '辍学', asOf: '2020-10-15' },
    { idNumber: 'P3', status: '在读', asOf: '2020-06-30' },
    { idNumber: 'P3', status: '休学', asOf: '2020-06-30' },
    { idNumber: 'P4', status: '在读', asOf: '2020-06' },
    { idNumber: 'P4', status: '辍学', asOf: '2020-06-15' },
    { idNumber: 'P5', status: '在读' },
    { idNumber: 'P5', status: '辍学', asOf: '2020-06-30' },
    { idNumber: 'P8', status: '辍学', asOf: '2020-09' },
    { idNumber: 'P8', status: '在读', asOf: '2020-10' },
    { idNumber: 'P9', status: '在读', asOf: '2020-05' },
    { idNumber: 'P9', status: '辍学', asOf: '2020-06-01' },
    { idNumber: 'P10', status: '在读', asOf: '2020-06-30' },
  ],
  publicSecurity: [
    ['P1', '死亡注销', '2020-08-01', '2020-09-01'],
    ['P2', '死亡注销', '2020-10-05', '2020-09-15'],
    ['P3', '迁出', '2020-09', '2020-09-20'],
    ['P4', '迁出', null, '2020-09-01'],
    ['P5', '正常', null, '2020-06-30'],
    ['P5', '死亡注销', '2020-09-10', '2020-10-08'],
    ['P8', '死亡注销', '2020-10', '2020-09-01'],
    ['P9', '死亡注销', '2020-07-01', '2020-08-01'],
    ['P9', '死亡注销', '2020-07-02', '2020-08-01'],
  ].map(([idNumber, status, changedOn, asOf]) => ({
    idNumber,
    status,
    changedOn,
    asOf,
  })),
  civilAffairs: [
    ['P1', '低保', '2019-03-01', null, '2020-06-30'],
    ['P1', '低保', '2019-03-01', '2020-08-15', '2020-08-31'],
    ['P2', '低保', '2019-03-01', null, '2020-06-30'],
    ['P2', '低保', '2020-01-01', '2020-03-31', '2020-06-30'],
    ['P3', '低保', undefined, null, '2020-06-30'],
    ['P4', '低保', '2020-09', null, '2020-09-30'],
    ['P5', '低保', '2019-01-01', null, '2020-06-30'],
    ['P5', '低保', '2019-01-01', '2020-05-31', '2020-06-30'],
    ['P8', '低保', '2019-01-01', null, '2020-10-15'],
    ['P9', '特困供养', '2020-10-01', null, '2020-09-30'],
    ['P9', '低保', '2020-10', null, '2020-09-30'],
  ].map(([idNumber, assistanceType, start, end, asOf]) => ({
    idNumber,
    assistanceType,
    ...(start === undefined ? {} : { start }),
    end,
    asOf,
  })),
  medicalInsurance: [
    ['P1', RESIDENT_MEDICAL, '参保', 2020, '2020-03-01'],
    ['P1', RESIDENT_MEDICAL, '停保', 2020, '2020-08-01'],
    ['P2', RESIDENT_MEDICAL, '参保', 2019, '2020-08-01'],
    ['P2', RESIDENT_MEDICAL, '停保', undefined, '2020-03-01'],
    ['P3', undefined, '参保', 2020, '2020-03-01'],
    ['P4', RESIDENT_MEDICAL, '参保', 2020, '2020-03-01', true],
    ['P4', EMPLOYEE_MEDICAL, '参保', 2020, '2020-08-01', false],
    ['P5', RESIDENT_MEDICAL, undefined, 2020, '2020-03-01'],
  ].map(([idNumber, scheme, status, year, asOf, seriousIllness]) => ({
    idNumber,
    ...(scheme === undefined ? {} : { scheme }),
    ...(status === undefined ? {} : { status }),
    ...(year === undefined ? {} : { year }),
    ...(seriousIllness === undefined ? {} : { seriousIllness }),
    asOf,
  })),
  disability: [
    {
      idNumber: 'P1',
      livingSubsidy: false,
      careSubsidy: true,
      asOf: '2020-03-01',
    },
    {
      idNumber: 'P1',
      livingSubsidy: false,
      careSubsidy: false,
      asOf: '2020-08-01',
    },
    { idNumber: 'P2', careSubsidy: true, asOf: '2020-06-30' },
    { idNumber: 'P3', careSubsidy: false, asOf: '2020-06-30' },
  ],
  forestry: [
    {
      idNumber: 'P1',
      start: '2019-01-01',
      end: '2020-12-31',
      asOf: '2020-06-30',
    },
    {
      idNumber: 'P2',
      start: '2019-01-01',
      end: '2019-12-31',
      asOf: '2020-06-30',
    },
    { idNumber: 'P2', start: '2020-01-01', end: null, asOf: '2020-06-30' },
    { idNumber: 'P3', start: '2020-10-01', end: null, asOf: '2020-06-30' },
    { idNumber: 'P4', start: '2019-01-01', end: '2020-09', asOf: '2020-06-30' },
  ],
  pension: [
    {
      idNumber: 'P1',
      scheme: '城乡居民基本养老保险',
      status: '参保',
      asOf: '2020-03-01',
    },
    {
      idNumber: 'P2',
      scheme: '城镇职工基本养老保险',
      status: '参保',
      asOf: '2020-03-01',
    },
  ],
  credit,
  housing: [
    ['H1', 'C', null, null, '2020-03-01'],
    ['H1', 'A', null, null, '2020-08-01'],
    ['H3', 'D', 2019, null, '2020-06-30'],
    ['H4', 'B', null, null, '2020-06-30'],
    ['H5', 'C', 2020, '在建', '2020-05-01'],
    ['H5', 'C', 2020, '已竣工', '2020-09'],
  ].map(([householdId, grade, renovationYear, renovationStatus, asOf]) => ({
    householdId,
    grade,
    ...(renovationYear === undefined ? {} : { renovationYear }),
    ...(renovationStatus === undefined ? {} : { renovationStatus }),
    asOf,
  })),
} as unknown as ListTables;

/** The data set; a rejected row of the education list names P10. */
export const DATASET: Dataset = {
  households,
  members,
  villages: [],
  lists,
  listRejections: { education: { keys: ['P10'], unplaced: 0 } },
};

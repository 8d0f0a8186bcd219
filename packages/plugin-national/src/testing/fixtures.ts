import {
  type Dataset,
  type Household,
  idCheckCharacter,
  type ListTables,
  type Member,
  type Village,
} from '@duibiao/core';

/**
 * Builders of clean records for rule tests: each builder's default record
 * raises no finding under the national rules, so a test changes only what
 * its rule looks at. Not part of the package's public API.
 */

/** A real village code of 哑柏镇, 周至县, 西安市. */
export const VILLAGE_CODE = '610124101201';

/**
 * A resident ID number with a correct check character.
 *
 * @param birthDate - `YYYY-MM-DD`.
 * @param sex - 男 gives an odd sequence digit, 女 an even one.
 * @param serial - Two digits that make the number unique.
 * @returns 18 characters.
 */
export function makeIdNumber(
  birthDate: string,
  sex: '男' | '女',
  serial = 10,
): string {
  const digit = sex === '男' ? 1 : 2;
  const first17 = `610124${birthDate.replace(/-/g, '')}${String(serial).padStart(2, '0')}${digit}`;

  return first17 + (idCheckCharacter(first17) ?? '');
}

/** A clean household of four: 已脱贫户, income well above the lines. */
export function household(overrides: Partial<Household> = {}): Household {
  return {
    householdId: 'H001',
    regionCode: VILLAGE_CODE,
    householdType: '已脱贫户',
    exitYear: 2019,
    monitoredType: null,
    povertyCauses: ['缺技术'],
    incomeYear: 2020,
    wageIncome: 20000,
    businessIncome: 6000,
    propertyIncome: 0,
    transferIncome: 2000,
    businessExpense: 2000,
    netIncome: 26000,
    perCapitaNetIncome: 6500,
    rigidExpense: 1000,
    dangerousHouse: false,
    houseGrade: 'A',
    housingSecurity: '鉴定安全',
    safeWater: true,
    waterLitresPerDay: 60,
    waterTripMinutes: 0,
    waterOutageDays: 0,
    waterScarceArea: false,
    measures: ['产业帮扶', '就业帮扶', '技能培训'],
    developmentMeasureStatus: '已实施',
    relocated: false,
    helperName: '王建国',
    phone: '13800001234',
    ...overrides,
  };
}

/** A clean adult member: insured, in pension insurance, ordinary labour. */
export function member(overrides: Partial<Member> = {}): Member {
  const birthDate = overrides.birthDate ?? '1975-03-12';
  const sex = overrides.sex ?? '男';

  return {
    householdId: 'H001',
    idNumber: makeIdNumber(birthDate, sex, 11),
    idType: '居民身份证',
    name: '张三',
    relation: '户主',
    sex,
    birthDate,
    schoolStatus: null,
    notInSchoolReason: null,
    educationLevel: '初中',
    health: ['健康'],
    disabilityCard: null,
    labour: '普通劳动力',
    migrantMonths: 8,
    residentMedical: true,
    employeeMedical: false,
    seriousIllnessInsurance: true,
    residentPension: true,
    employeePension: false,
    minimumLiving: false,
    extremePoverty: false,
    disabilitySubsidy: false,
    yulu: false,
    forestRanger: false,
    publicWelfareJob: false,
    chronicDiseaseContract: false,
    ...overrides,
  };
}

/** A clean school child of the household, born on the given date. */
export function child(overrides: Partial<Member> = {}): Member {
  const birthDate = overrides.birthDate ?? '2010-05-20';
  const sex = overrides.sex ?? '女';

  return member({
    idNumber: makeIdNumber(birthDate, sex, 13),
    name: '张小红',
    relation: sex === '女' ? '之女' : '之子',
    sex,
    birthDate,
    schoolStatus: '小学',
    educationLevel: undefined,
    labour: '无劳动力',
    migrantMonths: 0,
    residentPension: false,
    ...overrides,
  });
}

/** The clean family of four that goes with {@link household}. */
export function family(householdId = 'H001'): Member[] {
  return [
    member({ householdId }),
    member({
      householdId,
      idNumber: makeIdNumber('1977-08-02', '女', 12),
      name: '李四',
      relation: '配偶',
      sex: '女',
      birthDate: '1977-08-02',
      migrantMonths: 0,
    }),
    child({ householdId }),
    child({
      householdId,
      idNumber: makeIdNumber('2003-01-15', '男', 14),
      name: '张小明',
      relation: '之子',
      sex: '男',
      birthDate: '2003-01-15',
      schoolStatus: '普通高中',
    }),
  ];
}

/**
 * A person of household H999, which no fixture has: a department's row
 * about them gives a list a row in force that names nobody of the data
 * set (a list with no rows in force is not compared at all).
 */
export function outsider(overrides: Partial<Member> = {}): Member {
  return member({
    householdId: 'H999',
    idNumber: makeIdNumber('1960-06-01', '男', 99),
    name: '王五',
    ...overrides,
  });
}

/** A clean village with every facility. */
export function village(overrides: Partial<Village> = {}): Village {
  return {
    regionCode: VILLAGE_CODE,
    name: '南集贤村',
    povertyVillage: true,
    standardClinic: true,
    qualifiedDoctor: true,
    pavedRoad: true,
    busEligible: true,
    busService: true,
    roadMaintenance: true,
    industrialPower: true,
    meterPerHousehold: true,
    broadband: true,
    cleanEnvironment: true,
    residentTeam: true,
    monitoringLiaison: '赵六',
    pvStation: false,
    pvIncomeDistribution: null,
    pvDistributionPublished: undefined,
    ...overrides,
  };
}

/**
 * A data set of one household with its family (or the given members),
 * its village, and the department lists and follow-up tables given (none
 * by default: every list absent, so no comparison is made).
 */
export function dataset(
  parts: {
    household?: Household;
    members?: Member[];
    village?: Village;
    lists?: ListTables;
  } = {},
): Dataset {
  return {
    households: [parts.household ?? household()],
    members: parts.members ?? family(),
    villages: [parts.village ?? village()],
    ...(parts.lists ? { lists: parts.lists } : {}),
  };
}

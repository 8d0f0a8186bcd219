import {
  addDays,
  type CalendarDate,
  type Household,
  type Member,
} from '@duibiao/core';

import { ageOf } from './assistance.js';
import { before, dayBetween } from './household-traits.js';
import {
  addRow,
  type CountyLists,
  type ListRows,
  monthAfter,
  sameDayAfter,
} from './list-rows.js';
import { inSchool, severeGrade } from './member-traits.js';
import type { Random } from './random.js';
import type { Draft } from './types.js';

/** Where the education roll says each stage is taught, and its name there. */
const STAGES: Readonly<Record<string, string>> = {
  学前教育: '学前',
  小学: '小学',
  初中: '初中',
  普通高中: '高中',
  中职: '中职',
  高职高专: '高职',
  本科及以上: '本科',
};

/** The age at which each stage's first year is usually reached. */
const FIRST_YEAR_AGE: Readonly<Record<string, number>> = {
  学前: 3,
  小学: 6,
  初中: 12,
  高中: 15,
  中职: 15,
  高职: 18,
  本科: 18,
};

/** The years each stage lasts. */
const STAGE_YEARS: Readonly<Record<string, number>> = {
  学前: 3,
  小学: 6,
  初中: 3,
  高中: 3,
  中职: 3,
  高职: 3,
  本科: 4,
};

const COLLEGES: readonly string[] = [
  '陕西工业职业技术学院',
  '杨凌职业技术学院',
  '西安航空职业技术学院',
  '陕西交通职业技术学院',
];

const UNIVERSITIES: readonly string[] = [
  '西北大学',
  '陕西师范大学',
  '西安理工大学',
  '延安大学',
  '西北农林科技大学',
  '长安大学',
];

/** Where migrant workers from Shaanxi work, by rough share. */
export const WORKPLACES = [
  ['西安市', 30],
  ['本县工业园区', 15],
  ['咸阳市', 8],
  ['江苏省苏州市', 12],
  ['江苏省无锡市', 6],
  ['广东省东莞市', 10],
  ['浙江省宁波市', 8],
  ['新疆维吾尔自治区', 4],
  ['北京市', 7],
] as const;

/** Yuan a forest ranger is paid a year. */
const RANGER_SUBSIDY = 6000;

/**
 * The household's rows in the line departments' lists, as each department
 * would have them if its list and the registry agreed: the education roll
 * holds every pupil and student (在读), the dropouts (辍学) and children
 * taught at home (送教上门); medical insurance, pension, 低保 and 特困,
 * the disability cards and subsidies, migrant work, ranger posts and loans
 * are on their departments' lists exactly when the registry records them;
 * the housing department grades the house as the registry does; and the
 * public-security register has every member, none deceased or gone.
 *
 * A member registered a second time in another household (the id-duplicate
 * plant) is on the lists once, from the first household.
 *
 * @param draft - The household, its record final.
 * @param random - Source of randomness for the lists.
 * @returns The rows, by list.
 */
export function departmentRows(draft: Draft, random: Random): ListRows {
  const rows: ListRows = {};
  for (const member of draft.members) {
    if (member.idNumber && member !== draft.copied)
      addMemberRows(rows, member, draft, random);
  }

  addRow(rows, 'housing', houseRow(draft, random));
  const loan = loanRow(draft, random);
  if (loan) addRow(rows, 'credit', loan);

  return rows;
}

/** Adds a member's rows to each person-keyed list that has one. */
function addMemberRows(
  rows: ListRows,
  member: Member,
  draft: Draft,
  random: Random,
): void {
  const dates = draft.place.lists.asOf;
  const person = { idNumber: member.idNumber, name: member.name ?? null };
  const age = ageOf(member, draft);
  const assisted = isAssisted(draft.household);

  const enrolment = enrolmentOf(member, age, draft, random);
  if (enrolment)
    addRow(rows, 'education', {
      ...person,
      ...enrolment,
      asOf: dates.education,
    });
  for (const row of medicalRows(member, assisted, draft.place.lists))
    addRow(rows, 'medicalInsurance', { ...person, ...row });
  for (const row of assistanceRows(member, draft, random))
    addRow(rows, 'civilAffairs', {
      ...person,
      ...row,
      asOf: dates.civilAffairs,
    });

  if (member.disabilityCard) {
    const row = disabilityRow(member, random);
    addRow(rows, 'disability', { ...person, ...row, asOf: dates.disability });
  }
  const pension = pensionRow(member, assisted, age);
  if (pension)
    addRow(rows, 'pension', { ...person, ...pension, asOf: dates.pension });

  if ((member.migrantMonths ?? 0) > 0) {
    const job = jobRow(member, draft.asOf, random);
    addRow(rows, 'employment', { ...person, ...job, asOf: dates.employment });
  }
  if (member.forestRanger) {
    const start = dayBetween(
      before(draft.asOf, 1400),
      before(draft.asOf, 60),
      random,
    );
    addRow(rows, 'forestry', {
      ...person,
      start,
      end: null,
      annualSubsidy: RANGER_SUBSIDY,
      asOf: dates.forestry,
    });
  }

  addRow(rows, 'publicSecurity', {
    ...person,
    status: '正常',
    changedOn: null,
    asOf: dates.publicSecurity,
  });
}

/**
 * Whether a household is poor, exited or monitored: the households whose
 * insurance premiums the government helps with.
 *
 * @param household - The household.
 * @returns `true` when it is.
 */
export function isAssisted(household: Household): boolean {
  return (
    household.householdType !== '一般农户' || household.monitoredType != null
  );
}

/**
 * A member's row on the education roll, if the roll has one: pupils and
 * students 在读, dropouts of compulsory-school age 辍学, children taught
 * at home 送教上门.
 */
function enrolmentOf(
  member: Member,
  age: number,
  draft: Draft,
  random: Random,
):
  | {
      school: string;
      stage: string;
      grade: string;
      status: '在读' | '辍学' | '送教上门';
    }
  | undefined {
  const status = member.schoolStatus;
  if (inSchool(status)) {
    const stage = STAGES[status as string] as string;
    return {
      school: schoolOf(stage, draft, random),
      stage,
      grade: gradeOf(stage, age),
      status: '在读',
    };
  }
  if (member.notInSchoolReason === '送教上门') {
    const stage = age <= 11 ? '小学' : '初中';
    return {
      school: schoolOf(stage, draft, random),
      stage,
      grade: gradeOf(stage, age),
      status: '送教上门',
    };
  }
  if (status === '失学辍学' && age >= 6 && age <= 15) {
    const stage = age <= 12 ? '小学' : '初中';
    return {
      school: schoolOf(stage, draft, random),
      stage,
      grade: gradeOf(stage, age),
      status: '辍学',
    };
  }

  return undefined;
}

function schoolOf(stage: string, draft: Draft, random: Random): string {
  const { township, countyName } = draft.place;
  switch (stage) {
    case '学前':
      return `${township}中心幼儿园`;
    case '小学':
      return `${township}中心小学`;
    case '初中':
      return `${township}初级中学`;
    case '高中':
      return `${countyName}中学`;
    case '中职':
      return `${countyName}职业教育中心`;
    case '高职':
      return random.pick(COLLEGES);
    default:
      return random.pick(UNIVERSITIES);
  }
}

function gradeOf(stage: string, age: number): string {
  const first = FIRST_YEAR_AGE[stage] ?? 6;
  const years = STAGE_YEARS[stage] ?? 3;
  const year = Math.min(years, Math.max(1, age - first + 1));

  return `${year}年级`;
}

function medicalRows(
  member: Member,
  assisted: boolean,
  lists: CountyLists,
): {
  scheme: '城乡居民基本医疗保险' | '职工基本医疗保险';
  status: '参保';
  year: number;
  seriousIllness: boolean;
  premiumSubsidy: string | null;
  asOf: CalendarDate;
}[] {
  const year = Number(lists.asOf.medicalInsurance.slice(0, 4));
  const base = {
    status: '参保' as const,
    year,
    seriousIllness: member.seriousIllnessInsurance === true,
    asOf: lists.asOf.medicalInsurance,
  };
  const rows = [];
  if (member.residentMedical)
    rows.push({
      ...base,
      scheme: '城乡居民基本医疗保险' as const,
      premiumSubsidy: assisted ? '定额资助' : null,
    });
  if (member.employeeMedical)
    rows.push({
      ...base,
      scheme: '职工基本医疗保险' as const,
      premiumSubsidy: null,
    });

  return rows;
}

function assistanceRows(
  member: Member,
  draft: Draft,
  random: Random,
): {
  assistanceType: '低保' | '特困供养' | '临时救助';
  start: CalendarDate;
  end: CalendarDate | null;
  amount: number;
}[] {
  const rows = [];
  const since = () =>
    dayBetween(before(draft.asOf, 1800), before(draft.asOf, 45), random);
  if (member.minimumLiving)
    rows.push({
      assistanceType: '低保' as const,
      start: since(),
      end: null,
      amount: random.int(26, 40) * 10,
    });
  if (member.extremePoverty)
    rows.push({
      assistanceType: '特困供养' as const,
      start: since(),
      end: null,
      amount: random.int(50, 60) * 10,
    });

  return rows;
}

function disabilityRow(
  member: Member,
  random: Random,
): {
  cardNumber: string;
  category: '视力' | '听力' | '言语' | '肢体' | '智力' | '精神' | '多重';
  grade: '一级' | '二级' | '三级' | '四级';
  livingSubsidy: boolean;
  careSubsidy: boolean;
} {
  const card = member.disabilityCard as string;
  const categories = [
    '视力',
    '听力',
    '言语',
    '肢体',
    '智力',
    '精神',
    '多重',
  ] as const;
  const grades = ['一级', '二级', '三级', '四级'] as const;
  const category = categories[Number(card[18]) - 1] ?? '肢体';
  const grade = grades[Number(card[19]) - 1] ?? '四级';
  // Of the two subsidies, the care subsidy goes to grades one and two,
  // the living subsidy to disabled people on 低保; the registry's flag
  // says the member has at least one.
  const subsidised = member.disabilitySubsidy === true;
  const severe = severeGrade(member);
  const care = subsidised && severe;
  const living =
    subsidised &&
    (!severe || member.minimumLiving === true || random.chance(0.3));

  return {
    cardNumber: card,
    category,
    grade,
    livingSubsidy: living,
    careSubsidy: care,
  };
}

function pensionRow(
  member: Member,
  assisted: boolean,
  age: number,
):
  | {
      scheme: '城乡居民基本养老保险' | '城镇职工基本养老保险';
      status: '参保';
      paidByGovernment: boolean;
    }
  | undefined {
  if (member.employeePension)
    return {
      scheme: '城镇职工基本养老保险',
      status: '参保',
      paidByGovernment: false,
    };
  if (!member.residentPension) return undefined;

  // The government pays the lowest premium for poor and severely disabled
  // people under 60; from 60 the pension is paid out instead.
  const paid = age < 60 && (assisted || severeGrade(member));
  return {
    scheme: '城乡居民基本养老保险',
    status: '参保',
    paidByGovernment: paid,
  };
}

/**
 * A migrant worker's row in the real-name employment ledger: work that
 * began this year (or last) and, for a few months' work, has ended.
 */
function jobRow(
  member: Member,
  asOf: CalendarDate,
  random: Random,
): {
  workplace: string;
  startMonth: string;
  endMonth: string | null;
  monthlyIncome: number;
} {
  const months = member.migrantMonths ?? 0;
  const year = asOf.slice(0, 4);
  const elapsed = Number(asOf.slice(5, 7));
  const workplace = random.weighted(WORKPLACES);
  const monthlyIncome = random.int(26, 42) * 100;
  if (months >= elapsed) {
    const start =
      months >= 12
        ? monthAfter(`${year}-01`, -random.int(1, 30))
        : `${year}-01`;
    return { workplace, startMonth: start, endMonth: null, monthlyIncome };
  }

  const start = monthAfter(`${year}-01`, random.int(0, elapsed - months - 1));
  return {
    workplace,
    startMonth: start,
    endMonth: monthAfter(start, months - 1),
    monthlyIncome,
  };
}

/**
 * The housing department's row for the household's house: the grade the
 * registry records, and the renovation the registry records as its way of
 * making the house safe.
 */
function houseRow(draft: Draft, random: Random) {
  const { household, members, place } = draft;
  const head = members.find((m) => m.relation === '户主') ?? members[0];
  const renovated = household.housingSecurity === '危房改造';
  const year = Number(draft.asOf.slice(0, 4));

  return {
    householdId: household.householdId,
    headIdNumber: head?.idNumber,
    grade: household.houseGrade ?? null,
    renovationYear: renovated ? random.int(year - 5, year - 1) : null,
    renovationStatus: renovated ? ('已竣工' as const) : null,
    asOf: place.lists.asOf.housing,
  };
}

/** Loan amounts, yuan: most families borrow the full 50,000. */
const AMOUNTS = [
  [50_000, 6],
  [30_000, 2],
  [20_000, 1],
  [10_000, 1],
] as const;

/**
 * A household with 金融帮扶 has one poverty-alleviation microcredit loan,
 * lent to a member aged 20 to 60, within the amount and term allowed,
 * due after the reference date and not overdue.
 */
function loanRow(draft: Draft, random: Random) {
  if (!draft.household.measures?.includes('金融帮扶')) return undefined;
  const { asOf } = draft;
  // A member registered in two households borrows in neither: the
  // loan would then be the other household's too.
  const aged = (min: number, max: number) =>
    draft.members.filter((m) => {
      const age = ageOf(m, draft);
      const twice = m === draft.copied || m === draft.shared;
      return !twice && m.idNumber && age >= min && age <= max;
    });
  const borrowers = aged(22, 60);
  const borrower =
    borrowers.find((m) => m.relation === '户主') ??
    (borrowers.length > 0 ? random.pick(borrowers) : undefined) ??
    aged(19, 65)[0];
  if (!borrower) return undefined;

  // Lent at least a month ago and due at least a month from now; a
  // borrower past 60 or under 22 borrowed lately, so that the age on the
  // loan date is within 18 to 65.
  const recent = !borrowers.includes(borrower);
  const months = recent
    ? 12
    : random.weighted([
        [36, 6],
        [24, 2],
        [12, 1],
      ] as const);
  const days = recent ? 60 : Math.min(700, months * 30 - 40);
  const loanDate = addDays(asOf, -random.int(31, days)) as CalendarDate;

  return {
    idNumber: borrower.idNumber as string,
    name: borrower.name ?? null,
    amount: random.weighted(AMOUNTS),
    loanDate,
    dueDate: sameDayAfter(loanDate, months),
    extended: false,
    overdueAmount: null,
    interestSubsidy: true,
    asOf: draft.place.lists.asOf.credit,
  };
}

import type { Member } from '@duibiao/core';

import type { Random } from './random.js';

type Status = NonNullable<Member['schoolStatus']>;
type Labour = NonNullable<Member['labour']>;
type Health = NonNullable<Member['health']>[number];

/**
 * Fills a member's traits from age and sex: schooling that fits the age
 * bands, education, health and disability, labour, migrant work and
 * insurance. Assistance, jobs and subsidies are household decisions and
 * start as `false`.
 *
 * @param member - A member with ID number, sex and birth date.
 * @param age - Full years at the reference date.
 * @param random - Source of randomness.
 */
export function fillTraits(member: Member, age: number, random: Random): void {
  member.schoolStatus = schoolStatus(age, random);
  member.notInSchoolReason = null;
  member.health = health(age, random);
  const disabled = member.health.includes('残疾');
  member.disabilityCard = disabled
    ? card(member.idNumber as string, age, random)
    : null;

  // A severely disabled child of school age is often taught at home.
  if (age >= 6 && age <= 15 && severeGrade(member) && random.chance(0.5)) {
    member.schoolStatus = null;
    member.notInSchoolReason = random.chance(0.7)
      ? '送教上门'
      : '因身体原因不具备学习条件';
  }

  setEducation(member, age, random);
  member.labour = labour(member, age, random);
  member.migrantMonths = migrantMonths(member.labour, age, random);
  setInsurance(member, age, random);
  member.minimumLiving = false;
  member.extremePoverty = false;
  member.disabilitySubsidy = severeGrade(member);
  member.yulu = false;
  member.forestRanger = false;
  member.publicWelfareJob = false;
  member.chronicDiseaseContract =
    member.health.includes('长期慢性病') && random.chance(0.9);
}

/**
 * Whether a student status counts as being in school.
 *
 * @param status - 在校生状况.
 * @returns `true` for 学前教育 through 本科及以上.
 */
export function inSchool(status: Member['schoolStatus']): boolean {
  return status != null && status !== '失学辍学' && status !== '学龄前儿童';
}

/**
 * Whether the member holds a disability card of grade 1 or 2.
 *
 * @param member - The member.
 * @returns `true` for a severe disability.
 */
export function severeGrade(member: Member): boolean {
  const grade = member.disabilityCard?.[19];

  return grade === '1' || grade === '2';
}

/**
 * Labour for a member: none for children and students, less with age,
 * illness and disability; never skilled from 60 on, never ordinary with a
 * severe physical disability.
 *
 * @param member - The member, with school status, health and card.
 * @param age - Full years.
 * @param random - Source of randomness.
 * @returns 劳动技能.
 */
export function labour(member: Member, age: number, random: Random): Labour {
  if (age < 16 || inSchool(member.schoolStatus)) return '无劳动力';
  if (severeGrade(member))
    return random.chance(0.7) ? '丧失劳动力' : '无劳动力';

  const ill = member.health?.includes('患有大病') ?? false;
  if (ill) return random.chance(0.5) ? '丧失劳动力' : '弱劳动力或半劳动力';
  if (age >= 70) return random.weighted(LABOUR_70);
  if (age >= 60) return random.weighted(LABOUR_60);

  const weak =
    member.health?.includes('长期慢性病') || member.disabilityCard != null;
  if (weak) return random.chance(0.5) ? '普通劳动力' : '弱劳动力或半劳动力';

  return random.weighted(LABOUR_ADULT);
}

const LABOUR_70 = [
  ['弱劳动力或半劳动力', 2],
  ['丧失劳动力', 5],
  ['无劳动力', 3],
] as const;
const LABOUR_60 = [
  ['普通劳动力', 35],
  ['弱劳动力或半劳动力', 50],
  ['丧失劳动力', 15],
] as const;
const LABOUR_ADULT = [
  ['普通劳动力', 70],
  ['技能劳动力', 20],
  ['弱劳动力或半劳动力', 10],
] as const;

function schoolStatus(age: number, random: Random): Status | null {
  if (age <= 2) return '学龄前儿童';
  if (age <= 5) return random.chance(0.8) ? '学前教育' : '学龄前儿童';
  if (age <= 11) return '小学';
  if (age === 12) return random.chance(0.4) ? '小学' : '初中';
  if (age <= 14) return '初中';
  if (age === 15) return random.weighted(SCHOOL_15);
  if (age <= 17) return random.weighted(SCHOOL_16);
  if (age === 18) return random.weighted(SCHOOL_18);
  if (age <= 21) return random.weighted(SCHOOL_19);

  return null;
}

const SCHOOL_15 = [
  ['初中', 4],
  ['普通高中', 4],
  ['中职', 2],
] as const;
const SCHOOL_16 = [
  ['普通高中', 55],
  ['中职', 25],
  [null, 20],
] as const;
const SCHOOL_18 = [
  ['普通高中', 25],
  ['中职', 10],
  ['高职高专', 15],
  ['本科及以上', 15],
  [null, 35],
] as const;
const SCHOOL_19 = [
  ['高职高专', 20],
  ['本科及以上', 20],
  [null, 60],
] as const;

function setEducation(member: Member, age: number, random: Random): void {
  // 文化程度 is recorded for members not in school; children below school
  // age and pupils leave it blank, as exports do.
  if (
    member.schoolStatus != null ||
    age < 6 ||
    member.notInSchoolReason != null
  )
    return;

  // Older generations had less schooling; by age at 2020 birth cohorts.
  if (age > 65) member.educationLevel = random.weighted(EDUCATION_OLD);
  else if (age > 50) member.educationLevel = random.weighted(EDUCATION_MIDDLE);
  else if (age > 35) member.educationLevel = random.weighted(EDUCATION_YOUNGER);
  else member.educationLevel = random.weighted(EDUCATION_YOUNG);
}

const EDUCATION_OLD = [
  ['文盲或半文盲', 40],
  ['小学', 45],
  ['初中', 15],
] as const;
const EDUCATION_MIDDLE = [
  ['文盲或半文盲', 15],
  ['小学', 40],
  ['初中', 35],
  ['高中', 10],
] as const;
const EDUCATION_YOUNGER = [
  ['小学', 25],
  ['初中', 55],
  ['高中', 15],
  ['大专及以上', 5],
] as const;
const EDUCATION_YOUNG = [
  ['初中', 45],
  ['高中', 30],
  ['大专及以上', 25],
] as const;

function health(age: number, random: Random): Health[] {
  const weights =
    age < 50
      ? ([
          ['健康', 92],
          ['长期慢性病', 4],
          ['患有大病', 1],
          ['残疾', 3],
        ] as const)
      : age < 65
        ? ([
            ['健康', 70],
            ['长期慢性病', 20],
            ['患有大病', 4],
            ['残疾', 6],
          ] as const)
        : ([
            ['健康', 45],
            ['长期慢性病', 40],
            ['患有大病', 7],
            ['残疾', 8],
          ] as const);
  const first: Health = random.weighted(weights);
  if (first === '残疾' && age >= 50 && random.chance(0.3))
    return ['残疾', '长期慢性病'];

  return [first];
}

function card(idNumber: string, age: number, random: Random): string {
  // Categories: 1 visual, 2 hearing, 3 speech, 4 physical, 5 intellectual,
  // 6 mental, 7 multiple; physical is the most common.
  const category = random.weighted([
    [4, 40],
    [1, 12],
    [2, 15],
    [3, 3],
    [5, 12],
    [6, 10],
    [7, 8],
  ] as const);
  const grade =
    age < 16
      ? random.weighted([
          [1, 20],
          [2, 30],
          [3, 30],
          [4, 20],
        ] as const)
      : random.weighted([
          [1, 10],
          [2, 20],
          [3, 35],
          [4, 35],
        ] as const);

  return `${idNumber}${category}${grade}`;
}

function migrantMonths(labour: Labour, age: number, random: Random): number {
  if (labour !== '普通劳动力' && labour !== '技能劳动力') return 0;
  if (age < 18 || age > 58) return 0;
  if (random.chance(0.35)) return 0;

  return random.weighted([
    [12, 3],
    [10, 2],
    [9, 2],
    [8, 2],
    [6, 2],
    [4, 1],
    [3, 1],
  ] as const);
}

function setInsurance(member: Member, age: number, random: Random): void {
  const employee =
    (member.migrantMonths ?? 0) >= 10 && age < 55 && random.chance(0.12);
  const newbornGap = age < 1 && random.chance(0.3);

  member.employeeMedical = employee;
  member.residentMedical = !employee && !newbornGap;
  member.seriousIllnessInsurance = !newbornGap;

  const pensionAge = age >= 16 && !inSchool(member.schoolStatus);
  member.employeePension = employee && pensionAge;
  member.residentPension = !employee && pensionAge;
}

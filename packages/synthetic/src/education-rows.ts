import type { Member } from '@duibiao/core';

import { inSchool } from './member-traits.js';
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

/**
 * A member's row on the education roll, if the roll has one: pupils and
 * students 在读, dropouts of compulsory-school age 辍学, children taught
 * at home 送教上门.
 */
export function enrolmentOf(
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

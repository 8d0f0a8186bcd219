import { addDays, type CalendarDate, type Member } from '@duibiao/core';

import type { Random } from './random.js';
import type { Need } from './types.js';

type Sex = '男' | '女';
type Relation = NonNullable<Member['relation']>;

/** A member before traits: who they are to the head, sex and age. */
export interface Relative {
  relation: Relation;
  sex: Sex;
  /** Full years at the reference date. */
  age: number;
  /** Whether the member takes the head's family name. */
  kin: boolean;
}

const TRIES = 200;

/**
 * A family of the given size whose members meet the needs: a head and
 * the relatives a rural household in Shaanxi typically registers. Families
 * are drawn until one meets the needs; if none does, the size grows by one
 * (up to 7) and drawing goes on.
 *
 * @param size - Members, 1 to 7.
 * @param needs - Kinds of member the family must include.
 * @param random - Source of randomness.
 * @returns The relatives, head first.
 */
export function makeFamily(
  size: number,
  needs: readonly Need[],
  random: Random,
): Relative[] {
  let family: Relative[] = [];
  for (let n = size; n <= 7; n += 1) {
    for (let i = 0; i < TRIES; i += 1) {
      family = draw(n, random);
      if (needs.every((need) => meets(family, need))) return family;
    }
  }

  // Needs no drawn family meets (rare): add the relatives they ask for.
  for (const need of needs) {
    if (!meets(family, need)) family.push(...relativesFor(need, random));
  }

  return family;
}

function relativesFor(need: Need, random: Random): Relative[] {
  const sex: Sex = random.chance(0.5) ? '男' : '女';
  const child = (age: number): Relative => ({
    relation: sex === '男' ? '之子' : '之女',
    sex,
    age,
    kin: true,
  });
  if (typeof need !== 'string') return [child(random.int(need[0], need[1]))];

  switch (need) {
    case 'school-child':
      return [child(random.int(7, 14))];
    case 'teenager':
      return [child(random.int(16, 19))];
    case 'adult':
    case 'young-adult':
      return [child(random.int(20, 40))];
    case 'elder':
      return [parentOf(sex, random.int(60, 85))];
    case 'several':
      return [child(random.int(0, 20)), child(random.int(0, 20))];
  }
}

/**
 * A birth date giving the age on the reference date, anywhere in the
 * year before that birthday.
 *
 * @param age - Full years at the reference date.
 * @param asOf - The reference date.
 * @param random - Source of randomness.
 * @returns `YYYY-MM-DD`.
 */
export function birthDateFor(
  age: number,
  asOf: CalendarDate,
  random: Random,
): CalendarDate {
  const year = Number(asOf.slice(0, 4)) - age;
  const monthDay = asOf.slice(5) === '02-29' ? '02-28' : asOf.slice(5);
  const birthday = `${String(year).padStart(4, '0')}-${monthDay}`;

  return addDays(birthday, -random.int(0, 364)) as CalendarDate;
}

function meets(family: readonly Relative[], need: Need): boolean {
  if (typeof need !== 'string') {
    return family.some(
      (m) => m.relation !== '户主' && m.age >= need[0] && m.age <= need[1],
    );
  }

  switch (need) {
    case 'school-child':
      return family.some((m) => m.age >= 7 && m.age <= 14);
    case 'teenager':
      return family.some(
        (m) => m.relation !== '户主' && m.age >= 16 && m.age <= 19,
      );
    case 'adult':
      return family.some((m) => m.age >= 20 && m.age <= 55);
    case 'young-adult':
      return family.some(
        (m) => m.relation !== '户主' && m.age >= 20 && m.age <= 40,
      );
    case 'elder':
      return family.some((m) => m.age >= 60);
    case 'several':
      return family.length >= 3;
  }
}

function draw(size: number, random: Random): Relative[] {
  if (size === 1) {
    const age = random.chance(0.55) ? random.int(60, 88) : random.int(28, 59);
    return [
      {
        relation: '户主',
        sex: random.chance(0.6) ? '男' : '女',
        age,
        kin: true,
      },
    ];
  }

  return size >= 4 && random.chance(0.35)
    ? threeGenerations(size, random)
    : nuclear(size, random);
}

function nuclear(size: number, random: Random): Relative[] {
  const elderlyCouple = size === 2 && random.chance(0.5);
  const headAge = elderlyCouple ? random.int(60, 84) : random.int(28, 66);
  const married = random.chance(size === 2 ? 0.8 : 0.88);
  const headSex = sexOf(random, married ? 0.92 : 0.5);
  const family: Relative[] = [
    { relation: '户主', sex: headSex, age: headAge, kin: true },
  ];
  if (married) family.push(spouseOf(headSex, headAge, random));

  let slots = size - family.length;
  const wanted = random.weighted([
    [0, 6],
    [1, 3],
    [2, 1],
  ] as const);
  const parents = headAge <= 62 ? Math.min(slots, wanted) : 0;
  slots -= parents;
  family.push(...children(headAge, slots, random, '之子', '之女'));
  for (let i = 0; i < parents; i += 1) {
    const sex: Sex =
      parents === 2 ? (i === 0 ? '男' : '女') : sexOf(random, 0.35);
    family.push(parentOf(sex, Math.min(95, headAge + random.int(22, 34))));
  }

  return family;
}

function threeGenerations(size: number, random: Random): Relative[] {
  const headAge = random.int(54, 80);
  const married = random.chance(0.8);
  const headSex = married ? '男' : sexOf(random, 0.4);
  const family: Relative[] = [
    { relation: '户主', sex: headSex, age: headAge, kin: true },
  ];
  if (married) family.push(spouseOf(headSex, headAge, random));

  const sonAge = Math.max(20, headAge - random.int(22, 32));
  family.push({ relation: '之子', sex: '男', age: sonAge, kin: true });
  if (family.length < size && random.chance(0.85)) {
    const age = Math.max(19, sonAge + random.int(-4, 2));
    family.push({ relation: '之儿媳', sex: '女', age, kin: false });
  }

  const grandchildren = Math.min(3, size - family.length);
  family.push(...children(sonAge, grandchildren, random, '之孙子', '之孙女'));
  // Unmarried children still at home, old enough to be the son's siblings.
  const rest = children(headAge, size - family.length, random, '之子', '之女');
  family.push(...rest.map((c) => ({ ...c, age: Math.max(c.age, 16) })));

  return family;
}

function sexOf(random: Random, male: number): Sex {
  return random.chance(male) ? '男' : '女';
}

function parentOf(sex: Sex, age: number): Relative {
  return {
    relation: sex === '男' ? '之父' : '之母',
    sex,
    age,
    kin: sex === '男',
  };
}

function spouseOf(headSex: Sex, headAge: number, random: Random): Relative {
  const sex: Sex = headSex === '男' ? '女' : '男';
  const age = Math.max(
    20,
    headAge + (sex === '女' ? random.int(-5, 1) : random.int(-1, 5)),
  );

  return { relation: '配偶', sex, age, kin: false };
}

function children(
  parentAge: number,
  count: number,
  random: Random,
  son: '之子' | '之孙子',
  daughter: '之女' | '之孙女',
): Relative[] {
  const out: Relative[] = [];
  let age = Math.max(0, parentAge - random.int(22, 34));
  for (let i = 0; i < count; i += 1) {
    const sex: Sex = random.chance(0.52) ? '男' : '女';
    out.push({ relation: sex === '男' ? son : daughter, sex, age, kin: true });
    age = Math.max(0, age - random.int(1, 5));
  }

  return out;
}

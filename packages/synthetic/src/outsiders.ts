import type { CalendarDate } from '@duibiao/core';

import { WORKPLACES } from './work-rows.js';
import { birthDateFor } from './family.js';
import { before, dayBetween } from './household-traits.js';
import type { IdNumbers } from './id-numbers.js';
import { addRow, type CountyLists, type ListRows } from './list-rows.js';
import { fullName, surname } from './names.js';
import type { Random } from './random.js';

/** Outsiders per registered household of a village. */
const SHARE = 0.3;

/** Ages of the people a village's lists hold, by rough share. */
const AGES: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 5], 6],
  [[6, 17], 14],
  [[18, 39], 25],
  [[40, 59], 30],
  [[60, 90], 25],
];

/** Stages of school by the age they start at, oldest first. */
const SCHOOLS = [
  ['高中', '中学', 15],
  ['初中', '初级中学', 12],
  ['小学', '中心小学', 6],
] as const;

/** Where a village's outsiders are. */
export interface OutsiderPlace {
  county: string;
  township: string;
  lists: CountyLists;
}

/**
 * Rows for villagers who are not in the poverty-alleviation registry: a
 * department's list covers everyone in the county, so these rows name
 * people the registry does not know, and a reader reports them as
 * unmatched. Most are insured and on the public-security register; some
 * are at school, on 低保, disabled, at work away from home, or rangers;
 * a few have died or moved away. None has a loan, a petition or a spot
 * check: those would be subjects of their own, with no household.
 *
 * @param households - Registered households in the village.
 * @param place - County, township and the county's list dates.
 * @param asOf - The reference date.
 * @param random - Source of randomness for the village.
 * @param ids - Issues the outsiders' ID numbers.
 * @returns The rows.
 */
export function outsiderRows(
  households: number,
  place: OutsiderPlace,
  asOf: CalendarDate,
  random: Random,
  ids: IdNumbers,
): ListRows {
  const rows: ListRows = {};
  const count = Math.round(households * SHARE) + random.int(0, 1);
  const dates = place.lists.asOf;

  for (let i = 0; i < count; i += 1) {
    const [min, max] = random.weighted(AGES);
    const age = random.int(min, max);
    const sex: '男' | '女' = random.chance(0.5) ? '男' : '女';
    const birthDate = birthDateFor(age, asOf, random);
    const idNumber = ids.issue(place.county, birthDate, sex);
    const person = { idNumber, name: fullName(random, surname(random), sex) };

    const fate = random.weighted([
      ['正常', 96],
      ['死亡注销', 2],
      ['迁出', 2],
    ] as const);
    addRow(rows, 'publicSecurity', {
      ...person,
      status: fate,
      changedOn:
        fate === '正常'
          ? null
          : dayBetween(before(asOf, 700), before(asOf, 30), random),
      asOf: dates.publicSecurity,
    });
    if (fate !== '正常') continue;

    if (random.chance(0.95)) {
      addRow(rows, 'medicalInsurance', {
        ...person,
        scheme: '城乡居民基本医疗保险',
        status: '参保',
        year: Number(dates.medicalInsurance.slice(0, 4)),
        seriousIllness: true,
        premiumSubsidy: null,
        asOf: dates.medicalInsurance,
      });
    }
    const student = age >= 6 && age <= 17;
    if (student) {
      const [stage, school, first] = SCHOOLS.find(
        ([, , from]) => age >= from,
      ) as (typeof SCHOOLS)[number];
      addRow(rows, 'education', {
        ...person,
        school: `${place.township}${school}`,
        stage,
        grade: `${Math.min(stage === '小学' ? 6 : 3, age - first + 1)}年级`,
        status: '在读',
        asOf: dates.education,
      });
    }
    if (age >= 16 && !student && random.chance(0.9)) {
      addRow(rows, 'pension', {
        ...person,
        scheme: '城乡居民基本养老保险',
        status: '参保',
        paidByGovernment: false,
        asOf: dates.pension,
      });
    }
    if (random.chance(0.05)) {
      addRow(rows, 'civilAffairs', {
        ...person,
        assistanceType: random.chance(0.8) ? '低保' : '临时救助',
        start: dayBetween(before(asOf, 1500), before(asOf, 60), random),
        end: null,
        amount: random.int(26, 40) * 10,
        asOf: dates.civilAffairs,
      });
    }
    if (random.chance(0.04)) {
      // A moderate physical disability: no subsidy is due.
      const grade = random.int(3, 4);
      addRow(rows, 'disability', {
        ...person,
        cardNumber: `${idNumber}4${grade}`,
        category: '肢体',
        grade: grade === 3 ? '三级' : '四级',
        livingSubsidy: false,
        careSubsidy: false,
        asOf: dates.disability,
      });
    }
    if (age >= 18 && age <= 58 && random.chance(0.35)) {
      addRow(rows, 'employment', {
        ...person,
        workplace: random.weighted(WORKPLACES),
        startMonth: `${asOf.slice(0, 4)}-0${random.int(1, 3)}`,
        endMonth: null,
        monthlyIncome: random.int(28, 50) * 100,
        asOf: dates.employment,
      });
    }
    if (age >= 30 && age <= 60 && random.chance(0.02)) {
      addRow(rows, 'forestry', {
        ...person,
        start: dayBetween(before(asOf, 1400), before(asOf, 60), random),
        end: null,
        annualSubsidy: 6000,
        asOf: dates.forestry,
      });
    }
  }

  return rows;
}

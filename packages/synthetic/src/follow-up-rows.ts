import {
  addDays,
  type CalendarDate,
  type FieldSpec,
  type Household,
  households,
  type Member,
  members,
  type MonitoringRecord,
  type SpotCheckRecord,
} from '@duibiao/core';

import { ageOf } from './assistance.js';
import { formatCell } from './format.js';
import { before, dayBetween } from './household-traits.js';
import { addRow, type ListRows } from './list-rows.js';
import type { Random } from './random.js';
import type { Draft } from './types.js';

/** Yuan per person per year: the monitoring line of 2020. */
export const MONITORING_LINE = 6000;

/** How far back the monitoring table goes, in days. */
const MONITORING_DAYS = 180;

/** Share of households with a spot check, after each county's first. */
const SPOT_CHECK_SHARE = 0.04;
const COMPLAINT_SHARE = 0.015;
const CENSUS_ISSUE_SHARE = 0.02;

const SOURCES = [
  ['农户自主申报', 3],
  ['部门筛查', 4],
  ['入户走访', 5],
] as const;

const TOPICS: readonly string[] = [
  '低保评定',
  '危房改造补助',
  '产业奖补资金',
  '教育资助',
  '医疗报销',
  '公益岗位工资',
  '小额信贷贴息',
];

const ISSUE_TYPES: readonly string[] = [
  '收入核算不准确',
  '人员信息不一致',
  '义务教育保障信息不符',
  '住房安全信息不符',
  '疑似漏评',
];

/** Time limits for closing a petition, days. */
const LIMITS = [15, 30, 60] as const;

/**
 * The household's rows in the follow-up tables, made once its record is
 * final and its blanks are left: half-monthly income and spending of
 * monitored households; phone spot checks whose answers agree with the
 * record; petitions closed in time; suspected census problems cleared.
 *
 * @param draft - The household, its record final.
 * @param random - Source of randomness for the tables.
 * @param rows - The lists to add to.
 */
export function followUpRows(
  draft: Draft,
  random: Random,
  rows: ListRows,
): void {
  for (const row of monitoringRows(draft, random))
    addRow(rows, 'monitoring', row);
  for (const row of spotCheckRows(draft, random))
    addRow(rows, 'spotChecks', row);
  if (random.chance(COMPLAINT_SHARE))
    addRow(rows, 'complaints', complaintRow(draft, random));
  if (random.chance(CENSUS_ISSUE_SHARE))
    addRow(rows, 'censusIssues', censusIssueRow(draft, random));
}

/**
 * The half-month periods (1st–15th, 16th–end) from the one holding a
 * first date to the one holding a last.
 *
 * @param from - `YYYY-MM-DD`.
 * @param to - `YYYY-MM-DD`, not before `from`.
 * @returns Each period's first and last day.
 */
export function halfMonths(
  from: CalendarDate,
  to: CalendarDate,
): [CalendarDate, CalendarDate][] {
  const periods: [CalendarDate, CalendarDate][] = [];
  let start = periodStart(from);
  while (start <= to) {
    const month = start.slice(0, 8);
    const end = start.endsWith('-01')
      ? `${month}15`
      : (addDays(`${nextMonth(start)}-01`, -1) as CalendarDate);
    periods.push([start, end]);
    start = addDays(end, 1) as CalendarDate;
  }

  return periods;
}

function periodStart(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 8)}${Number(date.slice(8, 10)) <= 15 ? '01' : '16'}`;
}

function nextMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12
    ? `${year + 1}-01`
    : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Half-monthly figures of a monitored household whose risk is not removed,
 * over the last six months (or since it was identified): net income about
 * a 24th of the year's, within 6 % either way and never across the
 * monitoring line, and out-of-pocket spending about a 24th of the year's.
 *
 * @param draft - The household.
 * @param random - Source of randomness.
 * @returns The rows, oldest first.
 */
export function monitoringRows(
  draft: Draft,
  random: Random,
): MonitoringRecord[] {
  const h = draft.household;
  if (h.monitoredType == null || h.riskRemoved) return [];
  const net = h.netIncome;
  if (net == null || draft.members.length === 0) return [];

  const since = h.monitoredSince ?? before(draft.asOf, MONITORING_DAYS);
  const from = maxDate(fullDate(since), before(draft.asOf, MONITORING_DAYS));
  const size = draft.members.length;
  const perCapita = net / size;
  // Keep each period's yearly rate on the side of the line the year is.
  const [low, high] =
    perCapita >= MONITORING_LINE
      ? [Math.max(0.94, (MONITORING_LINE * 1.01) / perCapita), 1.06]
      : [0.94, Math.min(1.06, (MONITORING_LINE * 0.99) / perCapita)];
  const spending = h.rigidExpense ?? 0;

  return halfMonths(from, draft.asOf).map(([start, end]) => ({
    householdId: h.householdId,
    periodStart: start,
    periodEnd: end,
    netIncome: Math.round(
      (net / 24) * random.between(low, Math.max(low, high)),
    ),
    outOfPocket: Math.round((spending / 24) * random.between(0.4, 1.6)),
    source: random.weighted(SOURCES),
  }));
}

function fullDate(date: string): CalendarDate {
  return date.length === 7 ? `${date}-01` : date;
}

function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

/** Items a phone spot check asks about, with the header or key it uses. */
const HOUSEHOLD_ITEMS = [
  ['householdType', '户类型'],
  ['housingSecurity', '住房安全保障方式'],
  ['safeWater', '是否解决安全饮用水'],
] as const;
const MEMBER_ITEMS = [
  ['minimumLiving', '是否享受低保'],
  ['residentMedical', '是否参加城乡居民基本医疗保险'],
  ['residentPension', '是否参加城乡居民基本养老保险'],
] as const;

/** A spot-check item: the field and how the row names it. */
export interface SpotItem {
  field: string;
  /** The English key or the Chinese header, as the row writes it. */
  name: string;
  member: Member | undefined;
}

/**
 * Phone spot checks of the household, if it is called: every county's
 * first household is, and one in 25 others. Calls are dated within the
 * last week for a county's first, within two months otherwise, and more
 * than a week ago in a county planted as reporting late. Each asks one or
 * two things the record holds, and the family's answer agrees.
 *
 * @param draft - The household.
 * @param random - Source of randomness.
 * @returns The rows.
 */
export function spotCheckRows(draft: Draft, random: Random): SpotCheckRecord[] {
  const { household, place, asOf } = draft;
  // A household whose region code was planted wrong is in no county's
  // sample.
  if (household.regionCode !== place.regionCode) return [];
  const county = place.lists;
  const first = !county.checked;
  if (!first && !random.chance(SPOT_CHECK_SHARE)) return [];
  county.checked = true;

  const checkedOn = county.lateChecks
    ? before(asOf, random.int(8, 60))
    : before(asOf, first ? random.int(0, 5) : random.int(0, 60));
  const items = spotItems(draft, random).slice(0, random.int(1, 2));

  return items.map((item) => ({
    householdId: household.householdId,
    idNumber: item.member?.idNumber ?? null,
    checkedOn,
    item: item.name,
    answer: answerOf(item, household, random),
  }));
}

/**
 * The items of a household's record a call may ask about, in random
 * order: household fields and fields of an adult member, each with a
 * value (a blank cell is not asked about).
 *
 * @param draft - The household.
 * @param random - Source of randomness.
 * @returns The items.
 */
export function spotItems(draft: Draft, random: Random): SpotItem[] {
  const { household } = draft;
  const adults = draft.members.filter(
    (m) => ageOf(m, draft) >= 18 && m.idNumber && m !== draft.copied,
  );
  const member = adults.length > 0 ? random.pick(adults) : undefined;
  const named = (field: string, header: string) =>
    random.chance(0.7) ? header : field;

  const items: SpotItem[] = [];
  for (const [field, header] of HOUSEHOLD_ITEMS) {
    if (household[field] != null)
      items.push({ field, name: named(field, header), member: undefined });
  }
  for (const [field, header] of member ? MEMBER_ITEMS : []) {
    if (member?.[field] != null)
      items.push({ field, name: named(field, header), member });
  }

  return random.shuffle(items);
}

/**
 * The record's value of an item, as a cell of its field holds it.
 *
 * @param item - The item.
 * @param household - The household.
 * @param random - Picks a date's form, for a date.
 * @returns The cell text.
 */
export function answerOf(
  item: SpotItem,
  household: Household,
  random: Random,
): string {
  const record = (item.member ?? household) as Record<string, unknown>;
  const fields: Record<string, FieldSpec> = item.member
    ? members.fields
    : households.fields;
  const spec = fields[item.field];

  return spec ? formatCell(spec, record[item.field], random) : '';
}

function complaintRow(draft: Draft, random: Random) {
  const { household, asOf } = draft;
  const head = draft.members.find((m) => m.relation === '户主');
  const limitDays = random.pick(LIMITS);
  const open = random.chance(0.2);
  // An open case is still within its limit; a closed one closed in time.
  const receivedOn = open
    ? before(asOf, random.int(0, limitDays - 1))
    : before(asOf, random.int(limitDays + 1, 240));
  const closedOn = open
    ? null
    : (addDays(receivedOn, random.int(1, limitDays - 1)) as CalendarDate);

  return {
    complaintId: `XF${household.householdId}`,
    householdId: household.householdId,
    idNumber: head?.idNumber,
    receivedOn,
    topic: random.pick(TOPICS),
    closedOn,
    limitDays,
  };
}

function censusIssueRow(draft: Draft, random: Random) {
  const { household, asOf } = draft;
  const member =
    random.chance(0.5) && draft.members.length > 0
      ? random.pick(draft.members)
      : undefined;

  return {
    issueId: `PC${household.householdId}`,
    householdId: household.householdId,
    idNumber: member?.idNumber ?? null,
    issueType: random.pick(ISSUE_TYPES),
    foundOn: dayBetween(before(asOf, 120), before(asOf, 45), random),
    status: '已消疑' as const,
    deadline: random.chance(0.5) ? ('2020-08-31' as CalendarDate) : null,
  };
}

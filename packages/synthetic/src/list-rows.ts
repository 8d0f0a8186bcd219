import {
  addDays,
  type CalendarDate,
  type ListKey,
  type ListRecords,
  LISTS,
} from '@duibiao/core';

import type { Random } from './random.js';

/** Rows of the department lists and follow-up tables, by list key. */
export type ListRows = { [K in ListKey]?: ListRecords[K][] };

/** The key of a line department's list (教育学籍 … 公安户籍). */
export type DepartmentKey = Exclude<
  ListKey,
  'monitoring' | 'spotChecks' | 'complaints' | 'censusIssues' | 'projects'
>;

/** The line departments' lists, in the data format's order. */
export const DEPARTMENT_KEYS = (Object.keys(LISTS) as ListKey[]).filter(
  (key): key is DepartmentKey => LISTS[key].group === 'department',
);

/** What the households of one county share in the lists. */
export interface CountyLists {
  /** 6-digit county code. */
  code: string;
  /** The 数据截至日期 of each department's list for the county. */
  asOf: Record<DepartmentKey, CalendarDate>;
  /**
   * Whether the county's phone spot checks are all more than a week old
   * (the spot-check-report-late plant).
   */
  lateChecks: boolean;
  /** Whether a household of the county has had a spot check yet. */
  checked: boolean;
}

/**
 * The lists of a county: each department drew its list for the county
 * on a day of its own, two to twenty days before the reference date, so
 * that no list is older than the 30 days a list may be.
 *
 * @param code - The county code.
 * @param asOf - The reference date.
 * @param random - Source of randomness for the county.
 * @param lateChecks - Whether the county's spot checks are planted late.
 * @returns The county's list dates and spot-check state.
 */
export function countyLists(
  code: string,
  asOf: CalendarDate,
  random: Random,
  lateChecks: boolean,
): CountyLists {
  const dates = {} as Record<DepartmentKey, CalendarDate>;
  for (const key of DEPARTMENT_KEYS)
    dates[key] = addDays(asOf, -random.int(2, 20)) as CalendarDate;

  return { code, asOf: dates, lateChecks, checked: false };
}

/**
 * Adds a row to a list.
 *
 * @param rows - The lists.
 * @param key - Which list.
 * @param row - The row.
 */
export function addRow<K extends ListKey>(
  rows: ListRows,
  key: K,
  row: ListRecords[K],
): void {
  const list = (rows[key] ?? []) as ListRecords[K][];
  list.push(row);
  (rows as Record<K, ListRecords[K][]>)[key] = list;
}

/**
 * The first day of a month some months after another date's month.
 *
 * @param date - `YYYY-MM-DD` or `YYYY-MM`.
 * @param months - Months to add; may be negative.
 * @returns `YYYY-MM`.
 */
export function monthAfter(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const next = index + months;
  const year = Math.floor(next / 12);

  return `${year}-${String((next % 12) + 1).padStart(2, '0')}`;
}

/**
 * The same day some months later, moved back to the month's last day
 * where the month is shorter.
 *
 * @param date - `YYYY-MM-DD`.
 * @param months - Months to add.
 * @returns `YYYY-MM-DD`.
 */
export function sameDayAfter(date: CalendarDate, months: number): CalendarDate {
  const month = monthAfter(date, months);
  const day = Number(date.slice(8, 10));
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();

  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

import { LIST_KEYS, LISTS } from '../model/lists.js';
import {
  addDays,
  type CalendarDate,
  compareDates,
} from '../values/calendar-date.js';
import type { Dataset, ListStats } from './check-types.js';
import { isLaterThan } from './fact-context.js';
import type { RuleSet } from './rule-set.js';

/** How old a department's list may be, in days, when no plugin says. */
export const DEFAULT_LIST_MAX_AGE_DAYS = 30;

/**
 * What a check made of each line-department list and follow-up table:
 * whether it was provided, its rows dated after the reference date (left
 * out), and for a department's list its latest 数据截至日期 and whether
 * that is older than the `listMaxAgeDays` parameter allows.
 *
 * @param ruleSet - The rules, for the reference date and the parameter.
 * @param dataset - The data.
 * @returns One entry per list, in the data format's order.
 */
export function listStats(ruleSet: RuleSet, dataset: Dataset): ListStats[] {
  const { asOf } = ruleSet;
  const maxAge = ruleSet.parameters.get('listMaxAgeDays')?.value;
  const days =
    typeof maxAge === 'number' && Number.isFinite(maxAge)
      ? maxAge
      : DEFAULT_LIST_MAX_AGE_DAYS;
  const oldest = addDays(asOf, -days);

  return LIST_KEYS.map((list) => {
    const rows = (dataset.lists?.[list] ?? []) as readonly Record<
      string,
      unknown
    >[];
    const { datedBy, group } = LISTS[list];
    let later = 0;
    let latest: CalendarDate | null = null;
    for (const row of rows) {
      const date = datedBy === null ? undefined : row[datedBy];
      if (isLaterThan(date, asOf)) later += 1;
      else if (group === 'department' && typeof date === 'string')
        latest = latestOf(latest, date);
    }
    const stale =
      latest !== null &&
      oldest !== undefined &&
      compareDates(latest, oldest) === -1;

    const provided = dataset.lists?.[list] !== undefined;

    return {
      list,
      provided,
      compared: provided && rows.length > later,
      rows: rows.length,
      later,
      dataAsOf: latest,
      stale,
    };
  });
}

/** The later of two dates; a month-only date against a day in it keeps the first. */
function latestOf(
  known: CalendarDate | null,
  date: CalendarDate,
): CalendarDate {
  return known === null || compareDates(date, known) === 1 ? date : known;
}

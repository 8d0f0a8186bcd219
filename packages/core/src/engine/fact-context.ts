import {
  isListKey,
  type ListKey,
  type ListRecords,
  LISTS,
} from '../model/lists.js';
import { type CalendarDate, compareDates } from '../values/calendar-date.js';
import type { Dataset } from './checker.js';
import type { RuleSet } from './rule-set.js';
import type { DatasetIndex, FactContext, ListLookups } from './types.js';

/**
 * What facts may read besides their subject during one check: the
 * reference date, parameters, which tables were provided, ID-number counts
 * over the whole data set, region names, and the departments' lists and
 * follow-up tables as of the reference date. A checker makes one per
 * check; rule authors and benchmarks make one to call facts directly.
 *
 * @param ruleSet - The loaded rules.
 * @param dataset - The data being checked.
 * @returns The context.
 * @example
 * const { ruleSet } = createChecker({ plugins: [national], asOf: '2020-09-30' });
 * const context = createContext(ruleSet, dataset);
 * const age = ruleSet.facts.get('member')?.get('age');
 * age?.compute(subject, context, {});
 */
export function createContext(ruleSet: RuleSet, dataset: Dataset): FactContext {
  const absent = new Set(dataset.absentTables ?? []);
  const incomplete = new Set(dataset.incompleteHouseholds ?? []);
  const unplaced = dataset.unplacedMembers ?? 0;
  const lists = listLookups(dataset, ruleSet.asOf);
  // Asked once per fact and subject: the answer does not change in a check.
  const tables = new Map<string, boolean>();

  return {
    asOf: ruleSet.asOf,
    hasTable: (name) => {
      let has = tables.get(name);
      if (has === undefined) {
        has = !absent.has(name) && (!isListKey(name) || lists.has(name));
        tables.set(name, has);
      }
      return has;
    },
    hasAllMembers: (householdId) =>
      unplaced === 0 && !incomplete.has(householdId),
    param: (name) => ruleSet.parameters.get(name)?.value,
    index: dataset.index ?? memberIndex(dataset),
    regions: ruleSet.regions,
    lists,
  };
}

/**
 * Look-ups into the lists of a data set, each index built on first use.
 * Rows dated after the reference date are left out: see
 * {@link isLaterThan}.
 */
function listLookups(dataset: Dataset, asOf: CalendarDate): ListLookups {
  const current = new Map<ListKey, readonly unknown[]>();
  const indexes = new Map<string, Map<string, unknown[]>>();
  const EMPTY: readonly never[] = [];

  const all = <K extends ListKey>(list: K): readonly ListRecords[K][] => {
    let rows = current.get(list);
    if (!rows) {
      const given = (dataset.lists?.[list] ??
        EMPTY) as readonly ListRecords[K][];
      rows = rowsInForce(given, LISTS[list].datedBy, asOf);
      current.set(list, rows);
    }

    return rows as readonly ListRecords[K][];
  };
  const by = <K extends ListKey>(list: K, field: string, value: string) => {
    const name = `${list}.${field}`;
    let index = indexes.get(name);
    if (!index) {
      index = new Map();
      for (const row of all(list)) {
        const key = (row as Record<string, unknown>)[field];
        if (typeof key !== 'string') continue;
        const rows = index.get(key);
        if (rows) rows.push(row);
        else index.set(key, [row]);
      }
      indexes.set(name, index);
    }

    return (index.get(value) ?? EMPTY) as readonly ListRecords[K][];
  };

  const rejected = new Map<ListKey, ReadonlySet<string>>();
  const complete = (list: ListKey, keys: readonly string[]) => {
    const rejections = dataset.listRejections?.[list];
    if (!rejections) return true;
    if (rejections.unplaced > 0) return false;
    let set = rejected.get(list);
    if (!set) {
      set = new Set(rejections.keys);
      rejected.set(list, set);
    }

    return !keys.some((key) => set.has(key));
  };

  return {
    has: (list) => all(list).length > 0,
    provided: (list) => dataset.lists?.[list] !== undefined,
    complete,
    byId: (list, idNumber) => by(list, 'idNumber', idNumber),
    byHousehold: (list, householdId) => by(list, 'householdId', householdId),
    all,
  };
}

/**
 * The rows of a list that are true on the reference date: those whose
 * date field is blank or not after it.
 *
 * @param rows - The list's rows.
 * @param datedBy - The field that dates a row, or `null`.
 * @param asOf - The reference date.
 * @returns The rows, in input order; the same array when none is later.
 */
function rowsInForce<T>(
  rows: readonly T[],
  datedBy: string | null,
  asOf: CalendarDate,
): readonly T[] {
  if (datedBy === null) return rows;
  const later = (row: T) =>
    isLaterThan((row as Record<string, unknown>)[datedBy], asOf);

  return rows.some(later) ? rows.filter((row) => !later(row)) : rows;
}

/**
 * Whether a row's date lies after the reference date. A month-only date
 * counts as later only when the whole month is: 2020-10 is later than
 * 2020-09-30, 2020-09 is not.
 *
 * @param date - The row's date, or blank.
 * @param asOf - The reference date.
 * @returns `true` when the date is known and after the reference date.
 */
export function isLaterThan(date: unknown, asOf: CalendarDate): boolean {
  if (typeof date !== 'string') return false;

  return compareDates(date, asOf) === 1;
}

/** ID-number look-ups over the members of a data set and its rejected IDs. */
function memberIndex(dataset: Dataset): DatasetIndex {
  const idCounts = new Map<string, number>();
  const idHomes = new Map<string, string[]>();
  for (const id of dataset.rejectedMemberIds ?? []) {
    idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  }
  for (const member of dataset.members) {
    const id = member.idNumber;
    if (!id) continue;
    idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
    const homes = idHomes.get(id) ?? [];
    if (!homes.includes(member.householdId)) homes.push(member.householdId);
    idHomes.set(id, homes);
  }

  return {
    membersWithId: (id) => idCounts.get(id) ?? 0,
    householdsWithId: (id) => [...(idHomes.get(id) ?? [])].sort(),
  };
}

import type { DatasetIndex } from '@duibiao/core';

/** Where an ID number occurs: how many member rows, in which households. */
export interface IdOccurrences {
  count: number;
  /** Readable 户编号 of those rows, unique, in code-unit order. */
  households: string[];
}

/** One member row, as far as the ID-number look-ups are concerned. */
export interface IdRow {
  /** The row's 证件号码 as core reads it, when readable. */
  key: string | undefined;
  /** The row's 户编号 as core reads it, when readable. */
  householdId: string | undefined;
}

/**
 * ID-number look-ups over member rows: every data row whose 证件号码 can
 * be read counts, rejected or not, and its household is one of the
 * households the number is found in when its 户编号 can be read. A
 * rejected row still shows the number in the export, so a number held by
 * two households is found even when one of the rows has another fault.
 *
 * @param rows - Member rows (of the whole input, or of one part of it).
 * @param shared - Numbers found more than once in the whole input, when
 * `rows` are only a part of it: their entries win over the part's own.
 * @returns The look-ups a check's facts use.
 */
export function idIndex(
  rows: Iterable<IdRow>,
  shared?: ReadonlyMap<string, IdOccurrences>,
): DatasetIndex {
  if (!shared) {
    const own = collectOccurrences(rows);
    return {
      membersWithId: (id) => own.get(id)?.count ?? 0,
      householdsWithId: (id) => [...(own.get(id)?.households ?? [])],
    };
  }

  // A part of the input: a number not shared is on one row of the whole
  // input, so here its household is all there is to keep.
  const single = new Map<string, string | undefined>();
  for (const { key, householdId } of rows) {
    if (key !== undefined && !shared.has(key)) single.set(key, householdId);
  }
  return {
    membersWithId: (id) => shared.get(id)?.count ?? (single.has(id) ? 1 : 0),
    householdsWithId: (id) => {
      const entry = shared.get(id);
      if (entry) return [...entry.households];
      const home = single.get(id);
      return home === undefined ? [] : [home];
    },
  };
}

/**
 * Counts the rows and households of each ID number.
 *
 * @param rows - Member rows.
 * @returns Occurrences by ID number.
 */
export function collectOccurrences(
  rows: Iterable<IdRow>,
): Map<string, IdOccurrences> {
  const found = new Map<string, IdOccurrences>();
  for (const { key, householdId } of rows) {
    if (key === undefined) continue;
    const entry = found.get(key) ?? { count: 0, households: [] };
    entry.count += 1;
    if (householdId !== undefined && !entry.households.includes(householdId))
      entry.households.push(householdId);
    found.set(key, entry);
  }
  for (const entry of found.values()) entry.households.sort();

  return found;
}

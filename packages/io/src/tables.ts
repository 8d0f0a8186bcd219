import {
  households,
  LIST_KEYS,
  type ListKey,
  LISTS,
  members,
  type TableSpec,
  villages,
} from '@duibiao/core';

/** The core tables: the registry's households, members and villages. */
export type CoreTableKey = 'households' | 'members' | 'villages';

/** The tables a folder may hold, by English key. */
export type TableKey = CoreTableKey | ListKey;

/** How io treats one table of the data format. */
export interface TableRole {
  readonly key: TableKey;
  readonly spec: TableSpec;
  /** Whether a second row with the same key is rejected. */
  readonly unique: boolean;
}

/**
 * The tables io reads, in the order they are read and reported: members
 * join households, so households come first; the line departments' lists
 * and the follow-up tables come after the registry, in the data format's
 * order.
 */
export const TABLES: readonly TableRole[] = [
  { key: 'households', spec: households as unknown as TableSpec, unique: true },
  // Two member rows with one ID number are a finding (id-duplicate), not
  // an input error, so members are not unique on their key.
  { key: 'members', spec: members as unknown as TableSpec, unique: false },
  { key: 'villages', spec: villages as unknown as TableSpec, unique: true },
  ...LIST_KEYS.map((key) => ({
    key,
    spec: LISTS[key].table,
    unique: LISTS[key].unique,
  })),
];

/**
 * Whether a table is one of the registry's own (households, members,
 * villages) rather than a department's list or a follow-up table.
 *
 * @param key - A table key.
 * @returns `true` for the three core tables.
 */
export function isCoreTable(key: TableKey): key is CoreTableKey {
  return key === 'households' || key === 'members' || key === 'villages';
}

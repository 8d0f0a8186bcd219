import { households, members, type TableSpec, villages } from '@duibiao/core';

/** The tables a folder may hold, by English key. */
export type TableKey = 'households' | 'members' | 'villages';

/** How io treats one table of the data format. */
export interface TableRole {
  readonly key: TableKey;
  readonly spec: TableSpec;
  /** Whether a second row with the same key is rejected. */
  readonly unique: boolean;
}

/**
 * The tables io reads, in the order they are read and reported: members
 * join households, so households come first.
 */
export const TABLES: readonly TableRole[] = [
  { key: 'households', spec: households as unknown as TableSpec, unique: true },
  // Two member rows with one ID number are a finding (id-duplicate), not
  // an input error, so members are not unique on their key.
  { key: 'members', spec: members as unknown as TableSpec, unique: false },
  { key: 'villages', spec: villages as unknown as TableSpec, unique: true },
];

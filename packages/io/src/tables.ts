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

/** A table of the data format that io does not read yet. */
export interface UnreadTable {
  /** The English key, as the data format spells it. */
  readonly key: string;
  /** The Chinese name. */
  readonly name: string;
}

/**
 * The line-department lists and follow-up tables of the data format. A
 * file named after one is listed as not read, saying so, rather than as
 * naming no table.
 */
export const UNREAD_TABLES: readonly UnreadTable[] = [
  { key: 'education', name: '教育学籍' },
  { key: 'medicalInsurance', name: '医保参保' },
  { key: 'civilAffairs', name: '民政救助' },
  { key: 'disability', name: '残联' },
  { key: 'housing', name: '住建' },
  { key: 'pension', name: '人社养老' },
  { key: 'employment', name: '人社就业实名制' },
  { key: 'forestry', name: '林业护林员' },
  { key: 'credit', name: '扶贫小额信贷' },
  { key: 'publicSecurity', name: '公安户籍' },
  { key: 'monitoring', name: '收支监测' },
  { key: 'spotChecks', name: '电话抽查' },
  { key: 'complaints', name: '信访举报' },
  { key: 'censusIssues', name: '普查疑似问题' },
  { key: 'projects', name: '项目库' },
];

import { isListKey, LISTS, type ListKey } from '@duibiao/core';

import type { SqlDialect } from './dialect.js';
import { readable } from './readable-tables.js';
import type { SubjectSource } from './subjects.js';

/**
 * SQL that is TRUE when a table's rows tied to a subject were not all
 * seen, as the in-process engine has it: the table is absent, a list has
 * no rows in force, a rejected row may have been the subject's (a list
 * row naming its key, a member row of its household, one without a
 * readable 户编号).
 *
 * @param source - The subject kind's rows.
 * @param table - The table.
 * @param dialect - The SQL dialect.
 * @returns Boolean SQL.
 */
export function unseenSql(
  source: SubjectSource,
  table: string,
  dialect: SqlDialect,
): string {
  const id = dialect.identifier;
  const text = dialect.text;
  const absent = `EXISTS (SELECT 1 FROM ${id('_absent')} WHERE ${id('name')} = ${text(table)})`;
  const parts = [absent];
  if (isListKey(table)) {
    parts.push(`NOT EXISTS (SELECT 1 FROM ${id(readable(table))})`);
    const complete = listIncomplete(source, table, dialect);
    if (complete !== undefined) parts.push(complete);
  }
  if (table === 'members' && source.kind === 'household') {
    parts.push(
      `EXISTS (SELECT 1 FROM ${id('_unplaced')} WHERE ${id('members')} > 0)`,
      `EXISTS (SELECT 1 FROM ${id('_incomplete')} AS i WHERE i.${id('householdId')} = h.${id('householdId')})`,
    );
  }

  return `(${parts.join(' OR ')})`;
}

/** TRUE when a rejected row of the list may have been the subject's. */
function listIncomplete(
  source: SubjectSource,
  list: ListKey,
  dialect: SqlDialect,
): string | undefined {
  const id = dialect.identifier;
  const text = dialect.text;
  const linkedBy = LISTS[list].linkedBy;
  if (linkedBy === null) return undefined;
  const unplaced = `EXISTS (SELECT 1 FROM ${id('_list_unplaced')} WHERE ${id('list')} = ${text(list)} AND ${id('rows')} > 0)`;
  const rejected = (key: string) =>
    `EXISTS (SELECT 1 FROM ${id('_list_rejected')} AS j WHERE j.${id('list')} = ${text(list)} AND j.${id('key')} = ${key})`;
  const col = (alias: string, name: string) => `${alias}.${id(name)}`;
  const anyOf = (rows: string, x: string, where: string, key: string) =>
    `EXISTS (SELECT 1 FROM ${id(rows)} AS ${x} WHERE ${where} AND ${rejected(col(x, key))})`;
  let keyed: string | undefined;
  switch (source.kind) {
    case 'member':
      keyed = rejected(col('m', linkedBy));
      break;
    case 'household':
      keyed =
        linkedBy === 'householdId'
          ? rejected(col('h', 'householdId'))
          : anyOf(
              'members',
              'k',
              `${col('k', 'householdId')} = ${col('h', 'householdId')}`,
              'idNumber',
            );
      break;
    case 'village':
      if (linkedBy === 'householdId')
        keyed = anyOf(
          'households',
          'k',
          `${col('k', 'regionCode')} = ${col('v', 'regionCode')}`,
          'householdId',
        );
      break;
    case 'county':
      if (linkedBy === 'householdId')
        keyed = anyOf(
          'households',
          'k',
          `substr(${col('k', 'regionCode')}, 1, 6) = ${col('c', 'regionCode')}`,
          'householdId',
        );
      break;
    case 'project':
      break;
    default:
      keyed = rejected(
        linkedBy === 'idNumber'
          ? col('m', 'idNumber')
          : col('h', 'householdId'),
      );
  }

  return keyed === undefined ? unplaced : `(${unplaced} OR ${keyed})`;
}

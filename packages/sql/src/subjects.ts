import {
  LISTS,
  type ListKey,
  isListKey,
  type SubjectKind,
} from '@duibiao/core';

import type { SqlDialect } from './dialect.js';
import { readable } from './readable-tables.js';
import { ROW } from './schema.js';

/**
 * How the rows of a subject kind are found in SQL: the table (or query)
 * each subject is a row of, its alias, and the registry rows joined to it
 * (a member's household and village, a loan's borrower), each by the alias
 * facts read it through.
 */
export interface SubjectSource {
  /** The subject kind. */
  readonly kind: SubjectKind;
  /** `FROM` text: the subject's rows and the rows joined to them. */
  readonly from: string;
  /** The alias of the subject's own row. */
  readonly alias: string;
  /** The alias by which each table the subject sees is read. */
  readonly tables: Readonly<Record<string, string>>;
  /**
   * The table of the data format the subjects come from (a county's:
   * households): with no rows there, the kind has no subjects.
   */
  readonly table: string;
  /** The SQL of the subject's row number (for a county, its code). */
  readonly row: string;
  /** The SQL of the subject's region code, as findings report it. */
  readonly region: string;
  /**
   * The rows of another table tied to the subject, with `x` for the other
   * table's alias; `undefined` when there is no tie.
   */
  link(table: string, x: string): RowLink | undefined;
}

/**
 * How rows of another table are tied to a subject: a condition, and the
 * rows joined to the other table that the condition reads (a household's
 * rows of a list by 证件号码 through its members' numbers). A join keeps
 * the condition an equality with the subject's row, which engines turn
 * into one hash join rather than a subquery per subject.
 */
export interface RowLink {
  /** `JOIN …` text after the other table, or nothing. */
  readonly join?: string;
  /** The condition, TRUE for the subject's rows. */
  readonly where: string;
}

/**
 * The SQL sources of every subject kind.
 *
 * @param dialect - The SQL dialect.
 * @returns The sources, by kind.
 */
export function subjectSources(
  dialect: SqlDialect,
): Record<SubjectKind, SubjectSource> {
  const id = dialect.identifier;
  const col = (alias: string, name: string) => `${alias}.${id(name)}`;
  const table = (name: string, alias: string) =>
    `${id(readable(name))} AS ${alias}`;
  const row = (alias: string) => col(alias, ROW);
  const villageOf = (h: string) =>
    `LEFT JOIN ${table('villages', 'v')} ON ${col('v', 'regionCode')} = ${col(h, 'regionCode')}`;
  // A list row's tie to the registry, from whichever key the subject has:
  // a household's rows of a list by 证件号码 are its members'.
  const listLink = (
    list: string,
    x: string,
    keys: { idNumber?: string; householdId?: string },
  ): RowLink | undefined => {
    if (!isListKey(list)) return undefined;
    const by = LISTS[list as ListKey].linkedBy;
    if (by === 'idNumber' && keys.idNumber === undefined && keys.householdId)
      return {
        join: `JOIN ${distinctPairs('members', 'householdId', 'idNumber', `${x}k`)} ON ${col(`${x}k`, 'idNumber')} = ${col(x, 'idNumber')}`,
        where: `${col(`${x}k`, 'householdId')} = ${keys.householdId}`,
      };
    const key = by === null ? undefined : keys[by];
    return key === undefined
      ? undefined
      : { where: `${col(x, by as string)} = ${key}` };
  };
  // Each (key, value) pair of a table once, for a join that must not
  // repeat the other side's rows.
  const distinctPairs = (
    name: string,
    key: string,
    value: string,
    as: string,
  ) =>
    `(SELECT DISTINCT ${id(key)}, ${id(value)} FROM ${id(readable(name))} WHERE ${id(value)} IS NOT NULL) AS ${as}`;
  const where = (condition: string): RowLink => ({ where: condition });
  // The first member row with a list row's ID number, as the in-process
  // engine places a loan, complaint, census issue or spot check.
  const firstMember =
    `(SELECT * FROM ${id(readable('members'))} WHERE ${id(ROW)} IN (SELECT min(${id(ROW)})` +
    ` FROM ${id(readable('members'))} WHERE ${id('idNumber')} IS NOT NULL GROUP BY ${id('idNumber')}))`;
  // The household a list row names, or else its member's.
  const householdOf = (list: ListKey) =>
    Object.hasOwn(LISTS[list].table.fields, 'householdId')
      ? `COALESCE(NULLIF(${col('r', 'householdId')}, ''), ${col('m', 'householdId')})`
      : col('m', 'householdId');
  const placedRow = (kind: SubjectKind, list: ListKey): SubjectSource => ({
    kind,
    table: list,
    alias: 'r',
    from:
      `${table(list, 'r')}` +
      ` LEFT JOIN ${firstMember} AS m ON ${col('m', 'idNumber')} = ${col('r', 'idNumber')}` +
      ` LEFT JOIN ${table('households', 'h')} ON ${col('h', 'householdId')} =` +
      ` ${householdOf(list)}` +
      ` ${villageOf('h')}`,
    tables: { [list]: 'r', members: 'm', households: 'h', villages: 'v' },
    row: row('r'),
    region: col('h', 'regionCode'),
    link: () => undefined,
  });

  return {
    village: {
      kind: 'village',
      table: 'villages',
      alias: 'v',
      from: table('villages', 'v'),
      tables: { villages: 'v' },
      row: row('v'),
      region: col('v', 'regionCode'),
      link: (other, x) =>
        other === 'households'
          ? where(`${col(x, 'regionCode')} = ${col('v', 'regionCode')}`)
          : undefined,
    },
    household: {
      kind: 'household',
      table: 'households',
      alias: 'h',
      from: `${table('households', 'h')} ${villageOf('h')}`,
      tables: { households: 'h', villages: 'v' },
      row: row('h'),
      region: col('h', 'regionCode'),
      link: (other, x) =>
        other === 'members'
          ? where(`${col(x, 'householdId')} = ${col('h', 'householdId')}`)
          : listLink(other, x, { householdId: col('h', 'householdId') }),
    },
    member: {
      kind: 'member',
      table: 'members',
      alias: 'm',
      from:
        `${table('members', 'm')} LEFT JOIN ${table('households', 'h')}` +
        ` ON ${col('h', 'householdId')} = ${col('m', 'householdId')} ${villageOf('h')}`,
      tables: { members: 'm', households: 'h', villages: 'v' },
      row: row('m'),
      region: col('h', 'regionCode'),
      link: (other, x) =>
        other === 'members'
          ? where(`${col(x, 'householdId')} = ${col('m', 'householdId')}`)
          : listLink(other, x, {
              idNumber: col('m', 'idNumber'),
              householdId: col('m', 'householdId'),
            }),
    },
    county: {
      kind: 'county',
      table: 'households',
      alias: 'c',
      from:
        `(SELECT DISTINCT substr(${id('regionCode')}, 1, 6) AS ${id('regionCode')}` +
        ` FROM ${id('households')} WHERE length(${id('regionCode')}) >= 6) AS c`,
      tables: {},
      row: col('c', 'regionCode'),
      region: col('c', 'regionCode'),
      // A county's rows of a list by 户编号 are its households'.
      link: (other, x) => {
        if (other === 'households')
          return where(
            `substr(${col(x, 'regionCode')}, 1, 6) = ${col('c', 'regionCode')}`,
          );
        if (!isListKey(other) || LISTS[other].linkedBy !== 'householdId')
          return undefined;
        const homes = `(SELECT DISTINCT ${id('householdId')}, substr(${id('regionCode')}, 1, 6) AS ${id('county')} FROM ${id(readable('households'))}) AS ${x}k`;
        return {
          join: `JOIN ${homes} ON ${col(`${x}k`, 'householdId')} = ${col(x, 'householdId')}`,
          where: `${col(`${x}k`, 'county')} = ${col('c', 'regionCode')}`,
        };
      },
    },
    loan: placedRow('loan', 'credit'),
    complaint: placedRow('complaint', 'complaints'),
    censusIssue: placedRow('censusIssue', 'censusIssues'),
    spotCheck: placedRow('spotCheck', 'spotChecks'),
    project: {
      kind: 'project',
      table: 'projects',
      alias: 'r',
      from: `${table('projects', 'r')} LEFT JOIN ${table('villages', 'v')} ON ${col('v', 'regionCode')} = ${col('r', 'regionCode')}`,
      tables: { projects: 'r', villages: 'v' },
      row: row('r'),
      region: col('r', 'regionCode'),
      link: () => undefined,
    },
  };
}

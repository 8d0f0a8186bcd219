import type { Condition } from '@duibiao/core';

import type { FactColumns } from './column-types.js';
import { compileCondition, type FactShape } from './compile-condition.js';
import type { SqlDialect } from './dialect.js';

/**
 * Test support: conditions whose SQL is kept in golden files, one per
 * dialect (`__golden__/<dialect>.sql`), and parsed by a SQL parser. They
 * cover every operator, paths into structs, lists, blank text, dates,
 * values of another type, and text and names a query must quote safely.
 */

/** The table the conditions read: a column of every kind. */
export const GOLDEN_COLUMNS: FactColumns = {
  n: 'number',
  s: 'text',
  t: 'date',
  b: 'boolean',
  l: { list: 'text' },
  m: { list: 'number' },
  o: { struct: { n: 'number', s: 'text' } },
  p: { struct: { q: { struct: { d: 'date' } } } },
  'odd`"name': 'text',
};

/** One golden statement: `SELECT <condition> AS c FROM t`. */
export interface GoldenCase {
  /** What the case shows, unique. */
  readonly name: string;
  /** The condition compiled. */
  readonly condition: Condition;
  /** The alias the columns are read through, if any. */
  readonly table?: string;
  /** Facts with more columns than their value. */
  readonly shapes?: Readonly<Record<string, FactShape>>;
}

const leaf = (
  fact: string,
  operator: string,
  value: unknown,
  path?: string,
): Condition =>
  ({ fact, operator, value, ...(path ? { path } : {}) }) as Condition;

const cases: [string, Condition][] = [
  ['equal text', leaf('s', 'equal', 'x')],
  ['equal number', leaf('n', 'equal', 2)],
  ['equal negative fraction', leaf('n', 'equal', -0.5)],
  ['equal number written with an exponent', leaf('n', 'equal', 1e21)],
  ['equal boolean', leaf('b', 'equal', true)],
  ['equal null', leaf('s', 'equal', null)],
  ['equal a value of another type', leaf('s', 'equal', 1)],
  ['equal on a list', leaf('l', 'equal', 'x')],
  ['notEqual text', leaf('s', 'notEqual', 'x')],
  ['notEqual number', leaf('n', 'notEqual', 0)],
  ['in text, null and a number left out', leaf('s', 'in', ['a', null, 1])],
  ['in numbers', leaf('n', 'in', [1, 2.5])],
  ['in nothing', leaf('s', 'in', [])],
  ['notIn text', leaf('s', 'notIn', ['a', 'b'])],
  ['notIn null alone', leaf('n', 'notIn', [null])],
  ['in on a date', leaf('t', 'in', ['2020-09-30'])],
  ['contains text', leaf('l', 'contains', 'x')],
  ['contains number', leaf('m', 'contains', 3)],
  ['contains a value of another type', leaf('l', 'contains', 1)],
  ['doesNotContain', leaf('l', 'doesNotContain', 'x')],
  ['containsAny text', leaf('l', 'containsAny', ['a', 'b'])],
  ['containsAny numbers', leaf('m', 'containsAny', [1, 2])],
  ['containsAny nothing', leaf('l', 'containsAny', [])],
  ['doesNotContainAny', leaf('l', 'doesNotContainAny', ['a'])],
  ['lessThan', leaf('n', 'lessThan', 5)],
  ['lessThanInclusive', leaf('n', 'lessThanInclusive', 5.5)],
  ['greaterThan', leaf('n', 'greaterThan', -1)],
  ['greaterThanInclusive', leaf('n', 'greaterThanInclusive', 0)],
  ['lessThan on text', leaf('s', 'lessThan', 1)],
  ['dateBefore a day', leaf('t', 'dateBefore', '2020-09-30')],
  ['dateOnOrBefore a month', leaf('t', 'dateOnOrBefore', '2020-09')],
  ['dateAfter 29 February', leaf('t', 'dateAfter', '2020-02-29')],
  ['dateOnOrAfter', leaf('t', 'dateOnOrAfter', '2021-01-01')],
  ['dateBefore no real day', leaf('t', 'dateBefore', '2021-02-30')],
  ['dateAfter on text', leaf('s', 'dateAfter', '2020-01-01')],
  ['path to a number', leaf('o', 'greaterThan', 1, '$.n')],
  ['path to text', leaf('o', 'equal', 'x', '$.s')],
  ['path two deep to a date', leaf('p', 'dateAfter', '2020-01', '$.q.d')],
  [
    'all, any and not',
    {
      all: [
        leaf('n', 'greaterThan', 0),
        { any: [leaf('b', 'equal', true), { not: leaf('s', 'equal', 'x') }] },
      ],
    },
  ],
  ['empty all', { all: [] }],
  ['a quote', leaf('s', 'equal', "it's")],
  ['a quote closing the literal', leaf('s', 'equal', "' OR 1=1 --")],
  ['backslashes', leaf('s', 'equal', 'C:\\new\\table')],
  ['a backslash before a quote', leaf('s', 'equal', "\\' OR TRUE --")],
  ['a trailing backslash', leaf('s', 'equal', 'end\\')],
  ['a line break', leaf('s', 'equal', 'line 1\nline 2')],
  ['comment marks', leaf('s', 'equal', 'a */ b -- c /* d')],
  ['Chinese and U+3000 inside', leaf('s', 'equal', '扶贫\u3000对象')],
  ['hostile text in a list', leaf('s', 'in', ["a'b", 'c\\d'])],
  ['hostile text among items', leaf('l', 'containsAny', ["'", '\\'])],
  ['a name with quotes', leaf('odd`"name', 'equal', 'x')],
];

/** The conditions, each compiled into one statement per dialect. */
export const GOLDEN_CASES: readonly GoldenCase[] = [
  ...cases.map(([name, condition]) => ({ name, condition })),
  {
    name: 'through a table alias',
    condition: {
      all: [leaf('n', 'equal', 1), leaf('o', 'equal', 'x', '$.s')],
    },
    table: 'f',
  },
  {
    name: 'a fact known to be none',
    condition: leaf('s', 'equal', null),
    shapes: { s: { none: true } },
  },
  {
    name: 'a number known to lie in a range',
    condition: leaf('n', 'lessThan', 60),
    shapes: { n: { range: true } },
  },
];

/** The columns a statement reads through a table alias. */
const aliasOf = (c: GoldenCase) =>
  c.table === undefined ? '' : ` AS ${c.table}`;

/** One statement of a golden file, with the comment naming its case. */
export interface GoldenStatement {
  /** The case's name and, for a condition, its JSON. */
  readonly comment: string;
  /** The statement, without the closing semicolon. */
  readonly sql: string;
}

/**
 * The golden file's statements in a dialect: the table, each condition as
 * `SELECT <condition> AS c FROM t`, and each function facts write SQL with.
 *
 * @param dialect - The dialect.
 * @returns The statements, in the file's order.
 */
export function goldenStatements(dialect: SqlDialect): GoldenStatement[] {
  const id = dialect.identifier;
  const table: FactColumns = {
    ...GOLDEN_COLUMNS,
    's:none': 'boolean',
    'n:min': 'number',
    'n:max': 'number',
  };
  const create = Object.entries(table)
    .map(([name, type]) => `${id(name)} ${dialect.typeOf(type)}`)
    .join(', ');
  const conditions = GOLDEN_CASES.map((c) => ({
    comment: `${c.name}\n-- ${JSON.stringify(c.condition)}`,
    sql: `SELECT ${compileCondition('golden', c.condition, {
      columns: GOLDEN_COLUMNS,
      dialect,
      ...(c.table === undefined ? {} : { table: c.table }),
      ...(c.shapes === undefined ? {} : { shapes: c.shapes }),
    })} AS c FROM t${aliasOf(c)}`,
  }));
  const fn = dialect.functions;
  const asOf = `DATE ${dialect.text('2020-09-30')}`;
  const functions: GoldenStatement[] = [
    ['day', fn.day(id('t'))],
    ['yearsBetween', fn.yearsBetween(fn.day(id('t')), asOf)],
    ['includes', fn.includes(id('s'), dialect.text('x'))],
    ['round2', fn.round2(id('n'))],
    ['listContains', fn.listContains(id('l'), dialect.text('x'))],
    ['listLength', fn.listLength(id('l'))],
    ['addDays', fn.addDays(fn.day(id('t')), '-1')],
    ['daysBetween', fn.daysBetween(fn.day(id('t')), asOf)],
    ['lastDayOfMonth', fn.lastDayOfMonth(fn.day(id('t')))],
    ['monthsBetween', fn.monthsBetween(fn.day(id('t')), asOf)],
    ['dateText', fn.dateText(fn.day(id('t')))],
    ['round', fn.round(id('n'), 9)],
    ['joinText', fn.joinText(id('s'), dialect.text(', '), id('n'))],
    ['matches', fn.matches(id('s'), '\\d{4}[-年]\\s*.')],
    ['replaceMatches', fn.replaceMatches(id('s'), '0+$', '')],
    ['toNumber', fn.toNumber(id('s'))],
    ['trim', fn.trim(id('s'))],
  ].map(([name, sql]) => ({
    comment: `function ${name}`,
    sql: `SELECT ${sql} AS c FROM t`,
  }));

  return [
    { comment: 'the table', sql: `CREATE TABLE t (${create})` },
    ...conditions,
    ...functions,
  ];
}

/**
 * The golden file of a dialect: its statements, each after its comment.
 *
 * @param dialect - The dialect.
 * @returns The file's text.
 */
export function goldenFile(dialect: SqlDialect): string {
  const head =
    `-- The SQL @duibiao/sql writes in the ${dialect.name} dialect.\n` +
    '-- Written by UPDATE_GOLDEN=1 npx vitest run packages/sql/src/dialect-golden.test.ts;\n' +
    '-- every change is reviewed by eye before it is committed.\n';
  const body = goldenStatements(dialect).map(
    (s) => `\n-- ${s.comment}\n${s.sql};\n`,
  );

  return head + body.join('');
}

import { postgres, postgresTypeOf } from '@duibiao/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { FactColumns } from './column-types.js';
import type { SqlDialect } from './dialect.js';
import type { TestEngine } from './test-engine.js';
import { DEBIAN, WITH_SERVER } from './test-engines.js';

describe('postgres dialect, as written', () => {
  it('names each column type as PostgreSQL does, structs as jsonb', () => {
    expect(postgresTypeOf('number')).toBe('double precision');
    expect(postgresTypeOf('date')).toBe('text');
    expect(postgresTypeOf({ list: 'number' })).toBe('double precision[]');
    expect(postgresTypeOf({ list: 'text' })).toBe('text[]');
    expect(postgresTypeOf({ struct: { n: 'number' } })).toBe('jsonb');
    expect(postgres.typeOf('boolean')).toBe('boolean');
  });

  it('refuses an identifier PostgreSQL would cut short, counting bytes', () => {
    // 21 Chinese characters are 63 bytes in UTF-8, 22 are 66.
    expect(postgres.identifier('户'.repeat(21))).toBe(`"${'户'.repeat(21)}"`);
    expect(() => postgres.identifier('户'.repeat(22))).toThrow(RangeError);
    expect(() => postgres.identifier('a'.repeat(64))).toThrow(/63 bytes/);
    expect(postgres.identifier('a"b')).toBe('"a""b"');
  });

  it('refuses text with U+0000, which PostgreSQL text cannot hold', () => {
    expect(() => postgres.text('a\0b')).toThrow(RangeError);
    expect(postgres.text("it's")).toBe(`'it''s'`);
  });
});

/**
 * A dialect member's SQL over a column (text `s` unless `l`, a list of
 * texts, is named), and its truth on each value of the column.
 */
type MemberCase = [
  name: string,
  sql: (dialect: SqlDialect, column: string) => string,
  rows: [value: unknown, truth: boolean | undefined][],
  column?: 's' | 'l',
];

const U = undefined;
const AS_DATE = (d: SqlDialect, date: string) =>
  `CAST(${d.text(date)} AS DATE)`;

// Each truth worked out by hand, from JavaScript's reading of the value.
const MEMBERS: MemberCase[] = [
  [
    'matches \\d as an ASCII digit only',
    (d, s) => d.matches(s, '\\d{4}-[\\d]{2}'),
    [
      ['2020-09', true],
      ['\uff12\uff10\uff12\uff10-09', false],
      ['2020-\u0660\u0669', false],
      ['2020-09-01', false],
      [null, U],
    ],
  ],
  [
    'tryDate is NULL for no real day, never an error',
    (d, s) => `(${d.tryDate(s)} IS NOT NULL)`,
    [
      ['2020-02-29', true],
      ['2019-02-29', false],
      ['2100-02-29', false],
      ['2400-02-29', true],
      ['2020-06-31', false],
      ['2020-13-01', false],
      ['x', false],
      ['', false],
      [null, false],
    ],
  ],
  [
    'tryDate gives the day named',
    (d, s) => `(${d.tryDate(s)} = ${AS_DATE(d, '2020-02-29')})`,
    [
      ['2020-02-29', true],
      ['2020-03-01', false],
    ],
  ],
  [
    'integerAt reads digits, NULL for others, never an error',
    (d, s) => `(${d.integerAt(s, 6, 2)} = 9)`,
    [
      ['2020-09', true],
      ['2020-10', false],
      ['2020-x9', U],
      ['2020-', U],
      [null, U],
    ],
  ],
  [
    'trimmed takes off what trim() does, and no more',
    (d, s) => `(${d.trimmed(s)} = 'a b')`,
    [
      ['\u3000 a b\t\ufeff', true],
      ['\u00a0a b\u2029', true],
      ['\u0085a b', false],
    ],
  ],
  [
    'functions.day: NULL for a month, a real day as a DATE',
    (d, s) => `(${d.functions.day(s)} = ${AS_DATE(d, '2021-03-01')})`,
    [
      ['2021-03-01', true],
      ['2021-02-29', U],
      ['2021-03', U],
    ],
  ],
  [
    'functions.yearsBetween 2000-02-29 and the day: ageOn, whole years',
    (d, s) =>
      `(${d.functions.yearsBetween(AS_DATE(d, '2000-02-29'), d.functions.day(s))} = 20)`,
    [
      // A 29 February birthday is reached on 1 March in other years.
      ['2021-02-28', true],
      ['2021-03-01', false],
      ['2020-02-29', true],
      ['2020-02-28', false],
    ],
  ],
  [
    'functions.includes',
    (d, s) => d.functions.includes(s, d.text('贫困')),
    [
      ['建档立卡贫困户', true],
      ['脱贫户', false],
      ['贫 困', false],
    ],
  ],
  [
    'functions.round2 as Math.round(x * 100) / 100',
    // In doubles 1.005 * 100 is 100.49999999999999 (Math.round: 100) and
    // 2.675 * 100 is 267.5 (268); Math.round takes -12.5 up to -12, where
    // SQL's round() would give -13.
    (d) =>
      `(${d.functions.round2(d.number(1.005))} = ${d.number(1)} AND` +
      ` ${d.functions.round2(d.number(2.675))} = ${d.number(2.68)} AND` +
      ` ${d.functions.round2(d.number(-0.125))} = ${d.number(-0.12)} AND` +
      ` ${d.functions.round2('7')} = ${d.number(7)})`,
    [['', true]],
  ],
  [
    'functions.listLength: 0 for an empty list, NULL for none',
    (d, l) => `(${d.functions.listLength(l)} = 0)`,
    [
      [[], true],
      [['', 'a'], false],
      [null, U],
    ],
    'l',
  ],
  [
    'functions.listContains',
    (d, l) => d.functions.listContains(l, d.text('a')),
    [
      [['b', 'a'], true],
      [['A', 'a '], false],
      [[], false],
      [null, U],
    ],
    'l',
  ],
  [
    'list makes an array its other members read',
    (d) => {
      const list = d.list([d.text('a'), d.text('b')]);
      return (
        `(${d.functions.listLength(list)} = 2 AND` +
        ` ${d.functions.listContains(list, d.text('b'))})`
      );
    },
    [['', true]],
  ],
  [
    'functions.addDays: the day after is 1 March 2020',
    (d, s) => {
      const { addDays, day } = d.functions;
      return `(${addDays(day(s), '1')} = ${AS_DATE(d, '2020-03-01')})`;
    },
    [
      ['2020-02-29', true],
      // 29 February 2020, and 1 March 2021.
      ['2020-02-28', false],
      ['2021-02-28', false],
      [null, U],
    ],
  ],
  [
    'functions.daysBetween 2020-01-01 and the day: 2020 has 366',
    (d, s) =>
      `(${d.functions.daysBetween(AS_DATE(d, '2020-01-01'), d.functions.day(s))} = 366)`,
    [
      ['2021-01-01', true],
      ['2020-12-31', false],
      [null, U],
    ],
  ],
  [
    'functions.lastDayOfMonth is 2020-02-29 for February 2020',
    (d, s) =>
      `(${d.functions.lastDayOfMonth(d.functions.day(s))} = ${AS_DATE(d, '2020-02-29')})`,
    [
      ['2020-02-01', true],
      ['2020-02-29', true],
      ['2021-02-01', false],
      ['2020-03-01', false],
    ],
  ],
  [
    'functions.monthsBetween 2020-01-31 and the day is 1',
    // To 29 February: its month's last day. To 1 March: two months less
    // one, as the 31st is not reached.
    (d, s) =>
      `(${d.functions.monthsBetween(AS_DATE(d, '2020-01-31'), d.functions.day(s))} = 1)`,
    [
      ['2020-02-29', true],
      ['2020-02-28', false],
      ['2020-03-01', true],
      ['2020-03-31', false],
    ],
  ],
  [
    'functions.dateText writes the day as it was read, whatever DateStyle',
    (d, s) => `(${d.functions.dateText(d.functions.day(s))} = ${s})`,
    [
      ['2020-02-29', true],
      ['2021-12-01', true],
      [null, U],
    ],
  ],
  [
    'functions.round as Math.round(x * 10 ** n) / 10 ** n',
    // Math.round takes a half up: 1234.5 to 1235, -2.5 to -2, 2.5 to 3.
    (d) =>
      `(${d.functions.round(d.number(1234.5), 0)} = ${d.number(1235)} AND` +
      ` ${d.functions.round(d.number(-2.5), 0)} = ${d.number(-2)} AND` +
      ` ${d.functions.round(d.number(0.25), 1)} = ${d.number(0.3)})`,
    [['', true]],
  ],
  [
    'functions.joinText joins in the order given, leaving NULL out',
    (d) => {
      const join = (rows: string) =>
        `(SELECT ${d.functions.joinText('x', d.text('、'), 'n')}` +
        ` FROM (VALUES ${rows}) AS t(x, n))`;
      // 10 after 9: the order is by number, not by text.
      const some = join(`('b', 10), ('a', 9), (CAST(NULL AS TEXT), 1)`);
      const none = join(`(CAST(NULL AS TEXT), 1)`);
      return `(${some} = ${d.text('a、b')} AND ${none} IS NULL)`;
    },
    [['', true]],
  ],
];

const COLUMNS: FactColumns = { s: 'text', l: { list: 'text' } };

describe.each(WITH_SERVER)('dialect members on %s', (_name, open) => {
  let engine: TestEngine | undefined;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it.each(MEMBERS)('%s', async (_member, sql, rows, column = 's') => {
    const results = await engine!.runOverRows(
      COLUMNS,
      rows.map(([value]) => ({ [column]: value })),
      [sql(engine!.dialect, `"${column}"`)],
    );
    expect(results.map((r) => r[0])).toEqual(rows.map(([, truth]) => truth));
  });
});

if (typeof DEBIAN === 'string')
  it.skip(`dialect members on Debian's PostgreSQL: ${DEBIAN}`);

import type { Condition } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import type { FactColumns } from './column-types.js';
import { compileCondition } from './compile-condition.js';
import { SqlCompileError } from './compile-error.js';
import { type Row, runOverRows } from './duckdb-table.js';
import { COLUMNS } from './test-columns.js';

const U = undefined;

describe('compileCondition, logic', () => {
  const s = { fact: 's', operator: 'equal', value: 'x' };
  const n = { fact: 'n', operator: 'equal', value: 2 };
  // s = 'x' is true, false or unknown; n = 2 likewise.
  const rows: Row[] = [
    { s: 'y', n: null }, // false, unknown
    { s: 'x', n: null }, // true, unknown
    { s: '', n: 2 }, // unknown, true
  ];

  it('keeps unknown under not, and lets false win in all and true in any', async () => {
    const tests = [
      compileCondition('r', { not: s }, { columns: COLUMNS }),
      compileCondition('r', { all: [s, n] }, { columns: COLUMNS }),
      compileCondition('r', { any: [s, n] }, { columns: COLUMNS }),
    ];
    expect(await runOverRows(COLUMNS, rows, tests)).toEqual([
      [true, false, U],
      [false, U, true],
      [U, U, true],
    ]);
  });

  it('writes the SQL it is expected to', () => {
    expect(
      compileCondition(
        'r',
        { all: [{ fact: 'n', operator: 'lessThan', value: 5 }] },
        { columns: COLUMNS },
      ),
    ).toBe(`(("n" < CAST('5' AS DOUBLE)))`);
    expect(
      compileCondition(
        'r',
        { any: [{ fact: 'n', operator: 'notIn', value: [null] }] },
        { columns: COLUMNS, table: 'f' },
      ),
    ).toBe(`((CASE WHEN "f"."n" IS NULL THEN NULL ELSE TRUE END))`);
  });
});

describe('compileCondition, what has no SQL form', () => {
  const attempt = (leaf: object, columns: FactColumns = COLUMNS) => {
    try {
      compileCondition('g/r9', { all: [leaf as Condition] }, { columns });
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it.each([
    [{ fact: 'age', operator: 'equal', value: 1 }, 'age', 'equal', 'no column'],
    [
      { fact: 'n', operator: 'matches', value: 1 },
      'n',
      'matches',
      'no SQL form',
    ],
    [
      { fact: 'n', operator: 'equal', value: 1, params: { k: 1 } },
      'n',
      'equal',
      'params',
    ],
    [
      { fact: 'n', operator: 'lessThan', value: { param: 'age.max' } },
      'n',
      'lessThan',
      'resolved',
    ],
    [
      { fact: 'o', operator: 'equal', value: 1, path: '$.list[0]' },
      'o',
      'equal',
      'plain fields',
    ],
    [
      { fact: 'o', operator: 'equal', value: 1, path: '$.zz' },
      'o',
      'equal',
      'no field zz',
    ],
    [
      { fact: 'n', operator: 'equal', value: 1, path: '$.a' },
      'n',
      'equal',
      'no field a',
    ],
  ])('refuses %j', (leaf, fact, operator, reason) => {
    const error = attempt(leaf);
    expect(error).toBeInstanceOf(SqlCompileError);
    expect(error).toMatchObject({ ruleId: 'g/r9', fact, operator });
    expect((error as Error).message).toContain('rule g/r9');
    expect((error as Error).message).toContain(reason);
  });

  it('refuses a shared condition not expanded', () => {
    expect(() =>
      compileCondition('g/r9', { condition: 'adult' }, { columns: COLUMNS }),
    ).toThrow(/rule g\/r9: shared condition "adult"/);
  });
});

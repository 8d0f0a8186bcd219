import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { RawCell } from '../values/cells.js';
import { households } from './household.js';
import { members } from './member.js';
import { parseRecord, parseRow } from './parse-record.js';
import type { FieldMap, TableSpec } from './table.js';

/**
 * parseRow reads a row of cells by column; parseRecord reads the same
 * cells by field. They must give the same record or the same problems, in
 * the same order, whichever fields the file has columns for.
 */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '是',
    '否',
    '无',
    '2020-09-01',
    '202009',
    '12,000',
    '6101240012130001',
    '610124199204088499',
    '户主',
    '贫困户',
    'abc',
    '6.10124E+15',
    '３',
  ),
  fc.string({ maxLength: 4 }),
);

function check(table: TableSpec<FieldMap>) {
  const keys = Object.keys(table.fields);
  fc.assert(
    fc.property(
      fc.subarray(keys),
      fc.array(cell, { minLength: keys.length, maxLength: keys.length }),
      fc.nat({ max: 3 }),
      (present, values, cut) => {
        // Columns in a shuffled order, and a row that may stop short.
        const order = [...present].reverse();
        const columns = new Map(order.map((key, index) => [key, index]));
        const row: RawCell[] = order
          .map((key) => values[keys.indexOf(key)] as string)
          .slice(0, Math.max(0, order.length - cut));
        const byField: Record<string, RawCell> = {};
        for (const [key, index] of columns) byField[key] = row[index] ?? null;

        expect(parseRow(table, columns, row)).toStrictEqual(
          parseRecord(table, byField),
        );
      },
    ),
    { numRuns: 1500 },
  );
}

describe('parseRow', () => {
  it('reads household rows as parseRecord reads their cells', () => {
    check(households as unknown as TableSpec<FieldMap>);
  });

  it('reads member rows as parseRecord reads their cells', () => {
    check(members as unknown as TableSpec<FieldMap>);
  });
});

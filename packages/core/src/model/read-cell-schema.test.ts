import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { FieldSpec } from './field.js';
import { readCell } from './read-cell.js';
import { households } from './household.js';
import { LISTS } from './lists.js';
import { members } from './member.js';
import { villages } from './village.js';

/**
 * parseRecord trusts readCell: it no longer runs the zod record schema
 * over every row. This holds readCell to that: whatever cell it reads,
 * the value it gives is one its field's zod schema accepts.
 */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '是',
    '否',
    '有',
    '无',
    '/',
    '-',
    ' ',
    '１２３',
    '2020-02-29',
    '2021-02-29',
    '202003',
    '2020.03',
    '1,234.50',
    '６１０１２４',
    '=\"0012\"',
    "'007",
    '43831',
    '1e5',
    '6.10124E+15',
    '户主',
    '之子',
    '在校生',
    '健康',
  ),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.constantFrom('产业帮扶', '就业帮扶', 'x', ''), { maxLength: 3 }),
  fc.date({
    min: new Date('1900-01-01'),
    max: new Date('2100-01-01'),
    noInvalidDate: true,
  }),
);

const tables = {
  households,
  members,
  villages,
  ...Object.fromEntries(
    Object.entries(LISTS).map(([key, list]) => [key, list.table]),
  ),
};

describe.each(Object.entries(tables))(
  'readCell over the %s fields',
  (_, table) => {
    it('gives only values the field schema accepts', () => {
      const fields = Object.entries(table.fields) as [string, FieldSpec][];
      fc.assert(
        fc.property(fc.constantFrom(...fields), cell, ([, spec], raw) => {
          const result = readCell(spec, raw);
          if (!result.ok || result.value === undefined) return;
          expect(spec.schema.safeParse(result.value).success).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  },
);

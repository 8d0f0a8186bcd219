import {
  CELL_ERROR_CODES,
  type FieldMap,
  type FieldSpec,
  households,
  LISTS,
  members,
  parseRecord,
  parseRow,
  type RawCell,
  readCell,
  type TableSpec,
  villages,
} from '@duibiao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * Whatever a cell holds, reading it gives a value or a reason with a
 * known code; it never throws. read-cell-schema.test.ts holds the values
 * to their schemas on printable text; this goes where a spreadsheet or a
 * JSON file can go beyond it: any UTF-16 code unit (lone surrogates, NUL,
 * BOM, line and paragraph separators), NaN and the infinities, -0,
 * numbers past 2^53, invalid dates, lists of any text, and text shaped
 * like the dates, numbers and codes the readers look for.
 */
const SEED = Number(process.env.DUIBIAO_FC_SEED ?? 20_201_001);

/** One UTF-16 code unit of any value, or a character that matters. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
  fc.constantFrom(
    '\u0000',
    '\uFEFF',
    '\u3000',
    '\u2028',
    '\uD800',
    '\uDFFF',
    '\r',
    '\n',
    '"',
    "'",
    '=',
    ',',
    '、',
    '年',
    '月',
    '日',
    '-',
    '/',
    '.',
    'E',
    '+',
    '０',
    '9',
    ' ',
  ),
);
const anyText = fc.string({ unit, maxLength: 24 });

/** Text shaped like a date, a number or a code, often nearly right. */
const shaped = fc
  .tuple(
    fc.constantFrom('', ' ', '=', "'", '="', '-', '+', '２'),
    fc.array(fc.integer({ min: 0, max: 99_999 }), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom('-', '/', '.', '年', ',', 'E+', ''),
    fc.constantFrom('', '日', '"', ' 08:30', ' 0:00', '年', '%'),
  )
  .map(([lead, parts, sep, tail]) => `${lead}${parts.join(sep)}${tail}`);

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    60,
    2_958_466,
    1e15,
    6.10124197503121e17,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
);

const anyCell: fc.Arbitrary<RawCell | string[]> = fc.oneof(
  anyText,
  shaped,
  anyNumber,
  fc.boolean(),
  fc.constantFrom(null, undefined, new Date(Number.NaN)),
  fc.date({ noInvalidDate: false }),
  fc.array(anyText, { maxLength: 3 }),
);

const tables: [string, TableSpec<FieldMap>][] = [
  ['households', households as unknown as TableSpec<FieldMap>],
  ['members', members as unknown as TableSpec<FieldMap>],
  ['villages', villages as unknown as TableSpec<FieldMap>],
  ...Object.entries(LISTS).map(([key, list]): [string, TableSpec<FieldMap>] => [
    key,
    list.table as TableSpec<FieldMap>,
  ]),
];
const codes: readonly string[] = CELL_ERROR_CODES;

/** A failed read must say why, in words and as a known code. */
function expectExplained(
  result: { ok: true } | { ok: false; reason: unknown; code: unknown },
): void {
  if (result.ok) return;
  const { reason, code } = result;

  expect(typeof reason === 'string' && reason.length > 0).toBe(true);
  expect(codes).toContain(code);
}

describe.each(tables)('reading any cell of %s', (_, table) => {
  const fields = Object.entries(table.fields) as [string, FieldSpec][];
  const keys = fields.map(([key]) => key);

  it('gives every field a value or a reason with a known code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fields), anyCell, ([, spec], raw) => {
        expectExplained(readCell(spec, raw));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('reads rows of any cells, in any columns, without throwing', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(keys),
        fc.array(anyCell, { maxLength: keys.length + 2 }),
        (present, row) => {
          const columns = new Map(present.map((key, index) => [key, index]));
          const result = parseRow(table, columns, row);
          const cells = Object.fromEntries(
            present.map((key, index) => [key, row[index] ?? null]),
          );

          expect(parseRecord(table, cells)).toStrictEqual(result);
          if (result.ok) {
            const extra = Object.keys(result.record as object).filter(
              (key) => !keys.includes(key),
            );
            expect(extra).toEqual([]);
            return;
          }
          for (const problem of result.problems) {
            expect(table.fields[problem.field]?.header).toBe(problem.header);
            expectExplained({ ok: false, ...problem });
          }
        },
      ),
      { seed: SEED + 1, numRuns: 400 },
    );
  });
});

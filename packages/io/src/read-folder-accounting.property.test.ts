import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  education,
  type FieldSpec,
  households,
  members,
  type TableSpec,
} from '@duibiao/core';
import { readFolder, REJECTION_CODES } from '@duibiao/io';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

/**
 * Row accounting on generated folders: households, members and an
 * education list, each with title rows or none, its key column and a
 * random subset of the others in a random order, a column no field names,
 * and rows of valid values, blanks and garbage (quoted commas, quotes and
 * line breaks among them), some too short or too long. Whatever they
 * hold, every record of every file is a title, the header, a blank row or
 * a data row, exactly once; every data row is checked or rejected, once,
 * with a known code: read = checked + rejected, blank rows apart.
 */
const SEED = Number(process.env.DUIBIAO_FC_SEED ?? 20_201_003);

const BLANKS = ['', ' ', '\u3000'];
const GARBAGE = [
  'abc',
  '2020-02-30',
  '三千',
  '-5',
  '=1+1',
  '="',
  'x"y',
  'a,b',
  '第一行\n第二行',
  '6.10124E+17',
  '是的',
];
const IDS = ['110105194912310029', '610124197503121114', '61012419750312111X'];

/** Values a cell of the field may validly hold. */
function validValues(key: string, spec: FieldSpec): string[] {
  if (key === 'householdId') return ['H1', 'H2', 'H3', 'H4'];
  switch (spec.kind) {
    case 'id-number':
      return IDS;
    case 'code':
    case 'key':
      return ['610124101201', 'C1'];
    case 'enum':
      return [...(spec.values ?? [])].slice(0, 4);
    case 'list':
      return [(spec.values ?? []).slice(0, 2).join('、')];
    case 'boolean':
      return ['是', '否', 'Y'];
    case 'number':
      return ['3500', '1,200.5', '0'];
    case 'year':
      return ['2019', '2020年'];
    case 'date':
      return ['2020-09-01', '2020/9/1', '202009'];
    case 'text':
      return ['张三', '某小学'];
  }
}

/** Near misses of the field's kind: what a clerk gets wrong in it. */
const NEAR_MISSES: Partial<Record<FieldSpec['kind'], string[]>> = {
  date: ['2020-02-30', '2019-13-01', '去年', '2020'],
  number: ['三千', '12元', '1e5'],
  year: ['二〇二〇', '1899'],
  boolean: ['是的', '√'],
  enum: ['其他'],
};

function cellOf(key: string, spec: FieldSpec): fc.Arbitrary<string> {
  const near = NEAR_MISSES[spec.kind] ?? GARBAGE;

  return fc.oneof(
    { arbitrary: fc.constantFrom(...validValues(key, spec)), weight: 6 },
    { arbitrary: fc.constantFrom(...BLANKS), weight: 3 },
    { arbitrary: fc.constantFrom(...GARBAGE), weight: 1 },
    { arbitrary: fc.constantFrom(...near), weight: 1 },
  );
}

/** A file as written, and what each of its records is. */
interface TableFile {
  text: string;
  titles: number;
  /** Per record below the header: whether it is a data row. */
  data: boolean[];
}

/** A generated file of a table whose first column is its key. */
function tableFile(
  spec: TableSpec,
  required: readonly string[],
): fc.Arbitrary<TableFile> {
  const fields = Object.entries(spec.fields) as [string, FieldSpec][];
  const optional = fields.filter(([key]) => !required.includes(key));
  const columns = fc
    .tuple(fc.shuffledSubarray(optional, { maxLength: 6 }), fc.boolean())
    .chain(([chosen, numbered]) =>
      fc
        .shuffledSubarray(
          [...fields.filter(([key]) => required.includes(key)), ...chosen],
          { minLength: required.length + chosen.length },
        )
        .map((ordered) => ({ ordered, numbered })),
    );

  return columns.chain(({ ordered, numbered }) => {
    const row = fc
      .tuple(
        fc.tuple(...ordered.map(([key, s]) => cellOf(key, s))),
        fc.constantFrom('whole', 'whole', 'whole', 'short', 'long', 'blank'),
        fc.nat({ max: 99 }),
      )
      .map(([cells, shape, n]) => shaped(cells, shape, n));
    const titles = fc.constantFrom(
      [],
      [['某县建档立卡信息表']],
      [['某县建档立卡信息表'], ['制表单位：某县', '']],
    );

    return fc
      .tuple(titles, fc.array(row, { maxLength: 8 }), fc.boolean())
      .map(([above, rows, crlf]) => {
        const header = ordered.map(([, s]) => s.header);
        const lead = (cells: string[], i: number) =>
          numbered ? [String(i), ...cells] : cells;
        const offset = numbered ? 1 : 0;
        const records = [
          ...above,
          lead(header, 0).map((h, i) => (numbered && i === 0 ? '序号' : h)),
          ...rows.map((cells, i) => lead(cells, i + 1)),
        ];
        const isData = (cells: string[]) =>
          header.some((_, i) => (cells[i + offset] ?? '').trim() !== '');

        // Each record ends in a line break, as writers end them: an
        // empty last record is then an empty line, not the file's end.
        const end = crlf ? '\r\n' : '\n';
        return {
          text: records.map((cells) => csvLine(cells) + end).join(''),
          titles: above.length,
          data: rows.map((cells) => isData(lead(cells, 1))),
        };
      });
  });
}

/** A row made short (a cell lost), long (a cell gained) or blank. */
function shaped(cells: string[], shape: string, n: number): string[] {
  if (shape === 'short') return cells.slice(0, Math.max(1, cells.length - 1));
  if (shape === 'long') return [...cells, n % 2 === 0 ? '多余' : ''];
  if (shape === 'blank') return cells.map(() => BLANKS[n % 3] as string);

  return cells;
}

function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) =>
      /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell,
    )
    .join(',');
}

let dir: string;

beforeAll(async () => {
  dir = await makeFolder({});
});

afterAll(removeFolders);

const FILES = {
  households: tableFile(households as unknown as TableSpec, ['householdId']),
  members: tableFile(members as unknown as TableSpec, [
    'householdId',
    'idNumber',
  ]),
  education: tableFile(education as unknown as TableSpec, ['idNumber']),
};
type Key = keyof typeof FILES;

describe('readFolder: row accounting on generated folders', () => {
  it('counts every record once, and checks or rejects every data row once', async () => {
    const codes: readonly string[] = REJECTION_CODES;
    const seen = new Set<string>();

    await fc.assert(
      fc.asyncProperty(fc.record(FILES), async (files) => {
        const written: Partial<Record<Key, TableFile>> = { ...files };
        for (const [key, file] of Object.entries(files))
          await writeFile(join(dir, `${key}.csv`), file.text);

        // Households or members without a data row leave nothing to
        // check: the folder is refused, naming the file. The other files
        // are then accounted for beside one household, without members.
        const bare = (['households', 'members'] as const).filter(
          (key) => !files[key].data.some(Boolean),
        );
        if (bare.length > 0) {
          const named = new RegExp(
            `${bare[0]}\\.csv: has a header but no data rows`,
          );
          await expect(readFolder(dir)).rejects.toThrow(named);
          if (bare.includes('households')) {
            await writeFile(join(dir, 'households.csv'), '户编号\nH0\n');
            delete written.households;
          }
          if (bare.includes('members')) {
            await rm(join(dir, 'members.csv'));
            delete written.members;
          }
        }
        const result = await readFolder(dir);
        expectBalanced(result);
        for (const { code } of result.rejected) seen.add(code);

        for (const [key, file] of Object.entries(written) as [
          Key,
          TableFile,
        ][]) {
          const report = result.tables.find((t) => t.table === key);
          const headerLine = file.titles + 1;
          const dataLines = file.data.flatMap((isData, i) =>
            isData ? [headerLine + 1 + i] : [],
          );
          const lines = result.rejected
            .filter((r) => r.table === key)
            .map((r) => r.line);

          expect(report?.read, key).toBe(dataLines.length);
          expect(report?.blankRows, key).toBe(
            file.data.length - dataLines.length,
          );
          expect(new Set(lines).size, key).toBe(lines.length);
          expect(lines.filter((line) => !dataLines.includes(line))).toEqual([]);
        }
        for (const rejection of result.rejected)
          expect(codes).toContain(rejection.code);
      }),
      { seed: SEED, numRuns: 250 },
    );

    // The generators are worth their runs only if rows are rejected in
    // many ways, across rows as well as by cell and by width.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'too-few-cells',
        'too-many-cells',
        'blank-required',
        'invalid-date',
        'not-a-number',
        'not-in-vocabulary',
        'duplicate-key',
        'no-household',
      ]),
    );
  });
});

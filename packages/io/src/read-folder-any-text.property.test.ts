import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { households } from '@duibiao/core';
import {
  CsvTokenizer,
  InputError,
  readFolder,
  REJECTION_CODES,
} from '@duibiao/io';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

/**
 * The readers on any text: the CSV tokenizer gives back the cells any
 * CSV writer put in, whatever code units they hold (lone surrogates, NUL,
 * quotes, CR and LF) and wherever a chunk ends; and a households file of
 * any text, CSV in three encodings or JSON of any shape, is either read —
 * every row checked or rejected with a known code, on a line of its own —
 * or refused as unusable input, never anything else.
 * csv-tokenizer.test.ts compares the tokenizer with csv-parse on a small
 * alphabet; this reaches the code units that alphabet leaves out.
 */
const SEED = Number(process.env.DUIBIAO_FC_SEED ?? 20_201_002);

/** Any UTF-16 code unit, the CSV's own characters more often. */
const unit = fc
  .oneof(
    { arbitrary: fc.integer({ min: 0, max: 0xffff }), weight: 3 },
    { arbitrary: fc.constantFrom(0x22, 0x2c, 0x09, 0x0d, 0x0a), weight: 2 },
    { arbitrary: fc.constantFrom(0xd800, 0xdbff, 0xdc00, 0xfeff), weight: 1 },
  )
  .map((code) => String.fromCharCode(code));

const cellText = fc.string({ unit, maxLength: 8 });

/** A cell as a CSV writer quotes it. */
function quoted(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]/.test(cell)
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

describe('CsvTokenizer on cells of any code units', () => {
  it('gives back every row a CSV writer wrote, in chunks cut anywhere', () => {
    const rows = fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    });

    fc.assert(
      fc.property(
        rows,
        fc.constantFrom(',', '\t'),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (written, delimiter, end, picks) => {
          const text = written
            .map((row) => row.map((c) => quoted(c, delimiter)).join(delimiter))
            .map((line) => line + end)
            .join('');
          const cuts = picks
            .map((n) => n % (text.length + 1))
            .sort((a, b) => a - b);
          const read: { line: number; cells: string[] }[] = [];
          const tokenizer = new CsvTokenizer(delimiter as ',', (cells, line) =>
            read.push({ line, cells }),
          );

          let start = 0;
          for (const cut of [...cuts, text.length]) {
            tokenizer.push(text.slice(start, cut));
            start = cut;
          }
          tokenizer.end();

          expect(read).toEqual(
            written.map((cells, index) => ({ line: index + 1, cells })),
          );
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

let dir: string;

beforeAll(async () => {
  dir = await makeFolder({});
});

afterAll(removeFolders);

/** What reading the folder came to: read, or refused as unusable. */
async function readOrRefuse(): Promise<'read' | 'refused'> {
  try {
    const result = await readFolder(dir);
    expectBalanced(result);
    const codes: readonly string[] = REJECTION_CODES;
    const lines = result.rejected.map((r) => `${r.table}:${r.line}`);
    expect(new Set(lines).size).toBe(lines.length);
    for (const rejection of result.rejected) {
      expect(codes).toContain(rejection.code);
      expect(rejection.line).toBeGreaterThan(0);
    }

    return 'read';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);

    return 'refused';
  }
}

const HEADERS = Object.values(households.fields).map((f) => f.header);

/** A households file: a header with 户编号, then lines of any text. */
const householdsText = fc
  .tuple(
    fc.shuffledSubarray(HEADERS.slice(1), { maxLength: 6 }),
    fc.array(fc.string({ unit, maxLength: 30 }), { maxLength: 8 }),
  )
  .map(([headers, lines]) =>
    [['户编号', ...headers].join(','), ...lines].join('\r\n'),
  );

describe('readFolder on a households file of any text', () => {
  it('reads CSV in UTF-8, UTF-8 with BOM or UTF-16, or refuses it', async () => {
    const outcomes = { read: 0, refused: 0 };
    const encode = {
      utf8: (text: string) => Buffer.from(text, 'utf8'),
      bom: (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8'),
      // Lone surrogates survive UTF-16, where UTF-8 turns them into U+FFFD.
      utf16: (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le'),
    };

    await fc.assert(
      fc.asyncProperty(
        householdsText,
        fc.constantFrom(...(Object.keys(encode) as (keyof typeof encode)[])),
        async (text, encoding) => {
          await writeFile(join(dir, 'households.csv'), encode[encoding](text));
          outcomes[await readOrRefuse()] += 1;
        },
      ),
      { seed: SEED + 1, numRuns: 300 },
    );

    // Most texts are read: the property is about rows, not refusals.
    expect(outcomes.read).toBeGreaterThan(outcomes.refused);
  });

  it('reads a members file of JSON of any shape, or refuses it', async () => {
    const outcomes = { read: 0, refused: 0 };
    const key = fc.oneof(
      fc.constantFrom('idNumber', '出生日期', '性别', '姓名'),
      fc.constantFrom('__proto__', 'constructor', 'toString'),
      fc.string({ unit, maxLength: 4 }),
    );
    const value = fc.jsonValue({ maxDepth: 2 });
    // Rows with the two key columns are read; the rest is mostly refused.
    const member = fc
      .tuple(value, value, fc.dictionary(key, value, { maxKeys: 3 }))
      .map(([householdId, idNumber, rest]) => ({
        householdId,
        idNumber,
        ...rest,
      }));
    const json = fc.oneof(
      {
        arbitrary: fc.array(member, { minLength: 1, maxLength: 5 }),
        weight: 4,
      },
      {
        arbitrary: fc.array(fc.dictionary(key, value), { maxLength: 5 }),
        weight: 1,
      },
      { arbitrary: fc.array(value, { maxLength: 4 }), weight: 1 },
      { arbitrary: value, weight: 1 },
    );

    await fc.assert(
      fc.asyncProperty(json, async (data) => {
        const path = join(dir, 'households.csv');
        await writeFile(path, '户编号\nH1\n');
        await writeFile(
          join(dir, 'members.json'),
          JSON.stringify(data) ?? 'null',
        );
        outcomes[await readOrRefuse()] += 1;
      }),
      { seed: SEED + 2, numRuns: 300 },
    );

    expect(outcomes.read).toBeGreaterThan(outcomes.refused);
  });
});

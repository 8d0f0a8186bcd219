import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { writeFindingsCsv, writeFindingsXlsx } from '@duibiao/io';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

import { PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';
import { openWorkbook, sheetRows } from './__fixtures__/workbook.js';

afterAll(removeFolders);

/**
 * A finding whose texts start with the full-width forms of formula
 * signs, and hold characters no XML may carry. A finding's texts come
 * from the input and from a plugin's messages, so the writers must not
 * count on the reader having made them half-width.
 */
const WIDE: Finding = {
  ...PLAIN,
  findingId: 'f-wide',
  village: '＝HYPERLINK("http://x")',
  householdId: '＋1',
  memberId: null,
  message: '－500 元\u0001\uFFFE\uFFFF',
  department: '＠部门',
  basis: 'a\u0000b',
};

/** The cells of WIDE as both files must write them, worked out by hand. */
const VILLAGE = `'＝HYPERLINK("http://x")`;
const HOUSEHOLD = "'＋1";
const DEPARTMENT = "'＠部门";

describe('texts a spreadsheet could take for formulas or refuse', () => {
  it('findings.csv neutralises full-width formula signs and keeps other text as it is', async () => {
    const path = join(await makeFolder({}), 'findings.csv');
    await writeFindingsCsv(path, [WIDE]);
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const [, row] = parse(text) as string[][];

    expect(row?.[8]).toBe(VILLAGE);
    expect(row?.[9]).toBe(`\t${HOUSEHOLD}`);
    expect(row?.[11]).toBe("'－500 元\u0001\uFFFE\uFFFF");
    expect(row?.[12]).toBe('a\u0000b');
    expect(row?.[13]).toBe(DEPARTMENT);
  });

  it('findings.xlsx neutralises them too, and writes what XML refuses as U+FFFD', async () => {
    const path = join(await makeFolder({}), 'findings.xlsx');
    await writeFindingsXlsx(path, [WIDE]);
    // Opening it at all is the test that no character XML refuses is in it.
    const book = await openWorkbook(path);
    const sheet = book.getWorksheet(PLAIN.township ?? '');
    const [header, row] = sheetRows(sheet!);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];

    expect(cell('村')).toBe(VILLAGE);
    expect(cell('户编号')).toBe(HOUSEHOLD);
    expect(cell('问题描述')).toBe("'－500 元\uFFFD\uFFFD\uFFFD");
    expect(cell('政策依据')).toBe('a\uFFFDb');
    expect(cell('责任部门')).toBe(DEPARTMENT);
  });
});

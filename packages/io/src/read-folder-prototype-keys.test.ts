import { readFolder } from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);
afterEach(() => {
  // Nothing read may have reached every object.
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(
    'polluted',
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Names every object has, used as headers and as cell text. */
const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
];

/** Each name as an extra column holding the text `v-<name>`. */
const EXPECTED_EXTRA = Object.fromEntries(
  NAMES.map((name) => [name, `v-${name}`]),
);

/** The extra columns of a record as plain entries, prototype aside. */
const extraOf = (record: { extra?: Record<string, string> } | undefined) =>
  Object.entries(record?.extra ?? {});

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户信息');
  for (const row of rows) sheet.addRow(row);

  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('headers and keys named like an object prototype’s', () => {
  it('are extra columns of a CSV file, each keeping its text', async () => {
    const dir = await makeFolder({
      'households.csv': [
        `户编号,户类型,${NAMES.join(',')}`,
        `H1,贫困户,${NAMES.map((name) => `v-${name}`).join(',')}`,
        `H2,${NAMES.join(',')},x`.replace('H2,__proto__', 'H2,贫困户'),
        '',
      ].join('\n'),
    });
    const result = await readFolder(dir);
    const [one, two] = result.dataset.households;

    expectBalanced(result);
    expect(result.rejected).toEqual([]);
    expect(extraOf(one)).toEqual(Object.entries(EXPECTED_EXTRA));
    // The second row's extra cells hold the names themselves as text.
    expect(extraOf(two)).toEqual([
      ['__proto__', 'constructor'],
      ['constructor', 'prototype'],
      ['prototype', 'hasOwnProperty'],
      ['hasOwnProperty', 'toString'],
      ['toString', 'x'],
    ]);
    expect(Object.hasOwn(one?.extra ?? {}, '__proto__')).toBe(true);
  });

  it('are extra columns of a workbook, as in CSV', async () => {
    const dir = await makeFolder({
      'households.xlsx': await workbook([
        ['户编号', '户类型', ...NAMES],
        ['H1', '贫困户', ...NAMES.map((name) => `v-${name}`)],
      ]),
    });
    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.rejected).toEqual([]);
    expect(extraOf(result.dataset.households[0])).toEqual(
      Object.entries(EXPECTED_EXTRA),
    );
  });

  it('are keys of JSON objects kept as extra columns, an object value as its JSON text', async () => {
    // JSON.parse makes "__proto__" a key of the object's own.
    const text = `[{"户编号":"H1","户类型":"贫困户","__proto__":{"polluted":1},"constructor":"c","toString":"t"},{"户编号":"H2","户类型":"贫困户"}]`;
    const dir = await makeFolder({ 'households.json': text });
    const result = await readFolder(dir);
    const [one, two] = result.dataset.households;

    expectBalanced(result);
    expect(result.rejected).toEqual([]);
    expect(extraOf(one)).toEqual([
      ['__proto__', '{"polluted":1}'],
      ['constructor', 'c'],
      ['toString', 't'],
    ]);
    // H2 lacks those keys: it has no extra cells, and finds none of
    // Object.prototype's.
    expect(two?.extra).toBeUndefined();
    expect(two?.householdType).toBe('贫困户');
  });

  it('as a cell of a field column are text like any other', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号,户类型\n__proto__,贫困户\n',
      'villages.csv': '行政区划代码,村名\n610124101201,__proto__\n',
    });
    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.dataset.households[0]?.householdId).toBe('__proto__');
    expect(result.dataset.villages[0]?.name).toBe('__proto__');
  });
});

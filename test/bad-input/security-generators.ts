import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import type { CaseGenerator } from './generators.js';

/** The names every object has, as a workbook's headers. */
const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
];

/**
 * Generators of the security cases: inputs a hostile or careless export
 * could hold that are better built by code. Keep them sorted by name.
 */
export const securityGenerators: Readonly<Record<string, CaseGenerator>> = {
  // 户信息.xlsx: headers 户编号, 行政区划代码, 户类型, 人均纯收入（元）
  // and the five names every object has. H1's extra cells are v1 to v5;
  // H2's constructor cell is the formula =HYPERLINK("http://x","y")
  // saved with its result y, its other extra cells empty.
  'security-prototype-headers-xlsx': async (folder) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('户信息');
    sheet.addRow([
      '户编号',
      '行政区划代码',
      '户类型',
      '人均纯收入（元）',
      ...PROTOTYPE_NAMES,
    ]);
    sheet.addRow([
      'H1',
      '610124101201',
      '贫困户',
      5000,
      'v1',
      'v2',
      'v3',
      'v4',
      'v5',
    ]);
    sheet.addRow([
      'H2',
      '610124101201',
      '贫困户',
      5000,
      null,
      { formula: 'HYPERLINK("http://x","y")', result: 'y' },
    ]);
    await writeFile(
      join(folder, '户信息.xlsx'),
      new Uint8Array(await book.xlsx.writeBuffer()),
    );
  },
};

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { zipBomb } from '../../packages/io/src/__fixtures__/zip-bomb.js';
import type { CaseGenerator } from './generators.js';

const HEADER = '户编号,行政区划代码,户类型,帮扶责任人';

/**
 * Generators of the limits cases: cells, headers and files too large to
 * commit, or binary. Keep them sorted by name.
 */
export const limitGenerators: Readonly<Record<string, CaseGenerator>> = {
  // 户信息.csv: H1's 帮扶责任人 is 32,767 x (as many characters as an
  // Excel cell holds), H2's 32,768 y.
  'limits-cell-at-excel-limit': async (folder) => {
    const rows = [
      HEADER,
      `H1,610124102230,贫困户,${'x'.repeat(32_767)}`,
      `H2,610124102230,贫困户,${'y'.repeat(32_768)}`,
    ];
    await writeFile(join(folder, '户信息.csv'), `${rows.join('\r\n')}\r\n`);
  },

  // 户信息.csv: H1 as it should be; H2's 帮扶责任人 is a million x.
  'limits-cell-of-a-million-characters-csv': async (folder) => {
    const rows = [
      HEADER,
      'H1,610124102230,贫困户,张三',
      `H2,610124102230,贫困户,${'x'.repeat(1_000_000)}`,
    ];
    await writeFile(join(folder, '户信息.csv'), `${rows.join('\r\n')}\r\n`);
  },

  // 户信息.xlsx, sheet 户信息: header 户编号, 行政区划代码, 户类型, 备注;
  // H1's 备注 is 二组, H2's a million 备.
  'limits-cell-of-a-million-characters-xlsx': async (folder) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('户信息');
    sheet.addRow(['户编号', '行政区划代码', '户类型', '备注']);
    sheet.addRow(['H1', '610124102230', '贫困户', '二组']);
    sheet.addRow(['H2', '610124102230', '贫困户', '备'.repeat(1_000_000)]);
    const bytes = await book.xlsx.writeBuffer();
    await writeFile(join(folder, '户信息.xlsx'), new Uint8Array(bytes));
  },

  // 户信息.json: 4,000 households H1 … H4000 (行政区划代码 610124102230,
  // 户类型 贫困户), each with four keys of its own drawn in turn from k1 …
  // k16000: 16,003 different keys in all, within the 16,384 a table may
  // have, but 64 million cells if each row held one for every key.
  'limits-json-keys-of-their-own': async (folder) => {
    const items = Array.from({ length: 4000 }, (_, n) => {
      const own = Array.from({ length: 4 }, (_, k) => [
        `k${((n * 4 + k) % 16_000) + 1}`,
        '是',
      ]);
      const row = { 户编号: `H${n + 1}`, 行政区划代码: '610124102230' };
      return { ...row, 户类型: '贫困户', ...Object.fromEntries(own) };
    });
    await writeFile(join(folder, '户信息.json'), JSON.stringify(items));
  },

  // 户信息.json: 2,000 objects, each with 户编号 H1, H2, … and ten keys
  // of its own (k1_1 … k1_10 for H1): 20,001 different keys in all.
  'limits-json-keys-without-end': async (folder) => {
    const items = Array.from({ length: 2000 }, (_, n) => {
      const own = Array.from({ length: 10 }, (_, k) => [
        `k${n + 1}_${k + 1}`,
        1,
      ]);
      return { 户编号: `H${n + 1}`, ...Object.fromEntries(own) };
    });
    await writeFile(join(folder, '户信息.json'), JSON.stringify(items));
  },

  // 户信息.csv whose header is 户编号 and then 列1 … 列16384: 16,385
  // columns, one more than an Excel sheet has; one row, H1.
  'limits-too-many-columns': async (folder) => {
    const others = Array.from({ length: 16_384 }, (_, n) => `列${n + 1}`);
    const text = `户编号,${others.join(',')}\r\nH1\r\n`;
    await writeFile(join(folder, '户信息.csv'), text);
  },

  // 户信息.xlsx, sheet 户信息: 户编号 in A1, 行政区划代码 in B1, nothing
  // more in the header; then 2,000 households H1 … H2000 (610124102230),
  // each with 是 in column XFD, the 16,384th and last.
  'limits-workbook-cells-in-column-xfd': async (folder) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('户信息');
    sheet.addRow(['户编号', '行政区划代码']);
    for (let n = 1; n <= 2000; n += 1) {
      const row = sheet.addRow([`H${n}`, '610124102230']);
      row.getCell(16_384).value = '是';
    }
    const bytes = await book.xlsx.writeBuffer();
    await writeFile(join(folder, '户信息.xlsx'), new Uint8Array(bytes));
  },

  // 户信息.xlsx of about 3 MB whose one sheet unpacks to 1 GiB: a header
  // row and the same household row repeated, as its zip declares.
  'limits-zip-bomb': async (folder) => {
    await writeFile(join(folder, '户信息.xlsx'), zipBomb({ mebibytes: 1024 }));
  },

  // 户信息.xlsx whose sheet declares 4,096 bytes in its zip directory but
  // unpacks to 64 MiB: a check of declared sizes alone would believe it.
  'limits-zip-part-lies-about-its-size': async (folder) => {
    const bomb = zipBomb({ mebibytes: 64, declare: 'lie' });
    await writeFile(join(folder, '户信息.xlsx'), bomb);
  },
};

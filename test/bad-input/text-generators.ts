import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import iconv from 'iconv-lite';

import type { CaseGenerator } from './generators.js';

/** Rows as CSV text: comma-separated, CRLF as Excel ends lines. */
function csv(rows: readonly string[][]): string {
  return rows.map((row) => row.join(',') + '\r\n').join('');
}

const HOUSEHOLDS = [
  ['户编号', '行政区划代码', '户类型', '人均纯收入（元）'],
  ['H1', '610124102230', '贫困户', '5200'],
  ['H2', '610124102230', '已脱贫户', '4800'],
];

const MEMBERS = [
  ['户编号', '证件号码', '姓名', '与户主关系', '性别', '出生日期'],
  ['H1', '610124198001010136', '王大', '户主', '男', '1980-01-01'],
  ['H2', '610124198202020226', '刘㛃', '户主', '女', '1982-02-02'],
];

/** Writes a file's bytes into the case's folder. */
function put(folder: string, name: string, bytes: Buffer): Promise<void> {
  return writeFile(join(folder, name), bytes);
}

/**
 * Generators of CSV files in the encodings Excel and WPS write on Chinese
 * Windows, and of files in no encoding the reader takes. They write
 * {@link HOUSEHOLDS} (two households), some {@link MEMBERS} too (two
 * members, the second named 刘㛃: 㛃 is four bytes in GB18030 and not
 * in GBK).
 */
export const textGenerators: Readonly<Record<string, CaseGenerator>> = {
  // Excel's "CSV (comma delimited)" on Chinese Windows: GBK. The members
  // file is GB18030, since GBK has no 㛃.
  'gbk-and-gb18030': async (folder) => {
    await put(folder, '户信息.csv', iconv.encode(csv(HOUSEHOLDS), 'gbk'));
    await put(folder, '人员信息.csv', iconv.encode(csv(MEMBERS), 'gb18030'));
  },

  // One folder, two encodings: households in GBK, members in UTF-8 with
  // a byte-order mark ("CSV UTF-8" in Excel 2016 and later).
  'gbk-households-utf8-bom-members': async (folder) => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const members = Buffer.concat([bom, Buffer.from(csv(MEMBERS))]);
    await put(folder, '户信息.csv', iconv.encode(csv(HOUSEHOLDS), 'gbk'));
    await put(folder, '人员信息.csv', members);
  },

  // GBK text whose second household's 户类型 has a byte 0xFF in it, which
  // starts no character in GBK, GB18030 or UTF-8.
  'stray-byte': async (folder) => {
    const text = iconv.encode(csv(HOUSEHOLDS), 'gbk');
    const at = text.lastIndexOf(iconv.encode('已脱贫户', 'gbk'));
    const bytes = Buffer.concat([
      text.subarray(0, at),
      Buffer.from([0xff]),
      text.subarray(at),
    ]);
    await put(folder, '户信息.csv', bytes);
  },

  // UTF-16 big-endian with its byte-order mark, comma-separated.
  'utf16be-with-bom': async (folder) => {
    const little = Buffer.from(csv(HOUSEHOLDS), 'utf16le');
    const big = Buffer.from(little).swap16();
    await put(
      folder,
      '户信息.csv',
      Buffer.concat([Buffer.from([0xfe, 0xff]), big]),
    );
  },

  // UTF-16 little-endian, tab-separated, without a byte-order mark.
  'utf16le-without-bom': async (folder) => {
    const text = HOUSEHOLDS.map((row) => row.join('\t') + '\r\n').join('');
    await put(folder, '户信息.csv', Buffer.from(text, 'utf16le'));
  },

  // A byte-order mark that says UTF-8 in front of GBK text.
  'utf8-bom-on-gbk-text': async (folder) => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const gbk = iconv.encode(csv(HOUSEHOLDS), 'gbk');
    await put(folder, '户信息.csv', Buffer.concat([bom, gbk]));
  },

  // An Excel 97–2003 workbook (its compound-file signature and some
  // padding) saved under the name 户信息.csv.
  'xls-named-csv': async (folder) => {
    const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const bytes = Buffer.concat([Buffer.from(signature), Buffer.alloc(504)]);
    await put(folder, '户信息.csv', bytes);
  },
};

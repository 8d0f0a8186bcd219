import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { limitGenerators } from './limit-generators.js';
import { linkGenerators } from './link-generators.js';
import { securityGenerators } from './security-generators.js';
import { textGenerators } from './text-generators.js';
import { xlsxGenerators } from './xlsx-generators.js';

/**
 * Writes a case's input files into `folder` (empty, already made): files
 * better built by code than committed — binary workbooks, other
 * encodings, huge cells. A case names one by its key in
 * {@link generators} in `"generate"`, and then has no `input/` folder.
 */
export type CaseGenerator = (folder: string) => Promise<void>;

/** Text as UTF-16 little-endian with its byte-order mark. */
function utf16le(text: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(text, 'utf16le'),
  ]);
}

/** Lines as Excel's "Unicode text" writes them: tabs, CRLF. */
function unicodeText(rows: readonly string[][]): Buffer {
  return utf16le(rows.map((row) => row.join('\t') + '\r\n').join(''));
}

/**
 * The generators, by the name a case.json gives in `"generate"`. Keep
 * them sorted by name; each says in a comment what it writes.
 */
export const generators: Readonly<Record<string, CaseGenerator>> = {
  // Excel's "Save as Unicode text" (UTF-16LE with BOM, tab-separated,
  // CRLF), renamed .csv as the README asks. Two households; the
  // second's 人均纯收入 is 3,000.5.
  'excel-unicode-text': async (folder) => {
    const rows = [
      ['户编号', '行政区划代码', '户类型', '人均纯收入（元）'],
      ['H1', '610124102230', '贫困户', '5200'],
      ['H2', '610124102230', '已脱贫户', '3,000.5'],
    ];
    await writeFile(join(folder, '户信息.csv'), unicodeText(rows));
  },
  ...limitGenerators,
  ...linkGenerators,
  ...securityGenerators,
  ...textGenerators,
  ...xlsxGenerators,
};

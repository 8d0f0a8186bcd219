import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { writeFindingsXlsx } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';
import {
  openWorkbook,
  sheetNamed,
  sheetRows,
} from './__fixtures__/workbook.js';

afterAll(removeFolders);

const LIMIT = 32_767;
const MARK = '…（超过单元格上限，已截断）';
// A village named with as many characters as a cell holds, and a message
// that quotes it with six more: 32,773 characters.
const VILLAGE = '村'.repeat(LIMIT);
const MESSAGE = `村名为 ${VILLAGE} 。`;

describe('writeFindingsXlsx: cell limits', () => {
  it('cuts a cell past 32,767 characters to that length, ending in a mark', async () => {
    const finding: Finding = {
      ...PLAIN,
      township: '甲镇',
      village: VILLAGE,
      message: MESSAGE,
      // An emoji (two UTF-16 units) across the cut is not split in half.
      basis: `${'a'.repeat(LIMIT - MARK.length - 1)}😀${'b'.repeat(20)}`,
    };
    const path = join(await makeFolder({}), 'findings.xlsx');

    await writeFindingsXlsx(path, [finding]);

    const workbook = await openWorkbook(path);
    const cells = workbook.worksheets.flatMap((sheet) =>
      sheetRows(sheet).flat(),
    );
    const texts = cells.filter((cell) => typeof cell === 'string');
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LIMIT);

    const row = sheetRows(sheetNamed(workbook, '甲镇'))[1] ?? [];
    expect(row).toContain(VILLAGE);
    const message = `村名为 ${'村'.repeat(LIMIT - 4 - MARK.length)}${MARK}`;
    expect(message.length).toBe(LIMIT);
    expect(row).toContain(message);
    expect(row).toContain(`${'a'.repeat(LIMIT - MARK.length - 1)}${MARK}`);
  });
});

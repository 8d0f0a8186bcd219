import { readFolder } from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

/**
 * A workbook whose visible sheet 2020年9月 holds this month's three
 * households, with last year's two kept in a hidden sheet named 户信息.
 */
async function hiddenNamedSheet(
  state: 'hidden' | 'veryHidden',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet('2020年9月')
    .addRows([
      ['户编号', '户类型', '人口数'],
      ['H1', '贫困户', 3],
      ['H2', '贫困户', 4],
      [],
      ['H3', '一般农户', 2],
    ]);
  const old = workbook.addWorksheet('户信息');
  old.addRows([
    ['户编号', '户类型'],
    ['H8', '贫困户'],
    ['H9', '贫困户'],
  ]);
  old.state = state;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readFolder: which sheet of a workbook', () => {
  it.each(['hidden', 'veryHidden'] as const)(
    'reads a visible sheet before a %s one named after the table',
    async (state) => {
      const dir = await makeFolder({
        '户信息.xlsx': await hiddenNamedSheet(state),
      });

      const result = await readFolder(dir);

      const [table] = result.tables;
      expect(table?.sheet).toBe('2020年9月');
      expect(table?.otherSheets).toEqual([
        { name: '户信息', hidden: true, rows: 2 },
      ]);
      expect(result.dataset.households.map((h) => h.householdId)).toEqual([
        'H1',
        'H2',
        'H3',
      ]);
    },
  );

  it('reads the visible sheet named after the table before a wider one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('汇总').addRows([
      ['户编号', '户类型', '人口数'],
      ['H7', '贫困户', 3],
    ]);
    workbook.addWorksheet('households').addRows([['户编号'], ['H1']]);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expect(result.tables[0]?.sheet).toBe('households');
    expect(result.tables[0]?.otherSheets).toEqual([
      { name: '汇总', hidden: false, rows: 1 },
    ]);
  });

  it('names no other sheet when one alone holds the key column', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由乡镇填报']);
    workbook.addWorksheet('表').addRows([['户编号'], ['H1']]);
    const dir = await makeFolder({
      'households.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()),
    });

    const result = await readFolder(dir);

    expect(result.tables[0]?.sheet).toBe('表');
    expect(result.tables[0]).not.toHaveProperty('otherSheets');
  });
});

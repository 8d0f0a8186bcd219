import { checkFolder, readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

// Line 3 holds a note in 备注 alone, line 4 only its 序号 (a template's
// numbering), line 6 is empty, lines 7 and 8 hold notes again: three rows
// of text passed over as blank, five blank rows in all.
const HOUSEHOLDS = [
  '序号,户编号,户类型,备注',
  '1,H1,贫困户,',
  ',,,该户2020年已整户迁出',
  '3,,,',
  '4,H2,一般农户,',
  ',,,',
  ',,,见附件',
  ',,,  待核实 ',
].join('\n');

const MEMBERS =
  '户编号,证件号码\nH1,610102199001011234\nH2,610102199202021234\n';

describe('readFolder: blank rows holding text', () => {
  it('counts the rows passed over as blank that hold text, with their lines', async () => {
    const dir = await makeFolder({ 'households.csv': HOUSEHOLDS });

    const result = await readFolder(dir);

    const [table] = result.tables;
    expect(table?.read).toBe(2);
    expect(table?.blankRows).toBe(5);
    expect(table?.blankRowsWithText).toEqual({ count: 3, lines: [3, 7, 8] });
  });

  it('leaves it out when the blank rows hold no text', async () => {
    const dir = await makeFolder({ 'households.csv': '户编号,备注\nH1,\n,\n' });

    const result = await readFolder(dir);

    expect(result.tables[0]).not.toHaveProperty('blankRowsWithText');
  });

  it('counts them the same when the folder is checked in parts', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
    });

    const { read } = await checkFolder(dir, {
      plugins: [],
      asOf: '2020-09-30',
      parts: 2,
    });

    const households = read.tables.find((t) => t.table === 'households');
    expect(households?.blankRowsWithText).toEqual({
      count: 3,
      lines: [3, 7, 8],
    });
  });
});

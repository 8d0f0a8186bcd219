import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

const HOUSEHOLDS = [
  '户编号,户类型',
  'H1,贫困户',
  'H2,贫困户',
  'H3,一般农户',
  'H4,坏',
  'H5,贫困户',
].join('\n');

describe('readFolder: households with rejected members', () => {
  it('lists each checked household named by a rejected member row, sorted and once', async () => {
    const members = [
      '户编号,证件号码,性别',
      'H3,610102199001011236,坏',
      'H1,11010519491231002X,女',
      ' H1 ,610102199001011234,未知',
      'H2,610102199202021234,男,多出的一格',
      'H3,610102199001011238,不详',
      'H9,610102199001011235,男',
      ',610102199001011237,坏',
      'H4,610102199001011239,男',
      'H5,610102199001011240,男',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': members,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // Lines 2 and 6 (H3), 4 (H1, spaces trimmed as core trims them) and
    // 5 (H2, a cell too many) are rejected rows of checked households.
    // Line 7 names no checked household, line 8 names none at all, and
    // line 9 names H4, whose own row was rejected: none of them counts.
    expect(result.tables[1]).toMatchObject({ read: 9, checked: 2 });
    expect(result.dataset.incompleteHouseholds).toEqual(['H1', 'H2', 'H3']);
  });

  it('leaves the list out when every member row is checked', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': '户编号,证件号码\nH1,11010519491231002X\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset).not.toHaveProperty('incompleteHouseholds');
  });

  it('counts a JSON member row rejected for an unreadable cell, not one without a single household number', async () => {
    const members = JSON.stringify([
      { householdId: 'H2', idNumber: '610102199202021234', sex: { x: 1 } },
      { householdId: ['H1'], idNumber: '11010519491231002X', sex: '坏' },
      'not a row',
    ]);
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.json': members,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // The second element's household is a list, not one household
    // number, and the third is no object: neither names a household.
    expect(result.tables[1]).toMatchObject({ read: 3, rejected: 3 });
    expect(result.dataset.incompleteHouseholds).toEqual(['H2']);
  });
});

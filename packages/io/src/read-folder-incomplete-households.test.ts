import { createChecker, type FactDefinition, type Plugin } from '@duibiao/core';
import { buildSummary, readFolder } from '@duibiao/io';
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

const HEADS: FactDefinition<'household'> = {
  name: 'heads',
  subject: 'household',
  type: 'number',
  description: 'Members recorded as head of the household.',
  inputs: ['members.relation'],
  compute: ({ members }) =>
    members.filter((member) => member.relation === '户主').length,
};

const NO_HEAD: Plugin = {
  name: '@duibiao/plugin-test',
  id: 'test',
  version: '1.0.0',
  facts: [HEADS],
  rules: [
    {
      id: 'test/no-head',
      subject: 'household',
      category: 'data-error',
      indicator: 'consistency',
      severity: 'medium',
      title: '户主 0 人',
      basis: '测试依据',
      department: '乡村振兴部门',
      action: '核实',
      conditions: { all: [{ fact: 'heads', operator: 'equal', value: 0 }] },
      message: { zh: '户内无户主', en: 'The household has no head' },
    },
  ],
};

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
    expect(result.dataset.unplacedMembers).toBe(2);
  });

  it('keeps a household whose head row was rejected from looking headless', async () => {
    const dir = await makeFolder({
      'households.csv': '户编号\nH1\nH2\n',
      'members.csv': [
        '户编号,证件号码,与户主关系,性别',
        'H1,11010519491231002X,户主,坏',
        'H1,610102199001011234,配偶,女',
      ].join('\n'),
    });
    const read = await readFolder(dir);
    const checker = createChecker({ plugins: [NO_HEAD], asOf: '2020-09-30' });

    const check = await checker.check(read.dataset);
    const summary = buildSummary({ folder: dir, read, check, durationMs: 0 });

    // H2 has no member row at all and is headless; H1's head row was
    // rejected, so its head count is unknown, not 0.
    expect(check.findings.map((finding) => finding.householdId)).toEqual([
      'H2',
    ]);
    expect(summary.unknown['test/no-head']).toMatchObject({
      count: 1,
      examples: ['H:H1'],
    });
  });
});

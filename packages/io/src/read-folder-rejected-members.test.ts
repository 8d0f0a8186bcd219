import {
  createChecker,
  type FactDefinition,
  type Plugin,
  type RuleDefinition,
} from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import {
  expectBalanced,
  makeFolder,
  removeFolders,
} from './__fixtures__/folders.js';

afterAll(removeFolders);

const RULE = {
  category: 'data-error',
  indicator: 'consistency',
  severity: 'medium',
  basis: '测试依据',
  department: '乡村振兴部门',
  action: '核实',
} as const;

const MEMBER_COUNT: FactDefinition<'household'> = {
  name: 'memberCount',
  subject: 'household',
  type: 'number',
  description: 'Member rows of the household.',
  inputs: ['members.idNumber'],
  compute: ({ members }) => members.length,
};

const HOLDERS: FactDefinition<'member'> = {
  name: 'holders',
  subject: 'member',
  type: 'number',
  description: 'Member rows, checked or rejected, with this ID number.',
  inputs: ['members.idNumber'],
  compute: ({ member }, { index }) =>
    member.idNumber === undefined
      ? undefined
      : index.membersWithId(member.idNumber),
};

const ALONE: RuleDefinition = {
  ...RULE,
  id: 'test/alone',
  subject: 'household',
  title: '一人户',
  conditions: { all: [{ fact: 'memberCount', operator: 'equal', value: 1 }] },
  message: { zh: '一人户', en: 'One member' },
};

const TWICE: RuleDefinition = {
  ...RULE,
  id: 'test/id-twice',
  subject: 'member',
  title: '证件号码重复',
  conditions: {
    all: [{ fact: 'holders', operator: 'greaterThan', value: 1 }],
  },
  message: { zh: '证件号码重复', en: 'ID number held twice' },
};

const PLUGIN: Plugin = {
  name: '@duibiao/plugin-test',
  id: 'test',
  version: '1.0.0',
  facts: [MEMBER_COUNT, HOLDERS],
  rules: [ALONE, TWICE],
};

const HOUSEHOLDS = '户编号\nH1\nH2\n';

describe('readFolder: member rows that cannot be placed', () => {
  it('counts rejected member rows whose 户编号 is blank or unreadable', async () => {
    const members = [
      '户编号,证件号码,与户主关系',
      'H1,11010519491231002X,户主',
      // A 户编号 merged down two rows, as CSV keeps it: blank below.
      ',610102199001011234,配偶',
      '6.10124E+15,610102199202021234,之子',
      "',610102199001011236,之女",
      // Readable, and names no household: placed, if nowhere.
      'H9,610102199001011235,户主',
      // Readable and rejected for another cell: placed in H2.
      'H2,610102199001011237,坏',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': members,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    expect(result.tables[1]).toMatchObject({ read: 6, rejected: 5 });
    expect(result.dataset.unplacedMembers).toBe(3);
    expect(result.dataset.incompleteHouseholds).toEqual(['H2']);
  });

  it('leaves the count out when every rejected member row is placed', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': '户编号,证件号码,性别\nH1,11010519491231002X,坏\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset).not.toHaveProperty('unplacedMembers');
  });

  it('makes every household’s member facts unknown while a row is unplaced', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': [
        '户编号,证件号码',
        'H1,11010519491231002X',
        'H2,610102199001011234',
        ',610102199202021234',
      ].join('\n'),
    });
    const read = await readFolder(dir);
    const checker = createChecker({ plugins: [PLUGIN], asOf: '2020-09-30' });

    const check = await checker.check(read.dataset);

    // Each household shows one member, but the third row may be either's.
    expect(check.findings.filter((f) => f.ruleId === 'test/alone')).toEqual([]);
    const alone = check.stats.rules.find((r) => r.ruleId === 'test/alone');
    expect(alone).toMatchObject({ unknown: 2, fired: 0 });
  });
});

describe('readFolder: ID numbers of rejected member rows', () => {
  it('lists readable ID numbers of rejected rows as core reads them', async () => {
    const members = [
      '户编号,证件号码,性别',
      'H1,11010519491231002x,女',
      'H1,１１０１０５１９４９１２３１００２ｘ,坏',
      "H2,'610102199001011234,坏",
      'H2,1.10105E+17,坏',
      'H2,,坏',
      'H2,610102199202021234,男',
      'H9,="610102199202021234",男',
    ].join('\n');
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': members,
    });

    const result = await readFolder(dir);

    expectBalanced(result);
    // Line 5's ID lost its digits and line 6 has none; line 8 is rejected
    // for its household, and its ID number is read all the same.
    expect(result.dataset.rejectedMemberIds).toEqual([
      '11010519491231002X',
      '610102199001011234',
      '610102199202021234',
    ]);
  });

  it('leaves the list out when no rejected member row has a readable ID', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': '户编号,证件号码\nH1,11010519491231002X\nH1,1.10105E+17\n',
    });

    const result = await readFolder(dir);

    expect(result.dataset).not.toHaveProperty('rejectedMemberIds');
  });

  it('finds an ID number held twice when one of its rows is rejected', async () => {
    const dir = await makeFolder({
      'households.csv': HOUSEHOLDS,
      'members.csv': [
        '户编号,证件号码,性别',
        'H1,11010519491231002X,女',
        'H2,11010519491231002X,坏',
        'H2,610102199001011234,男',
      ].join('\n'),
    });
    const read = await readFolder(dir);
    const checker = createChecker({ plugins: [PLUGIN], asOf: '2020-09-30' });

    const check = await checker.check(read.dataset);

    const twice = check.findings.filter((f) => f.ruleId === 'test/id-twice');
    expect(twice.map((f) => [f.householdId, f.memberId])).toEqual([
      ['H1', '11010519491231002X'],
    ]);
  });
});

import {
  type Checker,
  type Dataset,
  type FactDefinition,
  idCheckCharacter,
  type Plugin,
  type RuleDefinition,
  type TopLevelCondition,
} from '@duibiao/core';
import { checkFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

/**
 * A `check` hook (how `--engine duckdb` checks) no longer makes a large
 * registry-only folder be read whole: each part is checked with the
 * hook, and the parts' results merge as the in-process parts' do.
 */
const rule = (
  id: string,
  subject: 'household' | 'member',
  conditions: TopLevelCondition,
): RuleDefinition => ({
  id: `t/${id}`,
  subject,
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: id,
  basis: 'test',
  department: 'test',
  action: '核实',
  conditions,
  message: { zh: id, en: id },
});

const idRows: FactDefinition<'member'> = {
  name: 'idRows',
  subject: 'member',
  type: 'number',
  description: 'Member rows of the whole input carrying the ID number.',
  inputs: ['members.idNumber'],
  compute: ({ member }, context) =>
    member.idNumber === undefined
      ? undefined
      : context.index.membersWithId(member.idNumber),
};

const plugin: Plugin = {
  name: 'test',
  id: 't',
  version: '1.0.0',
  facts: [idRows],
  rules: [
    rule('low', 'household', {
      all: [{ fact: 'netIncome', operator: 'lessThan', value: 1000 }],
    }),
    rule('twice', 'member', {
      all: [{ fact: 'idRows', operator: 'greaterThan', value: 1 }],
    }),
  ],
};

const id = (first17: string) => first17 + idCheckCharacter(first17);
// TWIN is held by a member of A1 (county 610124) and one of C1 (610329).
const TWIN = id('61012419800101001');
const OPTIONS = { plugins: [plugin], asOf: '2020-09-30' as const };

/**
 * Six households in three counties, met in the order 610124, 610222,
 * 610329: a county's households go to one part, counties taking parts
 * 0, 1, 2 in turn, so with four parts the last is empty.
 */
const folder = () =>
  makeFolder({
    '户信息.csv': [
      '户编号,行政区划代码,家庭纯收入',
      'A1,610124102230,500',
      'A2,610124102230,5000',
      'B1,610222100200,300',
      'A3,610124102231,800',
      'C1,610329100100,700',
      'B2,610222100200,9000',
      '',
    ].join('\n'),
    '人员信息.csv': [
      '户编号,证件号码,姓名,与户主关系,性别,出生日期',
      `A1,${TWIN},王一,户主,男,1980-01-01`,
      `A2,${id('61012419810202002')},王二,户主,女,1981-02-02`,
      `B1,${id('61022219820303003')},李三,户主,男,1982-03-03`,
      `C1,${TWIN},赵四,户主,男,1980-01-01`,
      `B2,${id('61022219830404004')},李五,户主,女,1983-04-04`,
      '',
    ].join('\n'),
  });

describe('checkFolder in parts with a check hook', () => {
  it('calls the hook once per part with rows, and merges as a whole check', async () => {
    const dir = await folder();
    const calls: { households: string[]; elsewhere?: readonly string[] }[] = [];
    const hook = async (checker: Checker, dataset: Dataset) => {
      calls.push({
        households: dataset.households.map((h) => h.householdId),
        ...(dataset.rejectedMemberIds
          ? { elsewhere: dataset.rejectedMemberIds }
          : {}),
      });
      return checker.check(dataset);
    };

    const split = await checkFolder(dir, { ...OPTIONS, parts: 4, check: hook });
    const whole = await checkFolder(dir, { ...OPTIONS, parts: 0 });

    // Part 3 has no county and no call. TWIN's row in the other part is
    // given to parts 0 and 2 as a row their members table lacks, so that
    // an engine counting rows in tables counts both.
    expect(calls).toEqual([
      { households: ['A1', 'A2', 'A3'], elsewhere: [TWIN] },
      { households: ['B1', 'B2'] },
      { households: ['C1'], elsewhere: [TWIN] },
    ]);
    // Incomes under 1000: A1, B1, A3, C1; TWIN is on two rows.
    const found = split.check.findings.map((f) => [
      f.ruleId,
      f.householdId,
      f.memberId ?? '',
    ]);
    expect(found.sort()).toEqual([
      ['t/low', 'A1', ''],
      ['t/low', 'A3', ''],
      ['t/low', 'B1', ''],
      ['t/low', 'C1', ''],
      ['t/twice', 'A1', TWIN],
      ['t/twice', 'C1', TWIN],
    ]);
    expect(split.check.findings).toEqual(whole.check.findings);
    expect(split.check.stats).toEqual(whole.check.stats);
    expect(split.read.tables).toEqual(whole.read.tables);
    expect(split.read.rejected).toEqual(whole.read.rejected);
  });

  it('calls the hook once with every household when the folder is read whole', async () => {
    const dir = await folder();
    const seen: number[] = [];
    const hook = async (checker: Checker, dataset: Dataset) => {
      seen.push(dataset.households.length);
      return checker.check(dataset);
    };

    await checkFolder(dir, { ...OPTIONS, check: hook });

    expect(seen).toEqual([6]);
  });
});

import type { Plugin } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../testing/fixtures.js';
import { censusIssue } from '../testing/follow-up-rows.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/census-issue-open';

function runIssues(
  issues: ReturnType<typeof censusIssue>[],
  asOf: string,
  plugin: Plugin = national,
) {
  return runRule(
    plugin,
    RULE,
    dataset({ lists: { censusIssues: issues } }),
    asOf,
  );
}

describe(RULE, () => {
  it('does not fire on the deadline itself', async () => {
    const { findings, stats } = await runIssues(
      [censusIssue({ status: '待核实' })],
      '2020-08-31',
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires the day after for an issue not cleared', async () => {
    const { findings } = await runIssues(
      [censusIssue({ status: '待核实' })],
      '2020-09-01',
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      regionCode: VILLAGE_CODE,
      action: '消疑',
      message:
        '普查疑似问题「收入核算疑似偏高」（2020-07-20 发现）状态为「待核实」，应于 2020-08-31 前消疑，已逾期',
    });
  });

  it('counts 已消疑 and 已补正 as cleared, 已核实 as not', async () => {
    const { findings } = await runIssues(
      [
        censusIssue({ issueId: 'I1', status: '已消疑' }),
        censusIssue({ issueId: 'I2', status: '已补正' }),
        censusIssue({ issueId: 'I3', status: '已核实' }),
      ],
      '2020-09-01',
    );

    expect(findings.map((f) => f.data.status)).toEqual(['已核实']);
  });

  it('reads a month-only deadline as the month’s last day', async () => {
    const due = censusIssue({ status: '待核实', deadline: '2020-08' });
    const onTime = await runIssues([due], '2020-08-31');
    const late = await runIssues([due], '2020-09-01');

    expect(onTime.findings).toHaveLength(0);
    expect(late.findings).toHaveLength(1);
  });

  it('is unknown with a blank deadline nationally, and uses a province’s default date', async () => {
    const issue = censusIssue({
      status: '待核实',
      deadline: null,
    });
    const province: Plugin = {
      name: 'test-province',
      id: 'province',
      version: '0.0.0',
      extends: [national],
      parameters: [
        {
          name: 'censusIssueDeadline',
          description: 'Suspected census problems cleared by 31 August.',
          values: [{ from: null, value: '2020-08-31' }],
        },
      ],
    };
    const alone = await runIssues([issue], '2020-09-01');
    const extended = await runIssues([issue], '2020-09-01', province);

    expect(alone.stats.unknown).toBe(1);
    expect(alone.stats.missing).toEqual({ 'censusIssues.deadline': 1 });
    expect(extended.findings.map((f) => f.data.censusIssueDueDate)).toEqual([
      '2020-08-31',
    ]);
  });

  it('is unknown when the status is blank', async () => {
    const { stats } = await runIssues(
      [censusIssue({ status: undefined })],
      '2020-09-01',
    );

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'censusIssues.status': 1 });
  });

  it('ignores an issue found after the reference date', async () => {
    const { stats } = await runIssues(
      [censusIssue({ status: '待核实', foundOn: '2020-09-05' })],
      '2020-09-01',
    );

    expect(stats.passed + stats.unknown).toBe(0);
  });
});

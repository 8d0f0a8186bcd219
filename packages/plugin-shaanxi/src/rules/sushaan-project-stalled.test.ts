import type { ProjectRecord } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  VILLAGE_CODE,
} from '../../../plugin-national/src/testing/fixtures.js';
import { runRule } from '../../../plugin-national/src/testing/run.js';

const RULE = 'shaanxi/sushaan-project-stalled';

/** A cooperation project of the fixture village: money in, not started. */
function project(overrides: Partial<ProjectRecord> = {}): ProjectRecord {
  return {
    projectId: 'P001',
    name: '南集贤村食用菌大棚',
    regionCode: VILLAGE_CODE,
    projectType: '产业',
    fundSource: '苏陕协作',
    plannedAmount: 500000,
    fundsArrived: 300000,
    startedOn: null,
    status: '未开工',
    beneficiaries: 12,
    ...overrides,
  };
}

function run(...projects: ProjectRecord[]) {
  return runRule(shaanxi, RULE, dataset({ lists: { projects } }));
}

describe(RULE, () => {
  it('fires for a cooperation project with money in place that has not started', async () => {
    const { findings } = await run(project());

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      category: 'measure-gap',
      indicator: 'cooperation',
      severity: 'medium',
      regionCode: VILLAGE_CODE,
      county: '周至县',
      township: '哑柏镇',
      village: '南集贤村',
      householdId: null,
      memberId: null,
      department: '扶贫部门',
      action: '落实帮扶',
      basis: '陕脱贫发〔2020〕9号 二（二）',
      message:
        '苏陕协作项目「南集贤村食用菌大棚」到位资金 300000 元，项目状态为「未开工」，带贫户数 12 户',
    });
  });

  it('does not fire before any money arrives, or once work has started', async () => {
    const noMoney = await run(project({ fundsArrived: 0 }));
    const started = await run(
      project({ status: '在建', startedOn: '2020-07-01' }),
    );

    expect(noMoney.findings).toHaveLength(0);
    expect(noMoney.stats.passed).toBe(1);
    expect(started.findings).toHaveLength(0);
    expect(started.stats.passed).toBe(1);
  });

  it('fires for a project benefiting no poor household, whatever its state', async () => {
    const finished = project({
      status: '已完工',
      startedOn: '2020-04-01',
      beneficiaries: 0,
    });
    const { findings } = await run(finished);

    expect(findings.map((f) => f.message)).toEqual([
      '苏陕协作项目「南集贤村食用菌大棚」到位资金 300000 元，项目状态为「已完工」，带贫户数 0 户',
    ]);
  });

  it('leaves projects paid from other sources to the national rules', async () => {
    const { findings, stats } = await run(
      project({ fundSource: '财政专项', beneficiaries: 0 }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('judges a county-level project, and leaves projects outside Shaanxi alone', async () => {
    const county = project({ projectId: 'P002', regionCode: '610124' });
    const jiangsu = project({ projectId: 'P003', regionCode: '320506' });
    const { findings, stats } = await run(county, jiangsu);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124',
      county: '周至县',
      township: null,
      village: null,
    });
    expect(stats.notApplicable).toBe(1);
  });

  it('reads a blank status by the start date, and is unknown when both are blank', async () => {
    const noDate = await run(project({ status: undefined, startedOn: null }));
    const dated = await run(
      project({ status: undefined, startedOn: '2020-07-01' }),
    );
    const neither = await run(
      project({ status: undefined, startedOn: undefined }),
    );

    expect(noDate.findings.map((f) => f.message)).toEqual([
      '苏陕协作项目「南集贤村食用菌大棚」到位资金 300000 元，项目状态为「未知」，带贫户数 12 户',
    ]);
    expect(dated.findings).toHaveLength(0);
    expect(dated.stats.passed).toBe(1);
    expect(neither.findings).toHaveLength(0);
    expect(neither.stats.unknown).toBe(1);
    expect(neither.stats.missing).toEqual({
      'projects.status': 1,
      'projects.startedOn': 1,
    });
  });
});

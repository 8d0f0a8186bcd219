import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../../testing/fixtures.js';
import { project } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/project-stalled/not-started';

function runProjects(...projects: ReturnType<typeof project>[]) {
  return runRule(national, RULE, dataset({ lists: { projects } }));
}

const NO_DATE = { startedOn: null };

describe(RULE, () => {
  it('fires for money in place and 未开工, in the project’s village', async () => {
    const { findings } = await runProjects(
      project({ status: '未开工', ...NO_DATE }),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: VILLAGE_CODE,
      village: '南集贤村',
      householdId: null,
      message:
        '项目「南集贤村食用菌大棚」到位资金 300000 元，项目状态为「未开工」，开工日期为「空」，尚未开工',
    });
  });

  it('does not fire without money in place, or once started', async () => {
    const { findings, stats } = await runProjects(
      project({ projectId: 'P1', status: '未开工', fundsArrived: 0 }),
      project({ projectId: 'P2', status: '在建' }),
      project({ projectId: 'P3', status: '已完工' }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(3);
  });

  it('with a blank status, goes by 开工日期 on or before the reference date', async () => {
    const blank = (name: string, startedOn: string | null | undefined) =>
      project({
        projectId: name,
        name,
        status: undefined,
        startedOn,
      });
    const { findings, stats } = await runProjects(
      blank('none', null),
      blank('started', '2020-05-10'),
      blank('later', '2020-10-08'),
      blank('unknown', undefined),
    );

    expect(findings.map((f) => f.data.name)).toEqual(['none', 'later']);
    expect(stats.passed).toBe(1);
    expect(stats.unknown).toBe(1);
  });

  it('is unknown when 到位金额 is blank', async () => {
    const { stats } = await runProjects(
      project({ status: '未开工', fundsArrived: undefined }),
    );

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'projects.fundsArrived': 1 });
  });

  it('judges no project when the project library is absent', async () => {
    const { stats } = await runRule(national, RULE, dataset());

    expect(stats.passed + stats.unknown).toBe(0);
  });
});

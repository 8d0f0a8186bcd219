import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../../testing/fixtures.js';
import { project } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/project-stalled/no-beneficiaries';

function runProjects(...projects: ReturnType<typeof project>[]) {
  return runRule(national, RULE, dataset({ lists: { projects } }));
}

describe(RULE, () => {
  it('fires for a project benefiting no household, funded or not', async () => {
    const { findings } = await runProjects(
      project({ projectId: 'P1', beneficiaries: 0 }),
      project({ projectId: 'P2', beneficiaries: 0, fundsArrived: 0 }),
    );

    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      regionCode: VILLAGE_CODE,
      message:
        '项目「南集贤村食用菌大棚」（产业，资金来源 财政专项）带贫户数为 0',
    });
  });

  it('does not fire for one household benefiting', async () => {
    const { findings, stats } = await runProjects(
      project({ beneficiaries: 1 }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when 带贫户数 is blank', async () => {
    const { stats } = await runProjects(project({ beneficiaries: undefined }));

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'projects.beneficiaries': 1 });
  });

  it('places a county project in its county', async () => {
    const { findings } = await runProjects(
      project({ regionCode: '610124', beneficiaries: 0 }),
    );

    expect(findings[0]).toMatchObject({
      regionCode: '610124',
      householdId: null,
    });
  });
});

import type { Household, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/yulu-missing';

/** The household's son of 17 (family()[3]) with changed fields. */
function son(overrides: Partial<Member>): Member {
  return { ...(family()[3] as Member), ...overrides };
}

function runSon(overrides: Partial<Member>, measures?: Household['measures']) {
  const members = [...family().slice(0, 3), son(overrides)];
  const home = household(measures ? { measures } : {});

  return runRule(national, RULE, dataset({ household: home, members }));
}

describe(RULE, () => {
  it('fires for a 中职 student without the Yulu plan anywhere', async () => {
    const { findings } = await runSon({ schoolStatus: '中职' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: son({}).idNumber,
      indicator: 'education',
      severity: 'high',
      department: '扶贫部门',
      message:
        '在校生状况为「中职」，本人未享受雨露计划，户帮扶措施（产业帮扶、就业帮扶、技能培训）中也无雨露计划',
    });
  });

  it('fires for a 高职高专 student too, but not for 普通高中 or 本科及以上', async () => {
    const higher = await runSon({ schoolStatus: '高职高专' });
    const senior = await runSon({ schoolStatus: '普通高中' });
    const college = await runSon({ schoolStatus: '本科及以上' });

    expect(higher.findings).toHaveLength(1);
    expect(senior.findings).toHaveLength(0);
    expect(college.findings).toHaveLength(0);
  });

  it('does not fire when the member or the household has the Yulu plan', async () => {
    const flagged = await runSon({ schoolStatus: '中职', yulu: true });
    const listed = await runSon({ schoolStatus: '中职' }, [
      '产业帮扶',
      '雨露计划',
    ]);

    expect(flagged.findings).toHaveLength(0);
    expect(listed.findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the Yulu flag is blank', async () => {
    const { findings, stats } = await runSon({
      schoolStatus: '中职',
      yulu: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.yulu': 1 });
  });
});

import type { Household, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/assistance-not-recorded/assistance-measure';

/** The spouse of the clean family (family()[1]) with changed fields. */
function spouse(overrides: Partial<Member>): Member {
  return { ...(family()[1] as Member), ...overrides };
}

function runSpouse(
  overrides: Partial<Member>,
  measures?: Household['measures'],
) {
  const [head, , ...children] = family();
  const members = [head as Member, spouse(overrides), ...children];
  const home = household(measures ? { measures } : {});

  return runRule(national, RULE, dataset({ household: home, members }));
}

describe(RULE, () => {
  it('fires for a member on 低保 when the household lacks 综合保障', async () => {
    const { findings } = await runSpouse({ minimumLiving: true });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: spouse({}).idNumber,
      category: 'policy-gap',
      indicator: 'social-assistance',
      severity: 'medium',
      department: '民政部门',
      action: '补录',
      message:
        '享受低保为「是」、特困供养为「否」，户帮扶措施（产业帮扶、就业帮扶、技能培训）中未录入综合保障',
    });
  });

  it('fires for a member supported as 特困 alone', async () => {
    const { findings } = await runSpouse({ extremePoverty: true });

    expect(findings.map((f) => f.message)).toEqual([
      '享受低保为「否」、特困供养为「是」，户帮扶措施（产业帮扶、就业帮扶、技能培训）中未录入综合保障',
    ]);
  });

  it('does not fire once 综合保障 is recorded', async () => {
    const { findings, stats } = await runSpouse({ minimumLiving: true }, [
      '就业帮扶',
      '综合保障',
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('fires when the household has no measure at all (blank is none)', async () => {
    const { findings } = await runSpouse({ minimumLiving: true }, []);

    expect(findings.map((f) => f.message)).toEqual([
      '享受低保为「是」、特困供养为「否」，户帮扶措施（无）中未录入综合保障',
    ]);
  });

  it('is unknown, not silent, when the 低保 flag is blank', async () => {
    const { findings, stats } = await runSpouse({ minimumLiving: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.minimumLiving': 1 });
  });
});

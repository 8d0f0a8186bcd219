import type { Household, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, household, member } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/relocated-no-job';

/** The clean family with the head's fields changed. */
function withHead(overrides: Partial<Member>): Member[] {
  return [member(overrides), ...family().slice(1)];
}

function run(
  members: Member[],
  flag: Pick<Household, 'relocated'> = { relocated: true },
) {
  const data = dataset({ household: household(flag), members });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for a relocated household with labour where nobody works', async () => {
    const { findings } = await run(withHead({ migrantMonths: 0 }));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'measure-gap',
      indicator: 'relocation',
      severity: 'medium',
      department: '人力资源和社会保障部门',
      message:
        '易地扶贫搬迁户有普通或技能劳动力，但无人务工，也无人从事公益岗位或生态护林员',
    });
  });

  it('does not fire with one month of migrant work', async () => {
    const { findings, stats } = await run(withHead({ migrantMonths: 1 }));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('does not fire with a public-welfare job, or when not relocated', async () => {
    const job = await run(
      withHead({ migrantMonths: 0, publicWelfareJob: true }),
    );
    const stayed = await run(withHead({ migrantMonths: 0 }), {
      relocated: false,
    });

    expect(job.findings).toHaveLength(0);
    expect(stayed.findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the migrant months are blank', async () => {
    const { findings, stats } = await run(
      withHead({ migrantMonths: undefined }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.migrantMonths': 1 });
  });

  it('is unknown when the relocation flag is blank', async () => {
    const { findings, stats } = await run(withHead({ migrantMonths: 0 }), {
      relocated: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.relocated': 1 });
  });
});

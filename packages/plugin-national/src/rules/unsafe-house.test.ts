import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/unsafe-house';

function run(overrides: Parameters<typeof household>[0]) {
  return runRule(national, RULE, dataset({ household: household(overrides) }));
}

describe(RULE, () => {
  it('fires for a dangerous house of grade C with no housing measure', async () => {
    const { findings } = await run({
      dangerousHouse: true,
      houseGrade: 'C',
      housingSecurity: '其他',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      indicator: 'housing',
      severity: 'high',
      department: '住房和城乡建设部门',
      message:
        '是否危房户为「是」，危房等级为「C」，住房安全保障方式为「其他」，未落实住房安全保障措施',
    });
  });

  it('fires on grade D alone, the flag being 否', async () => {
    const { findings } = await run({ houseGrade: 'D' });

    expect(findings.map((f) => f.message)).toEqual([
      '是否危房户为「否」，危房等级为「D」，住房安全保障方式为「鉴定安全」，未落实住房安全保障措施',
    ]);
  });

  it('takes grade B as safe and grade C as unsafe', async () => {
    const b = await run({ houseGrade: 'B' });
    const c = await run({ houseGrade: 'C' });

    expect(b.findings).toHaveLength(0);
    expect(c.findings).toHaveLength(1);
  });

  it('does not fire once a housing measure or renovation is recorded', async () => {
    const measure = await run({
      houseGrade: 'D',
      measures: ['住房安全保障'],
    });
    const renovated = await run({
      houseGrade: 'D',
      housingSecurity: '危房改造',
    });

    expect(measure.findings).toHaveLength(0);
    expect(renovated.findings).toHaveLength(0);
  });

  it('is unknown, not silent, when the grade is blank', async () => {
    const { findings, stats } = await run({ houseGrade: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.houseGrade': 1 });
  });
});

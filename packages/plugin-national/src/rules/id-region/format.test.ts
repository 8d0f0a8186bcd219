import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/id-region/format';

function run(regionCode: string | undefined) {
  const data = dataset({ household: household({ regionCode }) });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for an 11-digit code', async () => {
    const { findings } = await run('61012410120');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: null,
      regionCode: '61012410120',
      severity: 'low',
      message: '行政区划代码 61012410120 不是 12 位数字',
    });
  });

  it('fires for 12 characters with a letter', async () => {
    const { findings } = await run('61012410120A');

    expect(findings).toHaveLength(1);
  });

  it('accepts 12 digits', async () => {
    const { findings, stats } = await run('610124101201');

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when the code is blank', async () => {
    const { findings, stats } = await run(undefined);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'households.regionCode': 1 });
  });
});

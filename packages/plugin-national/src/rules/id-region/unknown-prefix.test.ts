import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/id-region/unknown-prefix';

function run(regionCode: string | undefined) {
  const data = dataset({ household: household({ regionCode }) });

  return runRule(national, RULE, data);
}

describe(RULE, () => {
  it('fires for a county code that does not exist', async () => {
    const { findings } = await run('619999101201');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      regionCode: '619999101201',
      county: null,
      severity: 'low',
      message: '行政区划代码 619999101201 的县级或乡级代码不在区划代码表中',
    });
  });

  it('accepts a known county; national alone knows no townships', async () => {
    const known = await run('610124101201');
    const anyTownship = await run('610124999201');

    expect(known.findings).toHaveLength(0);
    expect(anyTownship.findings).toHaveLength(0);
    expect(anyTownship.stats.passed).toBe(1);
  });

  it('leaves a malformed code to the format rule', async () => {
    const { findings, stats } = await run('61012410120');

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

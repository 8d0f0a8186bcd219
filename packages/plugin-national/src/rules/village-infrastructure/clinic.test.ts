import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, village } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/village-infrastructure/clinic';

describe(RULE, () => {
  it('fires for a village without a standard clinic', async () => {
    const { findings } = await runRule(
      national,
      RULE,
      dataset({ village: village({ standardClinic: false }) }),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      regionCode: '610124101201',
      householdId: null,
      village: '南集贤村',
      message: '南集贤村未建成标准化卫生室',
    });
  });

  it('does not fire with a clinic, and is unknown when the cell is blank', async () => {
    const ok = await runRule(national, RULE, dataset());
    const blank = await runRule(
      national,
      RULE,
      dataset({ village: village({ standardClinic: undefined }) }),
    );

    expect(ok.findings).toHaveLength(0);
    expect(blank.findings).toHaveLength(0);
    expect(blank.stats.unknown).toBe(1);
  });
});

import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset } from '../../testing/fixtures.js';
import { complaint } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/complaint-overdue/closed-late';

function runCase(overrides: Parameters<typeof complaint>[0], asOf?: string) {
  return runRule(
    national,
    RULE,
    dataset({ lists: { complaints: [complaint(overrides)] } }),
    asOf,
  );
}

// Accepted 2020-09-01 with 15 days: the last allowed day is 2020-09-16.
describe(RULE, () => {
  it('does not fire for a case closed on the last allowed day', async () => {
    const { findings, stats } = await runCase({ closedOn: '2020-09-16' });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires for a case closed the day after', async () => {
    const { findings } = await runCase({ closedOn: '2020-09-17' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      severity: 'low',
      message:
        '危房改造问题 2020-09-01 受理，办结时限 15 天（至 2020-09-16），2020-09-17 办结，超期 1 天',
    });
  });

  it('does not fire for a case still open (the open rule judges it)', async () => {
    const { findings } = await runCase({
      closedOn: null,
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when a month-only closing date leaves the lateness open', async () => {
    // Closed some day of September 2020: from 15 days early to 14 late.
    const { stats } = await runCase({ closedOn: '2020-09' }, '2020-10-15');

    expect(stats.unknown).toBe(1);
  });
});

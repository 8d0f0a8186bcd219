import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, VILLAGE_CODE } from '../../testing/fixtures.js';
import { complaint } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/complaint-overdue/open';

function runCase(overrides: Parameters<typeof complaint>[0], asOf: string) {
  return runRule(
    national,
    RULE,
    dataset({ lists: { complaints: [complaint(overrides)] } }),
    asOf,
  );
}

// Accepted 2020-09-01 with 15 days: the last allowed day is 2020-09-16.
const OPEN = { closedOn: null };

describe(RULE, () => {
  it('does not fire on the last allowed day', async () => {
    const { findings, stats } = await runCase(OPEN, '2020-09-16');

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('fires the day after, on the household of the case', async () => {
    const { findings } = await runCase(OPEN, '2020-09-17');

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      regionCode: VILLAGE_CODE,
      indicator: 'complaint',
      message:
        '危房改造问题 2020-09-01 受理，办结时限 15 天（至 2020-09-16），至今未办结，已超期 1 天',
    });
  });

  it('counts a case closed after the reference date as open on it', async () => {
    const { findings } = await runCase(
      { closedOn: '2020-10-05' },
      '2020-09-30',
    );

    expect(findings.map((f) => f.data.complaintDaysOverdue)).toEqual([14]);
  });

  it('does not fire for a case closed before the reference date, however late', async () => {
    const { findings } = await runCase(
      { closedOn: '2020-09-25' },
      '2020-09-30',
    );

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the time limit is blank', async () => {
    const { stats } = await runCase(
      { ...OPEN, limitDays: undefined },
      '2020-09-30',
    );

    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'complaints.limitDays': 1 });
  });

  it('ignores a case accepted after the reference date', async () => {
    const { stats } = await runCase(
      { ...OPEN, receivedOn: '2020-10-01' },
      '2020-09-30',
    );

    expect(stats.passed + stats.unknown).toBe(0);
  });
});

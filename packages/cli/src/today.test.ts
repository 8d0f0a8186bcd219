import { today } from '@duibiao/cli';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The default --as-of is the date the computer's clock shows, in its time
 * zone: at 00:30 in Beijing on 1 October 2020 (16:30 UTC on 30 September)
 * a clerk's computer set to China time checks as of 2020-10-01, while one
 * in Los Angeles (09:30 there) and a server on UTC check as of 2020-09-30.
 * Node reads TZ again whenever it changes, so each zone is set here.
 */
const saved = process.env.TZ;

afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

function inZone(zone: string, moment: string): string {
  process.env.TZ = zone;

  return today(new Date(moment));
}

describe('today', () => {
  it('is the date of the computer’s time zone', () => {
    const moment = '2020-09-30T16:30:00Z';

    expect(inZone('Asia/Shanghai', moment)).toBe('2020-10-01');
    expect(inZone('America/Los_Angeles', moment)).toBe('2020-09-30');
    expect(inZone('UTC', moment)).toBe('2020-09-30');
    // UTC+14: already 06:30 on 1 October.
    expect(inZone('Pacific/Kiritimati', moment)).toBe('2020-10-01');
  });

  it('turns at local midnight, not at UTC midnight', () => {
    // 2020-02-28T15:59:59Z is 23:59:59 in Beijing; a second later it is
    // 29 February there.
    expect(inZone('Asia/Shanghai', '2020-02-28T15:59:59Z')).toBe('2020-02-28');
    expect(inZone('Asia/Shanghai', '2020-02-28T16:00:00Z')).toBe('2020-02-29');
    // Los Angeles is UTC-8 in February: 29 February begins at 08:00 UTC.
    expect(inZone('America/Los_Angeles', '2020-02-29T07:59:59Z')).toBe(
      '2020-02-28',
    );
    expect(inZone('America/Los_Angeles', '2020-02-29T08:00:00Z')).toBe(
      '2020-02-29',
    );
  });

  it('takes the current time when given none', () => {
    process.env.TZ = 'UTC';
    const before = new Date().toISOString().slice(0, 10);
    const date = today();
    const after = new Date().toISOString().slice(0, 10);

    expect([before, after]).toContain(date);
  });
});

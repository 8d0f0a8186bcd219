import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/id-birth-sex/birth-date';

/*
 * 61012419750231111 has the impossible birth digits 19750231 (31 February):
 * 42+9+0+5+16+16+2+9+42+15+0+18+30+5+8+4+2 = 223, 223 mod 11 = 3 → 9.
 */
const IMPOSSIBLE = '610124197502311119';

function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires when the ID says 12 March and the record 21 March', async () => {
    const { findings } = await runHead({
      idNumber: '610124197503121114',
      birthDate: '1975-03-21',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: '610124197503121114',
      severity: 'low',
      message: '证件号码中的出生日期码与登记的出生日期 1975-03-21 不一致',
    });
  });

  it('fires for impossible birth digits even when the birth date is blank', async () => {
    const { findings, stats } = await runHead({
      idNumber: IMPOSSIBLE,
      birthDate: undefined,
    });

    expect(stats.unknown).toBe(0);
    expect(findings.map((f) => f.message)).toEqual([
      '证件号码中的出生日期码不是有效日期',
    ]);
  });

  it('accepts a birth date known only to the month', async () => {
    const { findings, stats } = await runHead({
      idNumber: '610124197503121114',
      birthDate: '1975-03',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not judge the number of another document', async () => {
    const { findings } = await runHead({
      idType: '其他',
      idNumber: 'G19750231',
      birthDate: '1975-03-21',
    });

    expect(findings).toHaveLength(0);
  });

  it('is unknown when a real ID date meets a blank birth date', async () => {
    const { findings, stats } = await runHead({ birthDate: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.birthDate': 1 });
  });
});

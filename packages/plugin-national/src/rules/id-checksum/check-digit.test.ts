import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/id-checksum/check-digit';

/*
 * Check characters worked out by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10
 * 5 8 4 2, remainder mod 11 mapped through 1 0 X 9 8 7 6 5 4 3 2.
 *
 * 11010519491231002: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167,
 * 167 mod 11 = 2 → X.
 * 61012419750312111: 42+9+0+5+16+16+2+9+42+15+0+27+10+10+8+4+2 = 217,
 * 217 mod 11 = 8 → 4 (the clean head of the fixtures).
 */
const GOOD_X = '11010519491231002X';
const GOOD_HEAD = '610124197503121114';

/** A grandmother born 1949-12-31 with the given ID number. */
function grandmother(idNumber: string): Member {
  return member({
    idNumber,
    name: '王五',
    relation: '之母',
    sex: '女',
    birthDate: '1949-12-31',
    labour: '无劳动力',
  });
}

function runWith(extra: Member) {
  return runRule(national, RULE, dataset({ members: [...family(), extra] }));
}

describe(RULE, () => {
  it('agrees with the hand-worked check characters', () => {
    expect(member().idNumber).toBe(GOOD_HEAD);
  });

  it('fires for an X number ending in 0, naming both characters', async () => {
    const { findings } = await runWith(grandmother('110105194912310020'));

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: '110105194912310020',
      severity: 'low',
      message: '证件号码校验码应为 X，实为 0',
    });
    expect(findings[0]?.message).not.toContain('110105');
  });

  it('fires for the head with 5 in place of 4', async () => {
    const head = member({ idNumber: '610124197503121115' });
    const members = [head, ...family().slice(1)];
    const { findings } = await runRule(national, RULE, dataset({ members }));

    expect(findings.map((f) => f.message)).toEqual([
      '证件号码校验码应为 4，实为 5',
    ]);
  });

  it('accepts the known-good numbers', async () => {
    const { findings, stats } = await runWith(grandmother(GOOD_X));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(5);
  });

  it('leaves a malformed number to the format rule', async () => {
    const { findings, stats } = await runWith(grandmother('11010519491231002'));

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(5);
  });

  it('is unknown when the ID number is blank', async () => {
    const blank = { ...grandmother(GOOD_X), idNumber: undefined };
    const { findings, stats } = await runWith(blank);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.idNumber': 1 });
  });
});

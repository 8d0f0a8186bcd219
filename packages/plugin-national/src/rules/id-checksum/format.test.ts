import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, family, member } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/id-checksum/format';

/** Runs the rule with the head of the clean family changed. */
function runHead(overrides: Partial<Member>) {
  const members = [member(overrides), ...family().slice(1)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a number that lost its check character', async () => {
    const { findings } = await runHead({ idNumber: '61012419750312111' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: RULE,
      householdId: 'H001',
      memberId: '61012419750312111',
      category: 'data-error',
      indicator: 'identity',
      severity: 'low',
      message:
        '证件号码共 17 位，不是 17 位数字加 1 位数字或 X 的居民身份证号码',
    });
  });

  it('fires for 18 characters with a letter inside', async () => {
    const { findings } = await runHead({ idNumber: '6101241975031211A4' });

    expect(findings[0]?.message).toBe(
      '证件号码共 18 位，不是 17 位数字加 1 位数字或 X 的居民身份证号码',
    );
  });

  it('accepts 17 digits and X', async () => {
    const { findings, stats } = await runHead({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: '女',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('does not judge the number of another document', async () => {
    const { findings, stats } = await runHead({
      idType: '其他',
      idNumber: 'G12345678',
    });

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown when the ID number is blank', async () => {
    const { findings, stats } = await runHead({ idNumber: undefined });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.idNumber': 1 });
  });
});

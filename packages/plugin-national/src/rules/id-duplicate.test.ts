import type { Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  family,
  household,
  member,
  village,
} from '../testing/fixtures.js';
import { runRule } from '../testing/run.js';

const RULE = 'national/id-duplicate';
const HEAD = '610124197503121114';

describe(RULE, () => {
  it('fires on both rows when two members of a household share an ID', async () => {
    const members: Member[] = family().map((member, i) =>
      i === 3 ? { ...member, idNumber: HEAD } : member,
    );
    const { findings } = await runRule(national, RULE, dataset({ members }));

    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding).toMatchObject({
        ruleId: RULE,
        householdId: 'H001',
        memberId: HEAD,
        severity: 'low',
        message: '证件号码在人员信息中出现 2 次（户编号 H001）',
      });
    }
  });

  it('fires across households', async () => {
    const { findings } = await runRule(national, RULE, {
      households: [household(), household({ householdId: 'H002' })],
      members: [...family(), member({ householdId: 'H002' })],
      villages: [village()],
    });

    expect(findings.map((f) => f.householdId)).toEqual(['H001', 'H002']);
    expect(findings[0]?.message).toBe(
      '证件号码在人员信息中出现 2 次（户编号 H001、H002）',
    );
  });

  it('does not fire for a number that occurs once', async () => {
    const { findings, stats } = await runRule(national, RULE, dataset());

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('is unknown when the ID number is blank', async () => {
    const members = [member({ idNumber: undefined }), ...family().slice(1)];
    const data = dataset({ members });
    const { findings, stats } = await runRule(national, RULE, data);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({ 'members.idNumber': 1 });
  });
});

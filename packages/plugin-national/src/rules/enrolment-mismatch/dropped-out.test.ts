import type { EducationRecord, Member } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/enrolment-mismatch/dropped-out';

/** The family's pupil of 10, recorded in 小学. */
const pupil = child();

function row(overrides: Partial<EducationRecord> = {}) {
  return {
    idNumber: pupil.idNumber,
    name: pupil.name,
    school: '哑柏镇中心小学',
    stage: '小学',
    grade: '四年级',
    status: '辍学',
    asOf: '2020-09-01',
    ...overrides,
  } satisfies EducationRecord;
}

function run(education?: EducationRecord[], overrides: Partial<Member> = {}) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(
    national,
    RULE,
    dataset({ members, ...(education ? { lists: { education } } : {}) }),
  );
}

describe(RULE, () => {
  it('fires when the roll says 辍学 and the registry 小学', async () => {
    const { findings } = await run([row()]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: pupil.idNumber,
      category: 'policy-gap',
      indicator: 'education',
      severity: 'high',
      message:
        '教育学籍中学籍状态为「辍学」（学段「小学」），在校生状况却登记为「小学」',
    });
  });

  it('does not fire while the roll says 在读, 休学 or 送教上门', async () => {
    for (const status of ['在读', '休学', '送教上门'] as const) {
      const { findings } = await run([row({ status })]);

      expect(findings, status).toHaveLength(0);
    }
  });

  it('does not fire when the registry also says 失学辍学, nor for one not recorded as a student', async () => {
    const agreed = await run([row()], { schoolStatus: '失学辍学' });
    const blank = await run([row()], { schoolStatus: null });

    expect(agreed.findings).toHaveLength(0);
    expect(blank.findings).toHaveLength(0);
  });

  it('reads the latest row: back in school after dropping out is no finding', async () => {
    const back = await run([
      row({ asOf: '2020-03-01' }),
      row({ status: '在读', asOf: '2020-09-01' }),
    ]);
    const left = await run([
      row({ status: '在读', asOf: '2020-03-01' }),
      row({ asOf: '2020-09-01' }),
    ]);

    expect(back.findings).toHaveLength(0);
    expect(left.findings).toHaveLength(1);
  });

  it('ignores a 辍学 row dated after the reference date', async () => {
    const { findings } = await run([
      row({ status: '在读', asOf: '2020-09-01' }),
      row({ asOf: '2020-10-01' }),
    ]);

    expect(findings).toHaveLength(0);
  });

  it('is unknown when two rows of the same day disagree', async () => {
    const { findings, stats } = await run([
      row({ status: '在读' }),
      row({ status: '辍学' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });

  it('is unknown for the students when no education list is given', async () => {
    const { findings, stats } = await run();

    expect(findings).toHaveLength(0);
    // Only the pupil is a student; the two adults are known not to be.
    expect(stats.unknown).toBe(1);
    expect(stats.passed).toBe(2);
  });
});

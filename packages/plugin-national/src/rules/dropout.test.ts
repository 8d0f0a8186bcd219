import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { child, dataset, family } from '../testing/fixtures.js';
import { AS_OF, runRule } from '../testing/run.js';

const RULE = 'national/dropout';

async function runChild(overrides: Parameters<typeof child>[0]) {
  const members = [...family().slice(0, 2), child(overrides)];

  return runRule(national, RULE, dataset({ members }));
}

describe(RULE, () => {
  it('fires for a child of 10 recorded as 失学辍学', async () => {
    const { findings } = await runChild({ schoolStatus: '失学辍学' });

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      memberId: child().idNumber,
      indicator: 'education',
      message:
        '10 周岁，处于义务教育阶段，在校生状况为「失学辍学」，未上学原因为「空」',
    });
  });

  it('fires for a child exactly 6 on the reference date with a blank status', async () => {
    const { findings } = await runChild({
      birthDate: '2014-09-30',
      schoolStatus: null,
    });

    expect(AS_OF).toBe('2020-09-30');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.data.age).toBe(6);
  });

  it('does not fire for a child one day short of 6', async () => {
    const { findings } = await runChild({
      birthDate: '2014-10-01',
      schoolStatus: null,
    });

    expect(findings).toHaveLength(0);
  });

  it('fires at 15 years and 364 days, the last day of compulsory-school age', async () => {
    const { findings } = await runChild({
      birthDate: '2004-10-01',
      schoolStatus: '失学辍学',
    });

    expect(findings).toHaveLength(1);
    expect(findings[0]?.data.age).toBe(15);
  });

  it('does not fire at exactly 16', async () => {
    const { findings } = await runChild({
      birthDate: '2004-09-30',
      schoolStatus: '失学辍学',
    });

    expect(findings).toHaveLength(0);
  });

  it('accepts teaching at home and physical inability as reasons', async () => {
    const home = await runChild({
      schoolStatus: null,
      notInSchoolReason: '送教上门',
    });
    const unable = await runChild({
      schoolStatus: null,
      notInSchoolReason: '因身体原因不具备学习条件',
    });
    const other = await runChild({
      schoolStatus: null,
      notInSchoolReason: '其他',
    });

    expect(home.findings).toHaveLength(0);
    expect(unable.findings).toHaveLength(0);
    expect(other.findings).toHaveLength(1);
  });

  it('is unknown, not silent, when the birth date and ID number are blank', async () => {
    const { findings, stats } = await runChild({
      schoolStatus: '失学辍学',
      birthDate: undefined,
      idNumber: undefined,
    });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
  });

  it('takes the age from the ID number when the birth date is blank', async () => {
    const { findings } = await runChild({
      schoolStatus: '失学辍学',
      birthDate: undefined,
    });

    expect(findings).toHaveLength(1);
  });
});

describe(`${RULE} with a birth date known only to the month`, () => {
  it('fires when every day of the month gives a compulsory-school age', async () => {
    // Born some day of September 2010: 9 or 10 on 2020-09-15, both 6–15.
    const { findings } = await runRule(
      national,
      RULE,
      dataset({
        members: [
          ...family().slice(0, 2),
          child({
            birthDate: '2010-09',
            idNumber: undefined,
            schoolStatus: '失学辍学',
          }),
        ],
      }),
      '2020-09-15',
    );

    expect(findings.map((f) => f.message)).toEqual([
      '9–10 周岁，处于义务教育阶段，在校生状况为「失学辍学」，未上学原因为「空」',
    ]);
  });

  it('is unknown when the day decides: born some day of October 2004, 15 or 16', async () => {
    const { findings, stats } = await runRule(
      national,
      RULE,
      dataset({
        members: [
          ...family().slice(0, 2),
          child({
            birthDate: '2004-10',
            idNumber: undefined,
            schoolStatus: '失学辍学',
          }),
        ],
      }),
      '2020-10-15',
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(stats.missing).toEqual({
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
  });
});

import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household, VILLAGE_CODE } from '../../testing/fixtures.js';
import { HEAD_ID, spotCheck } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/spot-check-mismatch/answer';

function runChecks(
  checks: ReturnType<typeof spotCheck>[],
  parts: Parameters<typeof dataset>[0] = {},
) {
  return runRule(
    national,
    RULE,
    dataset({ ...parts, lists: { spotChecks: checks } }),
  );
}

describe(RULE, () => {
  it('fires when the family says the water problem is not solved and the record says it is', async () => {
    const { findings } = await runChecks([spotCheck({ answer: '否' })]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      regionCode: VILLAGE_CODE,
      message:
        '2020-09-10 电话抽查「是否解决安全饮用水」，群众回答「否」，系统记录为「是」',
    });
  });

  it('reads the answer as a cell of the field: 是, Y and 1 all agree with yes', async () => {
    const { findings, stats } = await runChecks([
      spotCheck({ answer: '是' }),
      spotCheck({ answer: 'Y', checkedOn: '2020-09-11' }),
      spotCheck({ answer: '1', checkedOn: '2020-09-12' }),
      spotCheck({ item: 'safeWater', answer: 'true', checkedOn: '2020-09-13' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(4);
  });

  it('compares a member’s field for the member named by 证件号码', async () => {
    const { findings } = await runChecks([
      spotCheck({ item: '是否享受低保', idNumber: HEAD_ID, answer: '是' }),
    ]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: HEAD_ID,
      message:
        '2020-09-10 电话抽查「是否享受低保」，群众回答「是」，系统记录为「否」',
    });
  });

  it('compares lists in any order, and numbers as numbers', async () => {
    const { findings } = await runChecks([
      spotCheck({ item: '帮扶措施', answer: '技能培训、就业帮扶，产业帮扶' }),
      spotCheck({ item: '人均纯收入（元）', answer: '6,500' }),
      spotCheck({
        item: 'measures',
        answer: '产业帮扶',
        checkedOn: '2020-09-11',
      }),
      spotCheck({
        item: 'perCapitaNetIncome',
        answer: '5000',
        checkedOn: '2020-09-11',
      }),
    ]);

    expect(findings.map((f) => f.message)).toEqual([
      '2020-09-11 电话抽查「measures」，群众回答「产业帮扶」，系统记录为「产业帮扶、就业帮扶、技能培训」',
      '2020-09-11 电话抽查「perCapitaNetIncome」，群众回答「5000」，系统记录为「6500」',
    ]);
  });

  it('treats 无 as a known none in a field where blank means none', async () => {
    const { findings } = await runChecks([
      spotCheck({ item: '在校生状况', idNumber: HEAD_ID, answer: '无' }),
      spotCheck({
        item: '在校生状况',
        idNumber: HEAD_ID,
        answer: '初中',
        checkedOn: '2020-09-11',
      }),
    ]);

    expect(findings.map((f) => f.data.answer)).toEqual(['初中']);
  });

  it('is unknown when the record is blank, the answer is blank or unreadable, or a member item has no member', async () => {
    const { findings, stats } = await runChecks(
      [
        spotCheck(),
        spotCheck({ answer: '', checkedOn: '2020-09-11' }),
        spotCheck({ answer: '也许', checkedOn: '2020-09-12' }),
        spotCheck({
          item: '是否享受低保',
          answer: '是',
          checkedOn: '2020-09-13',
        }),
      ],
      { household: household({ safeWater: undefined }) },
    );

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(4);
  });

  it('ignores a call made after the reference date', async () => {
    const { findings, stats } = await runChecks([
      spotCheck({ answer: '否', checkedOn: '2020-10-01' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.passed + stats.unknown).toBe(0);
  });
});

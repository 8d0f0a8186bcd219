import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset } from '../../testing/fixtures.js';
import { spotCheck } from '../../testing/follow-up-rows.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/spot-check-mismatch/unknown-item';

describe(RULE, () => {
  it('fires for an item that names no household or member field, which the answer rule leaves unknown', async () => {
    const checks = [spotCheck({ item: '家中养牛头数', answer: '3' })];
    const { findings, all } = await runRule(
      national,
      RULE,
      dataset({ lists: { spotChecks: checks } }),
    );
    const answer = await runRule(
      national,
      'national/spot-check-mismatch/answer',
      dataset({ lists: { spotChecks: checks } }),
    );

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      message:
        '2020-09-10 电话抽查的核查项「家中养牛头数」不是户信息或人员信息的字段，无法与系统记录比对',
    });
    expect(all.filter((f) => f.ruleId.includes('spot-check'))).toHaveLength(1);
    expect(answer.stats.unknown).toBe(1);
  });

  it('accepts English keys and Chinese headers in any width, with or without a unit', async () => {
    const items = [
      'safeWater',
      'SafeWater',
      '是否解决安全饮用水',
      '人均纯收入',
      '人均纯收入（元）',
      '人均纯收入(元)',
      '务工时间（月）',
      ' 在校生状况 ',
    ];
    const { findings, stats } = await runRule(
      national,
      RULE,
      dataset({
        lists: {
          spotChecks: items.map((item, i) =>
            spotCheck({ item, checkedOn: `2020-09-${10 + i}` }),
          ),
        },
      }),
    );

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(items.length);
  });
});

import type { RuleCases, SpotCheckRecord } from '@duibiao/core';
import { dataset, spotCheck } from '@duibiao/plugin-sdk';

/** The clean household H001 with the spot checks given. */
function withChecks(...spotChecks: SpotCheckRecord[]) {
  return dataset({ lists: { spotChecks } });
}

/** Cases of national/spot-check-mismatch/unknown-item, on 2020-09-30. */
export const spotCheckUnknownItemCases: RuleCases = {
  valid: [
    {
      name: 'an item that is a household header (是否解决安全饮用水)',
      data: withChecks(spotCheck()),
    },
    {
      name: 'an English key in any case (SafeWater)',
      data: withChecks(spotCheck({ item: 'SafeWater' })),
    },
    {
      name: 'a header with its unit in half-width brackets and a member header with spaces',
      data: withChecks(
        spotCheck({ item: '人均纯收入(元)', answer: '6500' }),
        spotCheck({ item: ' 在校生状况 ', answer: '无' }),
      ),
    },
    {
      name: 'a blank item is unknown',
      data: withChecks(spotCheck({ item: undefined })),
      unknown: ['spotChecks.item'],
    },
  ],
  invalid: [
    {
      name: 'an item that names no field of the registry (家中养牛头数)',
      data: withChecks(spotCheck({ item: '家中养牛头数', answer: '3' })),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '2020-09-10 电话抽查的核查项「家中养牛头数」不是户信息或人员信息的字段，无法与系统记录比对',
          data: { checkedOn: '2020-09-10', item: '家中养牛头数' },
        },
      ],
    },
    {
      name: 'each call with an unknown item is reported, one beside a known item',
      data: withChecks(
        spotCheck(),
        spotCheck({ item: 'waterSafe', checkedOn: '2020-09-11' }),
        spotCheck({ item: '是否通电', checkedOn: '2020-09-12' }),
      ),
      findings: [
        { householdId: 'H001', data: { item: 'waterSafe' } },
        { householdId: 'H001', data: { item: '是否通电' } },
      ],
    },
  ],
};

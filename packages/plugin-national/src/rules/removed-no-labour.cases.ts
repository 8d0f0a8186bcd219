import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, household } from '@duibiao/plugin-sdk';

/** The clean household as 突发严重困难户 whose risk was removed. */
const REMOVED = household({
  monitoredType: '突发严重困难户',
  monitoredSince: '2019-10',
  riskRemoved: true,
  riskRemovalMode: '帮扶消除',
  riskRemovedAt: '2020-06-30',
});

/** The removed household with the clean family's labour, member by member. */
function withLabour(...labour: Member['labour'][]) {
  const members = family()
    .slice(0, labour.length)
    .map((member, i) => ({ ...member, labour: labour[i] }));

  return dataset({ household: REMOVED, members });
}

/** Cases of national/removed-no-labour. */
export const removedNoLabourCases: RuleCases = {
  valid: [
    {
      name: 'one member with weak or half labour is labour',
      data: withLabour(
        '丧失劳动力',
        '弱劳动力或半劳动力',
        '无劳动力',
        '无劳动力',
      ),
    },
    {
      name: 'one skilled labourer among members who cannot work',
      data: withLabour('技能劳动力', '丧失劳动力', '无劳动力', '无劳动力'),
    },
    {
      name: 'a household without labour whose risk is not marked removed',
      data: dataset({
        household: { ...REMOVED, riskRemoved: false },
        members: family().map((m) => ({ ...m, labour: '无劳动力' as const })),
      }),
    },
    {
      name: 'a removed household without member rows is judged and not reported',
      data: dataset({ household: REMOVED, members: [] }),
    },
    {
      name: 'a blank 劳动技能 where nobody else can work is unknown',
      data: withLabour(undefined, '丧失劳动力', '无劳动力', '无劳动力'),
      unknown: ['members.labour'],
    },
  ],
  invalid: [
    {
      name: 'all four members have lost or have no labour capacity',
      data: withLabour('丧失劳动力', '丧失劳动力', '无劳动力', '无劳动力'),
      findings: [
        { householdId: 'H001', memberId: null, data: { memberCount: 4 } },
      ],
    },
    {
      name: 'a household of three who have all lost their labour capacity',
      data: withLabour('丧失劳动力', '丧失劳动力', '丧失劳动力'),
      findings: [{ householdId: 'H001', data: { memberCount: 3 } }],
    },
  ],
};

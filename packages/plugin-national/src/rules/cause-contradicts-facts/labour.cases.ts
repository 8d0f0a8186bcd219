import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household, member } from '@duibiao/plugin-sdk';

/** The causes of the household short of labour. */
const SHORT: Household['povertyCauses'] = ['缺劳力', '缺资金'];

/**
 * The clean family (head and spouse 普通劳动力, daughter 无劳动力) with
 * the son's labour given, under the causes given.
 */
const withSon = (
  labour: Member['labour'],
  povertyCauses: Household['povertyCauses'] = SHORT,
) =>
  dataset({
    household: household({ povertyCauses }),
    members: family().map((person, i) =>
      i === 3 ? { ...person, labour } : person,
    ),
  });

/** Cases of national/cause-contradicts-facts/labour: above a share of 0.5. */
export const labourCauseCases: RuleCases = {
  valid: [
    {
      name: '缺劳力 when exactly half, 2 of 4, are labourers',
      data: withSon('无劳动力'),
    },
    {
      name: 'weak or half labour is not counted: still 2 of 4',
      data: withSon('弱劳动力或半劳动力'),
    },
    {
      name: 'no finding without 缺劳力 among the causes, 3 of 4 labourers',
      data: withSon('普通劳动力', ['缺技术']),
    },
    {
      name: '缺劳力 with the son’s labour blank is unknown',
      data: withSon(undefined),
      unknown: ['members.labour'],
    },
  ],
  invalid: [
    {
      name: '缺劳力 when 3 of 4 are ordinary labourers',
      data: withSon('普通劳动力'),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '致贫原因「缺劳力、缺资金」中有缺劳力，但 4 人中有 3 人为普通劳动力或技能劳动力，占比 0.75，高于 0.5',
          data: {
            povertyCauses: ['缺劳力', '缺资金'],
            memberCount: 4,
            ableLabourCount: 3,
            ableLabourShare: 0.75,
            labourShortageMaxAbleShare: 0.5,
          },
        },
      ],
    },
    {
      name: '缺劳力 in a household of one skilled labourer',
      data: dataset({
        household: household({ povertyCauses: ['缺劳力'] }),
        members: [member({ labour: '技能劳动力' })],
      }),
      findings: [
        {
          householdId: 'H001',
          data: { memberCount: 1, ableLabourCount: 1, ableLabourShare: 1 },
        },
      ],
    },
  ],
};

import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household } from '@duibiao/plugin-sdk';

/** The spouse of the clean family, on neither 低保 nor 特困. */
const spouse = family()[1] as Member;

/** The family with the spouse changed, in a household with those measures. */
const withSpouse = (
  overrides: Partial<Member>,
  measures?: Household['measures'],
) => {
  const [head, , ...children] = family() as [Member, Member, ...Member[]];

  return dataset({
    household: household(measures === undefined ? {} : { measures }),
    members: [head, { ...spouse, ...overrides }, ...children],
  });
};

/** Cases of national/assistance-not-recorded/assistance-measure. */
export const assistanceMeasureCases: RuleCases = {
  valid: [
    {
      name: 'a spouse on 低保 in a household with 综合保障 among its measures',
      data: withSpouse({ minimumLiving: true }, ['就业帮扶', '综合保障']),
    },
    {
      name: 'a household where nobody is on 低保 or 特困',
      data: withSpouse({}),
    },
    {
      name: 'a spouse not 特困 whose 低保 flag is blank is unknown',
      data: withSpouse({ minimumLiving: undefined }),
      unknown: ['members.minimumLiving'],
    },
  ],
  invalid: [
    {
      name: 'a spouse on 低保 while the measures lack 综合保障',
      data: withSpouse({ minimumLiving: true }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '享受低保为「是」、特困供养为「否」，户帮扶措施（产业帮扶、就业帮扶、技能培训）中未录入综合保障',
          data: {
            minimumLiving: true,
            extremePoverty: false,
            'household.measures': ['产业帮扶', '就业帮扶', '技能培训'],
          },
        },
      ],
    },
    {
      name: 'a spouse supported as 特困 alone',
      data: withSpouse({ extremePoverty: true }),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { minimumLiving: false, extremePoverty: true },
        },
      ],
    },
    {
      name: 'a spouse on 低保 in a household with no measure at all',
      data: withSpouse({ minimumLiving: true }, []),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '享受低保为「是」、特困供养为「否」，户帮扶措施（无）中未录入综合保障',
        },
      ],
    },
  ],
};

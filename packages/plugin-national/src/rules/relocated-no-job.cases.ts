import type { Household, Member, RuleCases } from '@duibiao/core';
import { dataset, family, household, member } from '@duibiao/plugin-sdk';

/**
 * The clean family, in which only the head (8 months) works away, with
 * the head's fields changed, in a household relocated or not.
 */
function withHead(
  overrides: Partial<Member>,
  flag: Pick<Household, 'relocated'> = { relocated: true },
) {
  return dataset({
    household: household(flag),
    members: [member(overrides), ...family().slice(1)],
  });
}

/** Cases of national/relocated-no-job. */
export const relocatedNoJobCases: RuleCases = {
  valid: [
    {
      name: 'a relocated household whose head worked away one month',
      data: withHead({ migrantMonths: 1 }),
    },
    {
      name: 'a relocated household whose head holds a public-welfare job',
      data: withHead({ migrantMonths: 0, publicWelfareJob: true }),
    },
    {
      name: 'a relocated household whose head is a forest ranger',
      data: withHead({ migrantMonths: 0, forestRanger: true }),
    },
    {
      name: 'a household that was not relocated, where nobody works',
      data: withHead({ migrantMonths: 0 }, { relocated: false }),
    },
    {
      name: 'a relocated household whose head has blank migrant months while nobody else works is unknown',
      data: withHead({ migrantMonths: undefined }),
      unknown: ['members.migrantMonths'],
    },
    {
      name: 'a household where nobody works with a blank relocation flag is unknown',
      data: withHead({ migrantMonths: 0 }, { relocated: undefined }),
      unknown: ['households.relocated'],
    },
  ],
  invalid: [
    {
      name: 'a relocated household of two ordinary labourers where nobody works',
      data: withHead({ migrantMonths: 0 }),
      findings: [{ householdId: 'H001', memberId: null }],
    },
    {
      name: 'a relocated household whose one able labourer, the spouse, does not work either',
      data: dataset({
        household: household({ relocated: true }),
        members: family().map((m, i) => ({
          ...m,
          migrantMonths: 0,
          labour: i === 1 ? '普通劳动力' : '无劳动力',
        })),
      }),
      findings: [{ householdId: 'H001', memberId: null }],
    },
  ],
};

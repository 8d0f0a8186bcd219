import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The head's ID number, which a disability card begins with. */
const HEAD_ID = member().idNumber;

/** The clean family with its head (an ordinary labourer) changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** Cases of national/age-labour/disabled-labourer. */
export const disabledLabourerCases: RuleCases = {
  valid: [
    {
      name: 'an ordinary labourer with a grade 3 physical disability card',
      data: withHead({ disabilityCard: `${HEAD_ID}43` }),
    },
    {
      name: 'an ordinary labourer with a grade 1 visual disability card',
      data: withHead({ disabilityCard: `${HEAD_ID}11` }),
    },
    {
      name: 'a skilled labourer with a grade 1 physical disability card',
      data: withHead({ disabilityCard: `${HEAD_ID}41`, labour: '技能劳动力' }),
    },
    {
      name: 'an ordinary labourer with a blank card cell is unknown',
      data: withHead({ disabilityCard: undefined }),
      unknown: ['members.disabilityCard'],
    },
    {
      name: 'a card whose category digit 8 is no category is unknown',
      data: withHead({ disabilityCard: `${HEAD_ID}81` }),
      unknown: ['members.disabilityCard'],
    },
  ],
  invalid: [
    {
      name: 'an ordinary labourer with a grade 1 physical disability card',
      data: withHead({ health: ['残疾'], disabilityCard: `${HEAD_ID}41` }),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          message: '持肢体残疾 1 级残疾人证，劳动技能登记为普通劳动力',
          data: { disabilityGrade: 1 },
        },
      ],
    },
    {
      name: 'an ordinary labourer with a grade 2 physical disability card',
      data: withHead({ disabilityCard: `${HEAD_ID}42` }),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          message: '持肢体残疾 2 级残疾人证，劳动技能登记为普通劳动力',
          data: { disabilityGrade: 2 },
        },
      ],
    },
  ],
};

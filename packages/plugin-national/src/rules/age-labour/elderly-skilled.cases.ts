import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The clean family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** Cases of national/age-labour/elderly-skilled, on 2020-09-30. */
export const elderlySkilledCases: RuleCases = {
  valid: [
    {
      name: 'a skilled labourer one day short of 60',
      data: withHead({ birthDate: '1960-10-01', labour: '技能劳动力' }),
    },
    {
      name: 'an ordinary labourer of 70',
      data: withHead({ birthDate: '1950-01-01', labour: '普通劳动力' }),
    },
    {
      name: 'a head of 70 with a blank labour cell is unknown',
      data: withHead({ birthDate: '1950-01-01', labour: undefined }),
      unknown: ['members.labour'],
    },
  ],
  invalid: [
    {
      name: 'a skilled labourer on the 60th birthday',
      data: withHead({ birthDate: '1960-09-30', labour: '技能劳动力' }),
      findings: [
        {
          householdId: 'H001',
          memberId: member({ birthDate: '1960-09-30' }).idNumber,
          message: '60 周岁，已满 60 周岁，劳动技能登记为技能劳动力',
          data: { age: 60, skilledLabourMaxAge: 60 },
        },
      ],
    },
    {
      name: 'a skilled labourer of 75',
      data: withHead({ birthDate: '1945-01-01', labour: '技能劳动力' }),
      findings: [
        {
          householdId: 'H001',
          memberId: member({ birthDate: '1945-01-01' }).idNumber,
          data: { age: 75 },
        },
      ],
    },
  ],
};

import type { Member, RuleCases } from '@duibiao/core';
import { child, dataset, family } from '@duibiao/plugin-sdk';

/** Head, spouse and the child given. */
const withChild = (overrides: Partial<Member>) =>
  dataset({ members: [...family().slice(0, 2), child(overrides)] });

/** Cases of national/age-labour/child-labour, on 2020-09-30 unless given. */
export const childLabourCases: RuleCases = {
  valid: [
    {
      name: 'an ordinary labourer on the 16th birthday',
      data: withChild({ birthDate: '2004-09-30', labour: '普通劳动力' }),
    },
    {
      name: 'a child of 10 recorded as 无劳动力',
      data: withChild({ labour: '无劳动力' }),
    },
    {
      name: 'a child of 10 recorded as 丧失劳动力',
      data: withChild({ labour: '丧失劳动力' }),
    },
    {
      name: 'a skilled labourer with birth date and ID number blank is unknown',
      data: withChild({
        labour: '技能劳动力',
        birthDate: undefined,
        idNumber: undefined,
      }),
      unknown: ['members.birthDate', 'members.idNumber'],
    },
    {
      name: 'born some day of October 2004, a labourer is 15 or 16 on 2020-10-15: unknown',
      data: withChild({
        labour: '普通劳动力',
        birthDate: '2004-10',
        idNumber: undefined,
      }),
      asOf: '2020-10-15',
      unknown: ['members.birthDate', 'members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'an ordinary labourer one day short of 16',
      data: withChild({ birthDate: '2004-10-01', labour: '普通劳动力' }),
      findings: [
        {
          householdId: 'H001',
          memberId: child({ birthDate: '2004-10-01' }).idNumber,
          message: '15 周岁，未满 16 周岁，劳动技能登记为普通劳动力',
          data: { age: 15, labourMinAge: 16, labour: '普通劳动力' },
        },
      ],
    },
    {
      name: 'weak or half labour counts as labour at 10',
      data: withChild({ labour: '弱劳动力或半劳动力' }),
      findings: [
        {
          householdId: 'H001',
          memberId: child().idNumber,
          data: { age: 10, labour: '弱劳动力或半劳动力' },
        },
      ],
    },
  ],
};

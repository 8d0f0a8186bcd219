import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** Cases of national/no-serious-illness-insurance. */
export const noSeriousIllnessInsuranceCases: RuleCases = {
  valid: [
    {
      name: 'a head in employee medical insurance only, without serious-illness insurance, is not judged',
      data: withHead({
        residentMedical: false,
        employeeMedical: true,
        seriousIllnessInsurance: false,
      }),
    },
    {
      name: 'a resident-insured head with serious-illness insurance blank is unknown',
      data: withHead({ seriousIllnessInsurance: undefined }),
      unknown: ['members.seriousIllnessInsurance'],
    },
    {
      name: 'a head without serious-illness insurance whose resident insurance is blank is unknown',
      data: withHead({
        residentMedical: undefined,
        seriousIllnessInsurance: false,
      }),
      unknown: ['members.residentMedical'],
    },
  ],
  invalid: [
    {
      name: 'a resident-insured head without serious-illness insurance',
      data: withHead({ seriousIllnessInsurance: false }),
      findings: [
        {
          householdId: 'H001',
          memberId: member().idNumber,
          message: '已参加城乡居民基本医疗保险，未参加大病保险',
        },
      ],
    },
    {
      name: 'two resident-insured members without it are each reported',
      data: dataset({
        members: family().map((m, i) =>
          i < 2 ? { ...m, seriousIllnessInsurance: false } : m,
        ),
      }),
      findings: [
        { householdId: 'H001', memberId: member().idNumber },
        { householdId: 'H001', memberId: family()[1]?.idNumber },
      ],
    },
  ],
};

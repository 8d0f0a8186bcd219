import type { RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

const ill = member({ health: ['长期慢性病'], chronicDiseaseContract: false });
const withHead = (head: ReturnType<typeof member>) =>
  dataset({ members: [head, ...family().slice(1)] });

/** Cases of xian/chronic-no-contract. */
export const chronicNoContractCases: RuleCases = {
  valid: [
    {
      name: 'a chronically ill head of household with a service contract',
      data: withHead(
        member({ health: ['长期慢性病'], chronicDiseaseContract: true }),
      ),
    },
    {
      name: 'a healthy head of household without a contract',
      data: dataset(),
    },
    {
      name: 'a chronically ill member whose contract is blank is unknown, not a finding',
      data: withHead(
        member({ health: ['长期慢性病'], chronicDiseaseContract: undefined }),
      ),
      unknown: ['members.chronicDiseaseContract'],
    },
  ],
  invalid: [
    {
      name: 'a chronically ill head of household with no contract',
      data: withHead(ill),
      findings: [
        {
          householdId: 'H001',
          memberId: ill.idNumber,
          message: '健康状况为「长期慢性病」，未签约慢性病服务',
        },
      ],
    },
    {
      name: 'a member both seriously and chronically ill, with no contract',
      data: withHead(
        member({
          health: ['患有大病', '长期慢性病'],
          chronicDiseaseContract: false,
        }),
      ),
      findings: [{ householdId: 'H001', memberId: ill.idNumber }],
    },
  ],
};

import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** A disability card of the head: ID number, category 4 (physical), grade. */
const card = (grade: number) => `${member().idNumber}4${grade}`;

/** The family with a disabled head who cannot work. */
const withHead = (overrides: Partial<Member>) =>
  dataset({
    members: [
      member({ health: ['残疾'], labour: '丧失劳动力', ...overrides }),
      ...family().slice(1),
    ],
  });

/**
 * Cases of national/assistance-not-recorded/disability-subsidy: grades 1
 * and 2 are owed the two subsidies.
 */
export const disabilitySubsidyCases: RuleCases = {
  valid: [
    {
      name: 'a head with a grade-3 card is not owed the subsidies',
      data: withHead({ disabilityCard: card(3) }),
    },
    {
      name: 'a head with a grade-1 card who receives the subsidies',
      data: withHead({ disabilityCard: card(1), disabilitySubsidy: true }),
    },
    {
      name: 'a head with a grade-1 card and the subsidy flag blank is unknown',
      data: withHead({ disabilityCard: card(1), disabilitySubsidy: undefined }),
      unknown: ['members.disabilitySubsidy'],
    },
    {
      name: 'a card column left blank is unknown, not "no card"',
      data: withHead({ disabilityCard: undefined }),
      unknown: ['members.disabilityCard'],
    },
  ],
  invalid: [
    {
      name: 'a head with a grade-1 card without the two subsidies',
      data: withHead({ disabilityCard: card(1) }),
      findings: [
        {
          householdId: 'H001',
          memberId: member().idNumber,
          message: '持残疾人证，残疾等级为 1 级，未享受残疾人两项补贴',
          data: { disabilityGrade: 1 },
        },
      ],
    },
    {
      name: 'a head with a grade-2 card, the last grade owed the subsidies',
      data: withHead({ disabilityCard: card(2) }),
      findings: [
        {
          householdId: 'H001',
          memberId: member().idNumber,
          data: { disabilityGrade: 2 },
        },
      ],
    },
  ],
};

import type {
  DisabilityRecord,
  ListTables,
  Member,
  RuleCases,
} from '@duibiao/core';
import { dataset, disabilityRow, family, outsider } from '@duibiao/plugin-sdk';

/** The clean family of four; the spouse is the one the cases change. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family with the spouse's 是否享受残疾人两项补贴 set, and the lists. */
function withFlag(flag: boolean | undefined, lists: ListTables) {
  const members = [head, { ...spouse, disabilitySubsidy: flag }, ...children];

  return dataset({ members, lists });
}

/** The federation's list with one row about the spouse. */
function spouseRow(overrides: Partial<DisabilityRecord> = {}): ListTables {
  return { disability: [disabilityRow(spouse, overrides)] };
}

const LIVING = '困难残疾人生活补贴';
const CARE = '重度残疾人护理补贴';

/** Cases of national/enjoyed-not-recorded/disability-subsidy, on 2020-09-30. */
export const disabilitySubsidyCases: RuleCases = {
  valid: [
    {
      name: 'the registry records the living subsidy the list shows',
      data: withFlag(true, spouseRow()),
    },
    {
      name: 'a card holder the list shows with neither subsidy',
      data: withFlag(false, spouseRow({ livingSubsidy: false })),
    },
    {
      name: 'a row dated the day after the reference date is not read, while another person’s row keeps the list in force',
      data: withFlag(false, {
        disability: [
          disabilityRow(outsider()),
          disabilityRow(spouse, { asOf: '2020-10-01' }),
        ],
      }),
    },
    {
      name: 'a blank 是否享受残疾人两项补贴 against a row with the subsidy is unknown',
      data: withFlag(undefined, spouseRow()),
      unknown: ['members.disabilitySubsidy'],
    },
    {
      name: 'a row that leaves both subsidies blank is unknown, naming every field the list fact reads',
      data: withFlag(
        false,
        spouseRow({ livingSubsidy: undefined, careSubsidy: undefined }),
      ),
      unknown: [
        'disability.asOf',
        'disability.careSubsidy',
        'disability.livingSubsidy',
        'members.idNumber',
      ],
    },
  ],
  invalid: [
    {
      name: 'the living subsidy on the list while the registry records 否',
      data: withFlag(false, spouseRow()),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message: `残联名单显示享受${LIVING}，系统中「是否享受残疾人两项补贴」为否`,
          data: {
            listedDisabilitySubsidies: [LIVING],
            disabilitySubsidy: false,
          },
        },
      ],
    },
    {
      name: 'the care subsidy alone is enough',
      data: withFlag(
        false,
        spouseRow({ livingSubsidy: false, careSubsidy: true }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedDisabilitySubsidies: [CARE] },
        },
      ],
    },
    {
      name: 'both subsidies on a row dated on the reference date are named',
      data: withFlag(
        false,
        spouseRow({ careSubsidy: true, asOf: '2020-09-30' }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { listedDisabilitySubsidies: [LIVING, CARE] },
        },
      ],
    },
  ],
};

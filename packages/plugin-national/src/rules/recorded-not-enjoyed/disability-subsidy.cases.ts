import type { DisabilityRecord, Member, RuleCases } from '@duibiao/core';
import { dataset, disabilityRow, family } from '@duibiao/plugin-sdk';

/** The clean family of four, none of them recorded with the subsidies. */
const [head, spouse, ...children] = family() as [Member, Member, ...Member[]];

/** The family, the spouse recorded with the subsidies, and the rows. */
const spouseSubsidised = (disability?: DisabilityRecord[]) =>
  dataset({
    members: [head, { ...spouse, disabilitySubsidy: true }, ...children],
    ...(disability ? { lists: { disability } } : {}),
  });

/**
 * Cases of national/recorded-not-enjoyed/disability-subsidy; the default
 * row shows the living subsidy and not the care subsidy.
 */
export const disabilitySubsidyNotEnjoyedCases: RuleCases = {
  valid: [
    {
      name: 'a spouse whom the list shows with the living subsidy',
      data: spouseSubsidised([disabilityRow(spouse)]),
    },
    {
      name: 'a spouse whom the list shows with the care subsidy only',
      data: spouseSubsidised([
        disabilityRow(spouse, { livingSubsidy: false, careSubsidy: true }),
      ]),
    },
    {
      name: 'a spouse recorded with the subsidies while no federation list was given is unknown',
      data: spouseSubsidised(),
      unknown: ['disability (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a spouse whom the list, naming only the head, leaves out',
      data: spouseSubsidised([disabilityRow(head)]),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '系统中「是否享受残疾人两项补贴」为是，残联名单未显示享受困难残疾人生活补贴或重度残疾人护理补贴',
          data: { disabilitySubsidy: true },
        },
      ],
    },
    {
      name: 'a spouse whom the list names with neither subsidy',
      data: spouseSubsidised([
        disabilityRow(spouse, { livingSubsidy: false, careSubsidy: false }),
      ]),
      findings: [{ householdId: 'H001', memberId: spouse.idNumber }],
    },
    {
      name: 'a spouse whose latest extract shows the living subsidy stopped',
      data: spouseSubsidised([
        disabilityRow(spouse, { asOf: '2020-03-31' }),
        disabilityRow(spouse, { livingSubsidy: false }),
      ]),
      findings: [{ householdId: 'H001', memberId: spouse.idNumber }],
    },
  ],
};

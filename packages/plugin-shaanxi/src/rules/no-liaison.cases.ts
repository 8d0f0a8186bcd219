import type { RuleCases } from '@duibiao/core';
import { dataset, household, village } from '@duibiao/plugin-sdk';

const withLiaison = (monitoringLiaison: string | null | undefined) =>
  dataset({ village: village({ monitoringLiaison }) });

/** A village code of 江苏 (320506…), outside Shaanxi. */
const JIANGSU = '320506101201';

/** Cases of shaanxi/no-liaison, as of 2020-09-30. */
export const noLiaisonCases: RuleCases = {
  valid: [
    {
      name: 'a village that names 赵六 as its early-warning contact',
      data: withLiaison('赵六'),
    },
    {
      name: 'a village outside Shaanxi with no contact is not judged by a Shaanxi rule',
      outsideRegions: true,
      data: dataset({
        household: household({ regionCode: JIANGSU }),
        village: village({ regionCode: JIANGSU, monitoringLiaison: null }),
      }),
    },
    {
      name: 'a village table without the 监测预警联络员 column is unknown, not a finding',
      data: withLiaison(undefined),
      unknown: ['villages.monitoringLiaison'],
    },
  ],
  invalid: [
    {
      name: 'a village whose 监测预警联络员 is blank names no contact, where 1 is due',
      data: withLiaison(null),
      findings: [
        {
          householdId: null,
          memberId: null,
          data: { name: '南集贤村', monitoringLiaisonPerVillage: 1 },
        },
      ],
    },
    {
      name: 'on 2020-08-22, the day of the notice, a village with no contact is already reported',
      data: withLiaison(null),
      asOf: '2020-08-22',
      findings: [
        {
          householdId: null,
          data: { name: '南集贤村', monitoringLiaisonPerVillage: 1 },
        },
      ],
    },
  ],
};

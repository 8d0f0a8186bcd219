import { defineParameter } from '@duibiao/plugin-sdk';

/**
 * The date of 陕脱贫发〔2020〕9号. Each Shaanxi parameter is a duty that
 * notice created, so each takes effect on it: a check as of an earlier
 * date does not hold counties to a duty that did not exist yet, and the
 * rules that use the parameter do not run.
 */
const NOTICE = '2020-08-22';

/** Shaanxi parameters, from the provincial notice 陕脱贫发〔2020〕9号. */
export const parameters = [
  defineParameter({
    name: 'censusIssueDeadline',
    description:
      'Date by which suspected problems from the national poverty census are verified, corrected and cleared (notice 四（一）).',
    values: [{ from: NOTICE, value: '2020-08-31' }],
  }),
  defineParameter({
    name: 'screeningPeriod',
    description:
      'Line departments screen their data every half month: the periods start on these days of each month, 1st–15th and 16th–end (notice 四（三）).',
    values: [{ from: NOTICE, value: { startDays: [1, 16] } }],
  }),
  defineParameter({
    name: 'spotCheckReportEvery',
    description:
      'Days between reports of phone spot-check results to the poverty-alleviation office: weekly (notice 三（二）).',
    unit: '天',
    values: [{ from: NOTICE, value: 7 }],
  }),
  defineParameter({
    name: 'monitoringLiaisonPerVillage',
    description: 'Early-warning contacts each village names (notice 四（三）).',
    unit: '人',
    values: [{ from: NOTICE, value: 1 }],
  }),
] as const;

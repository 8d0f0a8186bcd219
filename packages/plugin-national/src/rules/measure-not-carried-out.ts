import { defineRule } from '../authoring.js';

/**
 * A household with one of the `developmentMeasures` registered whose
 * development-measure status is 尚未实施, or blank: a blank status is a
 * known "not reported" here (`null`), not an unknown.
 */
export const measureNotCarriedOut = defineRule({
  id: 'national/measure-not-carried-out',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'industry',
  severity: 'medium',
  title: '开发式帮扶措施未实施',
  description:
    'A household with one of the `developmentMeasures` registered whose development-measure status is 尚未实施, or blank: a blank status is a known "not reported" here (`null`), not an unknown.',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      {
        fact: 'measures',
        operator: 'containsAny',
        value: { param: 'developmentMeasures' },
      },
      {
        fact: 'developmentMeasureStatus',
        operator: 'in',
        value: ['尚未实施', null],
      },
    ],
  },
  message: {
    zh: '已登记帮扶措施「{measures}」，开发式帮扶措施实施情况为「{developmentMeasureStatus}」',
    en: 'Measures "{measures}" are registered, but the development-measure status is "{developmentMeasureStatus}"',
  },
});

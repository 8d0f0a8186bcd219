import type { ParameterDefinition } from '@duibiao/core';

/**
 * Parameters the risk and data-error rules need that ./parameters.ts does
 * not define yet. They belong there; until they are merged, the rules that
 * use them wait in `pendingDataErrorRules` (./rules/data-errors.ts).
 */
export const riskAndDataParameters: readonly ParameterDefinition[] = [
  {
    name: 'labourShortageMaxAbleShare',
    description:
      'A household whose share of ordinary or skilled labourers is above this should not give 缺劳力 as a cause of poverty ("most members have labour").',
    values: [{ from: null, value: 0.5 }],
  },
  {
    name: 'severeDisabilityGrades',
    description:
      'Disability grades that are severe (GB/T 26341: grade 1 is the most severe of four).',
    unit: '级',
    values: [{ from: null, value: [1, 2] }],
  },
];

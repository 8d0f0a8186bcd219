import { defineFact } from '@duibiao/plugin-sdk';

import { digitsAt } from './id-number-sql.js';

/** Facts about a household's region code. */
export const regionFacts = [
  defineFact({
    name: 'regionCodeWellFormed',
    subject: 'household',
    type: 'boolean',
    description: 'Whether 行政区划代码 is 12 digits.',
    inputs: ['households.regionCode'],
    compute: ({ household }) =>
      household.regionCode == null
        ? undefined
        : /^\d{12}$/.test(household.regionCode),
    sql(q) {
      const code = q.column('households', 'regionCode').value;

      return {
        value: `(CASE WHEN ${code} IS NOT NULL THEN length(${code}) = 12 AND ${digitsAt(q, code, 1, 12)} END)`,
      };
    },
  }),
  defineFact({
    name: 'regionPrefixKnown',
    subject: 'household',
    type: 'boolean',
    description:
      'Whether the county (and, where listed, township) of a 12-digit code is in the region table.',
    inputs: ['households.regionCode'],
    compute: ({ household }, { regions }) => {
      const code = household.regionCode;
      if (code == null) return undefined;
      return /^\d{12}$/.test(code) ? regions.knowsPrefixOf(code) : null;
    },
  }),
] as const;

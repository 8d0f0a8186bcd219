import type { FactSqlContext } from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { digitsAt } from './id-number-sql.js';

/** Whether a known code is 12 digits, in SQL. */
const twelveDigits = (q: FactSqlContext, code: string) =>
  `(length(${code}) = 12 AND ${digitsAt(q, code, 1, 12)})`;

/** Whether text is one of some codes, in SQL: FALSE for none. */
function oneOf(q: FactSqlContext, text: string, codes: readonly string[]) {
  if (codes.length === 0) return 'FALSE';

  return `(${text} IN (${codes.map((code) => q.text(code)).join(', ')}))`;
}

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
        value: `(CASE WHEN ${code} IS NOT NULL THEN ${twelveDigits(q, code)} END)`,
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
    sql(q) {
      const code = q.column('households', 'regionCode').value;
      const malformed = `NOT ${twelveDigits(q, code)}`;

      // knowsPrefixOf, with the region table's codes as literals: the
      // county must be known, and the township too where the table lists
      // the townships of the code's province.
      const townships = q.regions.codes(9);
      const listed = [...new Set(townships.map((c) => c.slice(0, 2)))];
      const part = (length: number) => `substr(${code}, 1, ${length})`;
      const known =
        `(${oneOf(q, part(6), q.regions.codes(6))}` +
        ` AND (NOT ${oneOf(q, part(2), listed)}` +
        ` OR ${oneOf(q, part(9), townships)}))`;

      return {
        value: `(CASE WHEN ${code} IS NULL OR ${malformed} THEN NULL ELSE ${known} END)`,
        none: `(${code} IS NOT NULL AND ${malformed})`,
      };
    },
  }),
] as const;

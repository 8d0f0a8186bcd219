import { loadRuleSet } from '@duibiao/core';
import { duckdb, sqlScript } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

import { goldenBase } from './golden-plugin.js';

/**
 * The comments at the top of the script `duibiao sql` writes: how many
 * rules it judges, and each rule it does not, with why. A rule whose
 * parameter has no value on the date is named there too, as `duibiao
 * check` names it ("rule not run").
 */
// golden/income-below-line alone: incomeLine has a value from 2020-01-01.
const oneRule = { ...goldenBase, rules: goldenBase.rules?.slice(0, 1) };

/** The script's third and later comment lines before its first blank. */
function counts(asOf: string): string[] {
  const script = sqlScript(loadRuleSet([oneRule], asOf), duckdb);
  return script.split('\n\n')[0]!.split('\n').slice(2);
}

describe('sqlScript header', () => {
  it('says rule, not rules, of one', () => {
    expect(counts('2020-09-30')).toEqual([
      '-- 1 rule compiled, 0 left to the in-process engine',
    ]);
  });

  it('names a rule whose parameter has no value on the date', () => {
    expect(counts('2019-12-31')).toEqual([
      '-- 0 rules compiled, 0 left to the in-process engine, 1 not run on 2019-12-31',
      '--   not run on 2019-12-31: golden/income-below-line (parameter incomeLine has no value in force on this date)',
    ]);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';

import { createChecker, loadRuleSet } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { checkInDuckdb, DIALECTS, sqlScript } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

import { goldenPlugin } from './golden-plugin.js';

/**
 * The whole script `duibiao sql` writes for a small fixed plugin
 * (golden-plugin.ts), kept per dialect in `__golden__/script-<dialect>.sql`:
 * the tables, the lists in force, each subject kind's facts and its rules'
 * conditions, as a database would run them. A change to the compiler or a
 * dialect shows here as a diff of a whole script; `UPDATE_GOLDEN=1` writes
 * the files anew, and the new SQL is read by eye before it is committed.
 * The shipped rule set is not kept so: it changes as facts gain SQL.
 */

const pathOf = (dialect: string) =>
  new URL(`./__golden__/script-${dialect}.sql`, import.meta.url);

describe.each(Object.values(DIALECTS))('the $name script', (dialect) => {
  it('is the golden plugin script', () => {
    const written = sqlScript(
      loadRuleSet([goldenPlugin], '2020-09-30'),
      dialect,
    );
    if (process.env.UPDATE_GOLDEN === '1')
      writeFileSync(pathOf(dialect.name), written);

    expect(written).toBe(readFileSync(pathOf(dialect.name), 'utf8'));
  });
});

describe('the golden plugin', () => {
  it('judges in DuckDB as in-process, outcome by outcome, on the sample', async () => {
    const { dataset } = await readFolder('examples/sample-province');
    const checker = createChecker({
      plugins: [goldenPlugin],
      asOf: '2020-09-30',
    });
    const own = await checker.check(dataset);
    // verify makes each outcome the two engines disagree on an error.
    const sql = await checkInDuckdb(checker, dataset, { verify: true });

    expect(sql.sql.notCompiled).toEqual([]);
    expect(sql.stats.rules.filter((rule) => rule.errors > 0)).toEqual([]);
    expect(sql.findings).toEqual(own.findings);
  }, 120_000);
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type Checker,
  type CheckResult,
  createChecker,
  type Dataset,
} from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { checkInDuckdb, type DuckdbCheckResult } from '@duibiao/sql';
import { Random, writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { damageProvince } from '../e2e/fault-damage.js';
import { NOT_YET_IN_SQL } from './not-yet-in-sql.js';

/**
 * `checkInDuckdb` against the in-process engine on the same data: every
 * rule with a SQL form is judged by DuckDB and, with `verify`, again by
 * the in-process engine for every subject, so that any outcome where the
 * two differ becomes an error of the rule; then the whole results are
 * compared: findings (ids, messages, evidence) and every rule's counts.
 *
 * Data: the bundled sample; a synthetic province with 1 % of the rows of
 * every table damaged (rejected rows, so incomplete households and lists
 * with rejections); and the same province with a fifth of all cells of
 * its registry tables blanked, so that unknown meets every operator.
 */
const AS_OF = '2020-09-30';
const HOUSEHOLDS = 1_500;
const TIMEOUT = 300_000;

let dir: string;
let checker: Checker;
const datasets = new Map<string, Dataset>();

beforeAll(async () => {
  checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });
  datasets.set(
    'sample',
    (await readFolder('examples/sample-province')).dataset,
  );
  dir = await mkdtemp(join(tmpdir(), 'duibiao-duckdb-'));
  await writeProvince(dir, {
    seed: 'duckdb-engine',
    households: HOUSEHOLDS,
    asOf: AS_OF,
  });
  await damageProvince(dir, 'duckdb-engine', 0.01, 2);
  const damaged = (await readFolder(dir)).dataset;
  datasets.set('damaged', damaged);
  datasets.set('blanked', blanked(damaged, new Random('blanks'), 0.2));
}, TIMEOUT);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The data set with a share of the registry's cells made blank. */
function blanked(dataset: Dataset, random: Random, share: number): Dataset {
  const blank = <T extends object>(rows: readonly T[]): T[] =>
    rows.map((row) => {
      const copy = { ...row } as Record<string, unknown>;
      for (const key of Object.keys(copy)) {
        if (key !== 'householdId' && random.next() < share)
          copy[key] = undefined;
      }
      return copy as unknown as T;
    });

  return {
    ...dataset,
    households: blank(dataset.households),
    members: blank(dataset.members),
    villages: blank(dataset.villages),
  };
}

describe.each(['sample', 'damaged', 'blanked'])(
  'checkInDuckdb on the %s data',
  (name) => {
    let own: CheckResult;
    let sql: DuckdbCheckResult;

    beforeAll(async () => {
      const dataset = datasets.get(name) as Dataset;
      own = await checker.check(dataset);
      sql = await checkInDuckdb(checker, dataset, { verify: true });
    }, TIMEOUT);

    it('judges in DuckDB every rule but those listed as not yet in SQL', () => {
      const left = sql.sql.notCompiled.map((rule) => rule.ruleId).sort();
      expect(left).toEqual([...NOT_YET_IN_SQL].sort());
      expect(sql.sql.ruleIds.length + left.length).toBe(
        checker.ruleSet.rules.length,
      );
    });

    it('finds every outcome of every subject as the in-process engine does', () => {
      const disagreements = sql.stats.rules.flatMap((rule) =>
        rule.errorSamples.map(
          (sample) => `${rule.ruleId} ${sample.subject}: ${sample.message}`,
        ),
      );
      expect(disagreements).toEqual([]);
    });

    it('gives the same findings, ids and counts', () => {
      expect(sql.findings).toEqual(own.findings);
      expect(sql.stats).toEqual(own.stats);
    });
  },
);

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
import { PGlite } from '@electric-sql/pglite';
import {
  checkInDuckdb,
  checkInSql,
  insertDataset,
  postgres,
  type SqlCheckResult,
} from '@duibiao/sql';
import { Random, writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { damageProvince } from '../e2e/fault-damage.js';
import { NOT_YET_IN_SQL } from './not-yet-in-sql.js';

/**
 * The SQL engines against the in-process engine on the same data: DuckDB
 * (`checkInDuckdb`) and PostgreSQL (PGlite, the WASM build of PostgreSQL,
 * through `insertDataset` and `checkInSql`). Every rule with a SQL form
 * is judged by the engine and, with `verify`, again by the in-process
 * engine for every subject, so that any outcome where the
 * two differ becomes an error of the rule; then the whole results are
 * compared: findings (ids, messages, evidence) and every rule's counts.
 *
 * Data: the bundled sample (DuckDB only); a synthetic province of 200
 * households with 1 % of the rows of every table damaged (rejected rows, so incomplete households and lists
 * with rejections); and the same province with a fifth of all cells of
 * its registry tables blanked, so that unknown meets every operator.
 */
const AS_OF = '2020-09-30';
// PostgreSQL runs the compiled facts' correlated subqueries far slower
// than DuckDB (README: limitations), so the generated provinces are small
// and the 2,000-household sample is DuckDB's alone.
const HOUSEHOLDS = 200;
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

/** Checks a data set in PGlite: a fresh database each time. */
async function checkInPglite(dataset: Dataset): Promise<SqlCheckResult> {
  const db = await PGlite.create();
  try {
    const connection = {
      dialect: postgres,
      run: async (sql: string) => {
        await db.exec(sql);
      },
      query: async (sql: string) =>
        (await db.query<unknown[]>(sql, [], { rowMode: 'array' })).rows,
    };
    await insertDataset(connection, dataset);
    return await checkInSql(checker, dataset, connection, { verify: true });
  } finally {
    await db.close();
  }
}

const ENGINES = {
  duckdb: (dataset: Dataset) =>
    checkInDuckdb(checker, dataset, { verify: true }),
  postgres: checkInPglite,
};

describe.each([
  ['duckdb', 'sample'],
  ['duckdb', 'damaged'],
  ['duckdb', 'blanked'],
  ['postgres', 'damaged'],
  ['postgres', 'blanked'],
] as const)('%s on the %s data', (engine, name) => {
  let own: CheckResult;
  let sql: SqlCheckResult;

  beforeAll(async () => {
    const dataset = datasets.get(name) as Dataset;
    own = await checker.check(dataset);
    sql = await ENGINES[engine](dataset);
  }, TIMEOUT);

  it('judges in SQL every rule but those listed as not yet in SQL', () => {
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
});

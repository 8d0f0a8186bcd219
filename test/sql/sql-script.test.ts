import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type CheckResult,
  createChecker,
  type Dataset,
  type RuleStats,
} from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import {
  compileRuleSet,
  duckdb,
  insertDataset,
  postgres,
  type SqlConnection,
  sqlScript,
} from '@duibiao/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { main } from '../../packages/cli/src/main.js';

/**
 * The script `duibiao sql` writes, run as a database user would run it:
 * its CREATE TABLE statements, then the sample's rows inserted, then each
 * subject kind's query. Each rule's column must hold TRUE exactly as often
 * as the in-process engine fires the rule on the sample, FALSE as often as
 * it passes, NULL as often as it is unknown, among the subjects the rule
 * judges (its `:applies` column, where it has one).
 */
const AS_OF = '2020-09-30';

// DuckDB runs the script on the sample; PostgreSQL, which runs the
// compiled facts' correlated subqueries far slower (README: limitations),
// on a province of 150 households.
const data = new Map<string, { dataset: Dataset; own: CheckResult }>();
let province = '';

beforeAll(async () => {
  const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });
  province = await mkdtemp(join(tmpdir(), 'duibiao-script-'));
  await writeProvince(province, {
    seed: 'sql-script',
    households: 150,
    asOf: AS_OF,
  });
  for (const [name, folder] of [
    ['duckdb', 'examples/sample-province'],
    ['postgres', province],
  ] as const) {
    const { dataset } = await readFolder(folder);
    data.set(name, { dataset, own: await checker.check(dataset) });
  }
}, 120_000);

afterAll(async () => {
  if (province) await rm(province, { recursive: true, force: true });
});

/** The script's statements, comments dropped. */
function statements(script: string): string[] {
  return script
    .split(';\n')
    .map((part) =>
      part
        .split('\n')
        .filter((line) => !line.startsWith('--'))
        .join('\n')
        .trim(),
    )
    .filter((part) => part !== '');
}

async function openDuckdb(): Promise<
  SqlConnection & { close(): Promise<void> }
> {
  const instance = await DuckDBInstance.create(':memory:');
  const native = await instance.connect();
  return {
    dialect: duckdb,
    run: async (sql) => {
      await native.run(sql);
    },
    query: async (sql) => (await native.runAndReadAll(sql)).getRowsJS(),
    close: async () => {
      native.closeSync();
      instance.closeSync();
    },
  };
}

async function openPglite(): Promise<
  SqlConnection & { close(): Promise<void> }
> {
  const db = await PGlite.create();
  return {
    dialect: postgres,
    run: async (sql) => {
      await db.exec(sql);
    },
    query: async (sql) =>
      (await db.query<unknown[]>(sql, [], { rowMode: 'array' })).rows,
    close: () => db.close(),
  };
}

describe('duibiao sql', () => {
  it('prints the script sqlScript makes', async () => {
    let out = '';
    const code = await main(
      ['sql', '--dialect', 'postgres', '--as-of', AS_OF],
      {
        cwd: process.cwd(),
        stdout: (text) => {
          out += text;
        },
        stderr: () => undefined,
      },
    );
    expect(code).toBe(0);
    expect(out).toBe(
      sqlScript(
        createChecker({ plugins: [shaanxi], asOf: AS_OF }).ruleSet,
        postgres,
      ),
    );
    expect(out).toMatch(
      /^-- duibiao rules in postgres SQL, as of 2020-09-30\n/,
    );
  });

  it('refuses a dialect it does not write, naming those it does', async () => {
    let err = '';
    const code = await main(['sql', '--dialect', 'oracle'], {
      cwd: process.cwd(),
      stdout: () => undefined,
      stderr: (text) => {
        err += text;
      },
    });
    expect(code).toBe(2);
    expect(err).toContain(
      '--dialect takes duckdb, postgres, spark, trino, not "oracle"',
    );
  });
});

describe.each([
  ['duckdb', openDuckdb],
  ['postgres', openPglite],
] as const)('the %s script run on the sample', (name, open) => {
  const counts = new Map<
    string,
    { fired: number; passed: number; unknown: number; notApplicable: number }
  >();
  let connection: SqlConnection & { close(): Promise<void> };

  beforeAll(async () => {
    connection = await open();
    const { ruleSet } = createChecker({ plugins: [shaanxi], asOf: AS_OF });
    const script = sqlScript(ruleSet, connection.dialect);
    const [creates, queries] = [[] as string[], [] as string[]];
    for (const statement of statements(script))
      (statement.startsWith('CREATE TABLE') ? creates : queries).push(
        statement,
      );
    for (const statement of creates) await connection.run(statement);
    const { dataset } = data.get(name) as { dataset: Dataset };
    await insertDataset(connection, dataset, { create: false });
    // The queries come in the compiled kinds' order, each with _row,
    // _region, then each rule's column and its :applies column if any.
    const { kinds } = compileRuleSet(ruleSet, { dialect: connection.dialect });
    expect(queries).toHaveLength(kinds.length);
    for (const [k, query] of queries.entries()) {
      const rows = await connection.query(query);
      const names = [
        '_row',
        '_region',
        ...(kinds[k]?.rules ?? []).flatMap((rule) =>
          rule.applies === undefined
            ? [rule.ruleId]
            : [rule.ruleId, `${rule.ruleId}:applies`],
        ),
      ];
      expect(rows[0]).toHaveLength(names.length);
      for (const [i, column] of names.entries()) {
        if (
          column === '_row' ||
          column === '_region' ||
          column.endsWith(':applies')
        )
          continue;
        const appliesAt = names.indexOf(`${column}:applies`);
        const count = { fired: 0, passed: 0, unknown: 0, notApplicable: 0 };
        for (const row of rows) {
          if (appliesAt >= 0 && row[appliesAt] !== true)
            count.notApplicable += 1;
          else if (row[i] === true) count.fired += 1;
          else if (row[i] === false) count.passed += 1;
          else count.unknown += 1;
        }
        counts.set(column, count);
      }
    }
  }, 300_000);

  afterAll(async () => {
    await connection?.close();
  });

  it('judges each compiled rule on each subject as the in-process engine does', () => {
    expect(counts.size).toBeGreaterThan(0);
    const { own } = data.get(name) as { own: CheckResult };
    const stats = new Map<string, RuleStats>(
      own.stats.rules.map((rule) => [rule.ruleId, rule]),
    );
    for (const [ruleId, count] of counts) {
      const rule = stats.get(ruleId) as RuleStats;
      expect({ ruleId, ...count }).toEqual({
        ruleId,
        fired: rule.fired,
        passed: rule.passed,
        unknown: rule.unknown,
        notApplicable: rule.notApplicable,
      });
    }
  });
});

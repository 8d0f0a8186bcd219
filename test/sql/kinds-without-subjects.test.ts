import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createChecker } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { checkInSql, duckdb, loadDataset } from '@duibiao/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A registry-only folder (户信息, 人员信息, 村信息 of the bundled sample,
 * no department list) has no loans, projects, complaints, census issues
 * or spot checks: those kinds' facts queries are not run at all, and the
 * findings are the in-process engine's.
 */
const AS_OF = '2020-09-30';
const SAMPLE = 'examples/sample-province';
const REGISTRY = ['户信息.csv', '人员信息.csv', '村信息.xlsx'];

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kinds without subjects', () => {
  it('are not queried, and the findings are the same', async () => {
    dir = await mkdtemp(join(tmpdir(), 'duibiao-no-subjects-'));
    for (const file of REGISTRY)
      await copyFile(join(SAMPLE, file), join(dir, file));
    const { dataset } = await readFolder(dir);
    const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });

    const instance = await DuckDBInstance.create(':memory:');
    const native = await instance.connect();
    const statements: string[] = [];
    try {
      await loadDataset(native, dataset);
      const result = await checkInSql(
        checker,
        dataset,
        {
          dialect: duckdb,
          run: async (sql) => {
            statements.push(sql);
            await native.run(sql);
          },
          query: async (sql) => (await native.runAndReadAll(sql)).getRowsJS(),
        },
        { indexes: false },
      );
      const factsTables = statements
        .map((sql) => /^CREATE TEMP TABLE "facts:(\w+)"/.exec(sql)?.[1])
        .filter((kind) => kind !== undefined)
        .sort();

      // Villages, households, members and counties (from the households'
      // codes) have subjects; the list-based kinds have none.
      expect(factsTables).toEqual(['county', 'household', 'member', 'village']);
      expect(result.findings).toEqual((await checker.check(dataset)).findings);
    } finally {
      native.closeSync();
      instance.closeSync();
    }
  });
});

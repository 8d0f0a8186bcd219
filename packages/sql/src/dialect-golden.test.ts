import { readFileSync, writeFileSync } from 'node:fs';

import { spark, trino } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

import { goldenFile } from './golden-cases.js';

/**
 * The Spark SQL and Trino each condition compiles to, kept in a golden
 * file per dialect. A change to a dialect shows here as a diff of the SQL
 * an engine would run; `UPDATE_GOLDEN=1` writes the files anew, and the
 * new SQL is read by eye before it is committed.
 */

const pathOf = (name: string) =>
  new URL(`./__golden__/${name}.sql`, import.meta.url);

describe.each([spark, trino])('the $name golden file', (dialect) => {
  it('holds the SQL each condition compiles to', () => {
    const written = goldenFile(dialect);
    if (process.env.UPDATE_GOLDEN === '1')
      writeFileSync(pathOf(dialect.name), written);

    expect(written).toBe(readFileSync(pathOf(dialect.name), 'utf8'));
  });
});

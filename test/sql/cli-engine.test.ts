import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `duibiao check --engine duckdb` on the bundled sample writes the report
 * the default engine writes, byte for byte but for the run's duration, and
 * says on stderr which engine judged how many rules.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const run = promisify(execFile);

let dir: string;
const stderr: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-engine-'));
  for (const engine of ['in-process', 'duckdb']) {
    const { stderr: text } = await run(
      process.execPath,
      [
        BIN,
        'check',
        'examples/sample-province',
        '--as-of',
        '2020-09-30',
        '--format',
        'jsonl,csv',
        '--engine',
        engine,
        '--out',
        join(dir, engine),
      ],
      { cwd: ROOT },
    );
    stderr[engine] = text;
  }
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const read = (engine: string, name: string) =>
  readFile(join(dir, engine, name), 'utf8');

describe('duibiao check --engine duckdb', () => {
  it('writes the same findings, CSV and rejections as the default engine', async () => {
    for (const name of ['findings.jsonl', 'findings.csv', 'rejected.jsonl'])
      expect(await read('duckdb', name)).toBe(await read('in-process', name));
    // 390 findings on the sample, as the README says.
    expect(
      (await read('duckdb', 'findings.jsonl')).trimEnd().split('\n'),
    ).toHaveLength(390);
  });

  it('writes the same summary but for the duration', async () => {
    const summary = async (engine: string) => {
      const { durationMs: _, ...rest } = JSON.parse(
        await read(engine, 'summary.json'),
      );
      return rest;
    };
    expect(await summary('duckdb')).toEqual(await summary('in-process'));
  });

  it('says how many rules DuckDB judged, and only when asked for it', () => {
    expect(stderr.duckdb).toMatch(
      /DuckDB judged \d+ rules, the in-process engine \d+/,
    );
    expect(stderr['in-process']).not.toMatch(/DuckDB/);
  });

  it('refuses an engine it does not have, naming those it has', async () => {
    const failure = await run(
      process.execPath,
      [BIN, 'check', 'examples/sample-province', '--engine', 'sqlite'],
      {
        cwd: ROOT,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain(
      '--engine takes in-process, duckdb or postgres, not "sqlite"',
    );
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { LIST_KEYS, LISTS } from '@duibiao/core';
import { writeProvince } from '@duibiao/synthetic';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `duibiao check --engine duckdb --parts 3` on a registry-only folder
 * checks it a part at a time, each part in a DuckDB of its own, and
 * writes the report the default engine writes reading the folder whole.
 * The folder is roughened so that parts must see rows of one another:
 * an ID number held in two counties (so in two parts), and a member row
 * of no household carrying another member's ID number.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const AS_OF = '2020-09-30';
const run = promisify(execFile);

let dir: string;
const stderr: Record<string, string> = {};

/** Gives IDs held in other parts, as described above. */
async function roughen(folder: string): Promise<void> {
  const path = join(folder, '人员信息.csv');
  const lines = iconv.decode(await readFile(path), 'gb18030').split('\r\n');
  const rows = lines.map((line) => line.split(','));
  // Column 1 is 户编号 (its first 6 digits the county), column 2 证件号码.
  const inCounty = (county: string) =>
    rows.findIndex((row, i) => i > 0 && row[1]?.startsWith(county));
  const first = rows[inCounty('610124')] as string[];
  const twin = rows[inCounty('610329')] as string[];
  const lent = rows[inCounty('610222')] as string[];
  twin[2] = first[2] as string;
  const orphan = [...lent];
  orphan[1] = '6199999999999999';
  rows.splice(rows.length - 1, 0, orphan);

  const text = rows.map((row) => row.join(',')).join('\r\n');
  await writeFile(path, iconv.encode(text, 'gb18030'));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-engine-parts-'));
  const folder = join(dir, 'in');
  // 300 households fill 4 counties, so each of 3 parts has one or two.
  await writeProvince(folder, {
    seed: 'parts-sql',
    households: 300,
    asOf: AS_OF,
  });
  // Parts need a folder without department lists or follow-up tables.
  for (const key of LIST_KEYS)
    await rm(join(folder, `${LISTS[key].table.name}.csv`), { force: true });
  await roughen(folder);

  const runs = {
    'in-process': [],
    duckdb: ['--engine', 'duckdb', '--parts', '3'],
  };
  for (const [name, extra] of Object.entries(runs)) {
    const { stderr: text } = await run(
      process.execPath,
      [
        BIN,
        'check',
        folder,
        '--as-of',
        AS_OF,
        '--format',
        'jsonl',
        '--out',
        join(dir, name),
        ...extra,
      ],
      { cwd: ROOT },
    );
    stderr[name] = text;
  }
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const read = (engine: string, name: string) =>
  readFile(join(dir, engine, name), 'utf8');

describe('duibiao check --engine duckdb --parts 3', () => {
  it('writes the findings and rejections the default engine writes reading the folder whole', async () => {
    const findings = await read('duckdb', 'findings.jsonl');
    expect(findings).toBe(await read('in-process', 'findings.jsonl'));
    expect(await read('duckdb', 'rejected.jsonl')).toBe(
      await read('in-process', 'rejected.jsonl'),
    );

    // Both members holding the lent ID number are found duplicated,
    // though their households are in different counties, so parts.
    const lines = findings.trimEnd().split('\n');
    const duplicates = lines
      .map((line) => JSON.parse(line))
      .filter((f) => f.ruleId === 'national/id-duplicate');
    const counties = duplicates.map((f) => f.householdId.slice(0, 6));
    expect(counties).toContain('610124');
    expect(counties).toContain('610329');
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

  it('says once, not once a part, how many rules DuckDB judged', () => {
    const said = stderr.duckdb?.match(/DuckDB judged \d+ rules/g) ?? [];
    expect(said).toHaveLength(1);
  });
});

describe('duibiao check --parts', () => {
  it('refuses a number of parts outside 0 to 256', async () => {
    const failure = await run(
      process.execPath,
      [BIN, 'check', 'examples/sample-province', '--parts', '257'],
      { cwd: ROOT },
    ).catch((error: { code: number; stderr: string }) => error);

    expect(failure).toMatchObject({
      code: 2,
      stderr:
        'duibiao: --parts takes a whole number from 0 to 256, not "257"\n',
    });
  });
});

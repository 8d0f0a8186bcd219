import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A folder `in` of these files, and `out` holding an earlier report. */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'duibiao-unchecked-'));
  dirs.push(dir);
  await mkdir(join(dir, 'in'));
  await mkdir(join(dir, 'out'));
  await writeFile(join(dir, 'out', 'findings.jsonl'), '{"old":true}\n');
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, 'in', name), text);
  }

  return dir;
}

const exists = (path: string) =>
  readFile(path).then(
    () => true,
    () => false,
  );

describe('duibiao check: no row of a table checked', () => {
  it('exits 1 when every households row is rejected, writing rejected.jsonl and summary.json alone', async () => {
    const dir = await folder({
      'households.csv': '户编号,户类型\n,贫困户\n,一般农户\n',
      // Rejected as of no household, which follows from the households.
      'members.csv': '户编号,证件号码\nH1,610102199001011234\n',
    });

    const run = await runMain(dir, 'check', 'in', '--as-of', '2020-09-30');

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'households.csv: all 2 rows were rejected, so no household could be checked',
    );
    expect(run.stderr).toContain('out/rejected.jsonl');
    expect(run.stderr).not.toContain('members.csv:');
    const rejected = await readFile(join(dir, 'out', 'rejected.jsonl'), 'utf8');
    expect(
      rejected
        .trim()
        .split('\n')
        .map((line) => {
          const { table, line: at } = JSON.parse(line);
          return `${table}:${at}`;
        }),
    ).toEqual(['households:2', 'households:3', 'members:2']);
    const summary = JSON.parse(
      await readFile(join(dir, 'out', 'summary.json'), 'utf8'),
    );
    expect(summary.rows.households).toEqual({
      read: 2,
      checked: 0,
      rejected: 2,
    });
    expect(await exists(join(dir, 'out', 'findings.jsonl'))).toBe(false);
  });

  it('exits 1 when every members row is rejected while households were checked', async () => {
    const dir = await folder({
      'households.csv': '户编号,户类型\nH1,贫困户\n',
      'members.csv': '户编号,证件号码\nH9,610102199001011234\n',
    });

    const run = await runMain(dir, 'check', 'in', '--as-of', '2020-09-30');

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'members.csv: its 1 row was rejected, so no member could be checked',
    );
    expect(run.stderr).not.toContain('households.csv:');
    const rejected = await readFile(join(dir, 'out', 'rejected.jsonl'), 'utf8');
    expect(JSON.parse(rejected).code).toBe('no-household');
  });

  it('exits 0 when some households row is checked', async () => {
    const dir = await folder({
      'households.csv': '户编号,户类型\nH1,贫困户\n,贫困户\n',
    });

    const run = await runMain(dir, 'check', 'in', '--as-of', '2020-09-30');

    expect(run.code).toBe(0);
    expect(await exists(join(dir, 'out', 'findings.jsonl'))).toBe(true);
  });
});

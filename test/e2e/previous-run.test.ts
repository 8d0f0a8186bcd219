import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { main } from '@duibiao/cli';
import { checkFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The sample province, the rows of every CSV table shuffled (households,
 * members, the departments' lists and the follow-up tables), gives
 * every finding the id it had: run with `--previous` of the unshuffled
 * run, every finding persists and none is resolved; checked in parts,
 * the ids are those of the whole folder read in its own order.
 */
const SAMPLE = fileURLToPath(
  new URL('../../examples/sample-province', import.meta.url),
);
const AS_OF = '2020-09-30';

let dir: string;

type Line = {
  findingId: string;
  ruleId: string;
  householdId: string | null;
  memberId: string | null;
  status?: string;
};

/**
 * Shuffles a CSV file's data rows, keeping the header first. The rows are
 * split as bytes on CRLF: neither GB18030 nor UTF-8 has those bytes inside
 * a character, and the sample quotes no line break.
 */
async function shuffleRows(from: string, to: string, seed: number) {
  const text = (await readFile(from)).toString('latin1');
  const [header, ...rows] = text.split('\r\n').filter((row) => row !== '');
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = rows.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as string, rows[i] as string];
  }

  await writeFile(
    to,
    Buffer.from([header, ...rows, ''].join('\r\n'), 'latin1'),
  );
}

async function check(...argv: string[]): Promise<number> {
  return main(['check', ...argv, '--as-of', AS_OF, '--workers', '1', '-q'], {
    cwd: dir,
    stdout: () => undefined,
    stderr: () => undefined,
  });
}

async function findings(path: string): Promise<Line[]> {
  const text = await readFile(join(dir, path), 'utf8');

  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

/** Each finding's rule, household and member with its id, sorted. */
const ids = (lines: readonly Line[]) =>
  lines
    .map((f) => `${f.ruleId} ${f.householdId} ${f.memberId} ${f.findingId}`)
    .sort();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-previous-run-'));
  await mkdir(join(dir, 'shuffled'));
  await copyFile(
    join(SAMPLE, '村信息.xlsx'),
    join(dir, 'shuffled', '村信息.xlsx'),
  );
  const tables = (await readdir(SAMPLE)).filter((name) =>
    name.endsWith('.csv'),
  );
  for (const [i, name] of tables.sort().entries()) {
    await shuffleRows(join(SAMPLE, name), join(dir, 'shuffled', name), i + 7);
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the sample province with its rows shuffled', () => {
  it('keeps every id: all persisting against the run in file order, none resolved', async () => {
    expect(await check(SAMPLE, '--out', 'first')).toBe(0);
    expect(
      await check('shuffled', '--out', 'second', '--previous', 'first'),
    ).toBe(0);

    const first = await findings('first/findings.jsonl');
    const second = await findings('second/findings.jsonl');
    const summary = JSON.parse(
      await readFile(join(dir, 'second/summary.json'), 'utf8'),
    );
    expect(first.length).toBeGreaterThan(300);
    expect(ids(second)).toEqual(ids(first));
    expect(second.every((f) => f.status === 'persisting')).toBe(true);
    expect(summary.diff).toEqual({
      previous: 'first',
      new: 0,
      persisting: first.length,
      resolved: 0,
    });
    expect(await readFile(join(dir, 'second/resolved.jsonl'), 'utf8')).toBe('');
  });

  it('keeps every id when checked in parts', async () => {
    const whole = await checkFolder(SAMPLE, {
      plugins: [shaanxi],
      asOf: AS_OF,
      parts: 0,
    });
    const parts = await checkFolder(join(dir, 'shuffled'), {
      plugins: [shaanxi],
      asOf: AS_OF,
      parts: 3,
    });

    expect(ids(parts.check.findings)).toEqual(ids(whole.check.findings));
  });
});

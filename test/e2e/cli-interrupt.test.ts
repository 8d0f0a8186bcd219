import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `duibiao check` interrupted: it stops with 130 (SIGINT), leaves no spill
 * files in the temporary folder, and leaves no report that could be taken
 * for this run's — not even one from an earlier run. Runs the built CLI.
 */
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-interrupt-'));
  await writeProvince(join(dir, 'in'), {
    seed: 'interrupt',
    households: 30_000,
    asOf: '2020-09-30',
  });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('an interrupted check', () => {
  it('exits 130 and leaves neither spill files nor a stale report', async () => {
    const temp = join(dir, 'tmp');
    const out = join(dir, 'out');
    await rm(temp, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(temp));
    await import('node:fs/promises').then((fs) => fs.mkdir(out));
    await writeFile(join(out, 'summary.json'), '{"from":"an earlier run"}');

    const child = spawn(
      process.execPath,
      [
        'packages/cli/dist/bin.js',
        'check',
        join(dir, 'in'),
        '--as-of',
        '2020-09-30',
        '--out',
        out,
      ],
      {
        env: { ...process.env, TMPDIR: temp },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    // Interrupt once it has started on the folder: it makes its spill
    // folder in TMPDIR just before it listens for signals, which a loaded
    // machine may take more than a second to reach (starting Node and
    // loading the plugins); then a little longer, into the reading.
    const deadline = Date.now() + 30_000;
    while ((await readdir(temp)).length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));

    expect(code).toBe(130);
    expect(stderr).toContain('stopped (SIGINT); no report was written');
    expect(await readdir(temp)).toEqual([]);
    expect(await readdir(out)).toEqual([]);
  }, 60_000);
});

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  FIXED_HOMES,
  FIXED_PEOPLE,
  previousRuns,
  who,
} from './__fixtures__/previous-run.js';

/**
 * `duibiao check --previous` and the folder it names: --out itself as
 * --previous, a stale resolved.jsonl, an earlier report kept when the
 * input is unusable, earlier lines that cannot be read, and a --previous
 * that is no earlier run's folder.
 */
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-previous-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const { run, writeFolder, jsonl, csvStatus, diffOf, exists } = previousRuns(
  () => dir,
);

describe('duibiao check --previous: the earlier folder', () => {
  it('takes the --out folder itself as --previous, reading it before writing, half month after half month', async () => {
    await writeFolder('in');
    await writeFolder('fixed', FIXED_HOMES, FIXED_PEOPLE);
    await run('in', '--out', 'report');
    const before = await jsonl('report/findings.jsonl');

    const fixed = await run('fixed', '--out', 'report', '--previous', 'report');
    const resolved = await jsonl('report/resolved.jsonl');
    const again = await run('fixed', '--out', 'report', '--previous', 'report');

    expect([fixed.code, again.code]).toEqual([0, 0]);
    expect(resolved).toEqual(
      before
        .filter((f) => f.householdId === 'H1')
        .map((f) => ({ ...f, status: 'resolved' })),
    );
    expect(who(await jsonl('report/findings.jsonl'))).toEqual([
      ['national/income-below-line', 'H2', null, 'persisting'],
    ]);
    expect(await readFile(join(dir, 'report/resolved.jsonl'), 'utf8')).toBe('');
    expect(await diffOf('report/summary.json')).toEqual({
      previous: 'report',
      new: 0,
      persisting: 1,
      resolved: 0,
    });
  });

  it('removes a resolved.jsonl left by an earlier run when run without --previous', async () => {
    await writeFolder('in');
    await run('in', '--out', 'report');
    await run('in', '--out', 'report', '--previous', 'report');
    expect(await exists('report/resolved.jsonl')).toBe(true);

    await run('in', '--out', 'report');

    expect(await exists('report/resolved.jsonl')).toBe(false);
    expect((await csvStatus('report/findings.csv'))[0]).toBe('规则编号');
  });

  it('keeps the earlier report, saying so, when the input is unusable and --previous is --out', async () => {
    await writeFolder('in');
    await mkdir(join(dir, 'empty'));
    await run('in', '--out', 'report');
    const before = await readFile(join(dir, 'report/findings.jsonl'), 'utf8');

    const { code, stderr } = await run(
      'empty',
      '--out',
      'report',
      '--previous',
      'report',
    );

    expect(code).toBe(1);
    expect(stderr).toContain(
      'duibiao: report still holds the earlier report (it is the --previous folder)\n',
    );
    expect(await readFile(join(dir, 'report/findings.jsonl'), 'utf8')).toBe(
      before,
    );
    // Another --previous folder does not protect --out.
    await run('empty', '--out', 'report', '--previous', 'report');
    await run('in', '--out', 'other');
    await run('empty', '--out', 'report', '--previous', 'other');
    expect(await exists('report/findings.jsonl')).toBe(false);
  });

  it('reads on past lines of the earlier findings.jsonl it cannot read, naming file, line and text', async () => {
    await writeFolder('in');
    await run('in', '--out', 'first');
    const lines = (await readFile(join(dir, 'first/findings.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean);
    // The third line (H2's finding) cut off, as by a full disk.
    const cut = (lines[2] as string).slice(0, 40);
    await writeFile(
      join(dir, 'first/findings.jsonl'),
      `${lines[0]}\n${lines[1]}\n${cut}`,
    );

    const { code, stderr, stdout } = await run(
      'in',
      '--out',
      'second',
      '--previous',
      'first',
    );

    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^duibiao: first\/findings\.jsonl line 3 not read: is not JSON \(.+\): (.+)\n$/,
    );
    expect(stderr.endsWith(`: ${cut}\n`)).toBe(true);
    expect(who(await jsonl('second/findings.jsonl')).map((w) => w[3])).toEqual([
      'persisting',
      'persisting',
      'new',
    ]);
    expect(await diffOf('second/summary.json')).toEqual({
      previous: 'first',
      new: 1,
      persisting: 2,
      resolved: 0,
      unreadLines: 1,
    });
    expect(stdout).toContain('lines of first/findings.jsonl not read: 1');
  });

  it('masks the ID number on an earlier line it cannot read, unless --unmask', async () => {
    await writeFolder('in');
    await run('in', '--out', 'first');
    const broken = '{"findingId":"f9","memberId":"610124197503121114"';
    await writeFile(join(dir, 'first/findings.jsonl'), `${broken}\n`);

    const masked = await run('in', '--out', 'second', '--previous', 'first');
    const full = await run(
      'in',
      '--out',
      'third',
      '--previous',
      'first',
      '--unmask',
    );

    expect(masked.stderr).toContain('"memberId":"6101**********1114"');
    expect(masked.stderr).not.toContain('610124197503121114');
    expect(full.stderr).toContain('610124197503121114');
  });

  it('exits 2 before writing anything when --previous is not the folder of an earlier run', async () => {
    await writeFolder('in');
    await mkdir(join(dir, 'blank'));
    await writeFile(join(dir, 'a-file'), '');

    const missing = await run('in', '--previous', 'nowhere');
    const noFindings = await run('in', '--previous', 'blank');
    const file = await run('in', '--previous', 'a-file');
    const empty = await run('in', '--previous', ' ');

    expect(missing).toMatchObject({
      code: 2,
      stderr: 'duibiao: --previous nowhere: there is no such folder\n',
    });
    expect(noFindings).toMatchObject({
      code: 2,
      stderr:
        'duibiao: --previous blank has no findings.jsonl: give the --out folder of an earlier run that wrote one (--format jsonl, the default)\n',
    });
    expect(file).toMatchObject({
      code: 2,
      stderr:
        'duibiao: --previous takes the --out folder of an earlier run, not the file a-file\n',
    });
    expect(empty).toMatchObject({
      code: 2,
      stderr: 'duibiao: --previous needs a folder name\n',
    });
    expect(await exists('out/summary.json')).toBe(false);
  });
});

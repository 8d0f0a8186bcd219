import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-cli-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runMain(dir, ...argv);

/** A household of one: 贫困户 at 3500 yuan a head, an 11-digit region code. */
async function writeFolder(name = 'in') {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, '户信息.csv'),
    '户编号,行政区划代码,户类型,人均纯收入（元）\nH1,610124101201,贫困户,3500\nH2,610124101201,贫困户,不详\n',
  );

  return folder;
}

describe('duibiao check', () => {
  it('writes the four files and exits 0 when findings and rejected rows exist', async () => {
    await writeFolder();
    const { code, stdout } = await run(
      'check',
      'in',
      '--as-of',
      '2020-09-30',
      '--plugin',
      'national',
    );
    const findings = (await readFile(join(dir, 'out/findings.jsonl'), 'utf8'))
      .trim()
      .split('\n');
    const summary = JSON.parse(
      await readFile(join(dir, 'out/summary.json'), 'utf8'),
    );
    const rejected = (await readFile(join(dir, 'out/rejected.jsonl'), 'utf8'))
      .trim()
      .split('\n');
    const csv = await readFile(join(dir, 'out/findings.csv'));

    expect(code).toBe(0);
    expect(findings.map((line) => JSON.parse(line).ruleId)).toContain(
      'national/income-below-line',
    );
    expect(summary).toMatchObject({
      asOf: '2020-09-30',
      rows: { households: { read: 2, checked: 1, rejected: 1 } },
    });
    expect(JSON.parse(rejected[0] ?? '')).toMatchObject({
      table: 'households',
      line: 3,
      column: '人均纯收入（元）',
      value: '不详',
    });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(stdout).toContain('policy-gap');
  });

  it('writes only the findings formats asked for', async () => {
    await writeFolder();
    const { code } = await run(
      'check',
      'in',
      '--as-of',
      '2020-09-30',
      '--plugin',
      'national',
      '--format',
      'csv',
      '--out',
      'report',
    );

    expect(code).toBe(0);
    await expect(
      readFile(join(dir, 'report/findings.jsonl')),
    ).rejects.toThrow();
    await expect(
      readFile(join(dir, 'report/findings.csv')),
    ).resolves.toBeTruthy();
  });

  it('exits 1 naming the folder when it is missing, with no stack trace', async () => {
    const { code, stderr } = await run(
      'check',
      'nowhere',
      '--plugin',
      'national',
    );

    expect(code).toBe(1);
    expect(stderr).toContain('nowhere');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 naming the file and column when the key column is missing', async () => {
    const folder = join(dir, 'in');
    await mkdir(folder);
    await writeFile(
      join(folder, 'households.csv'),
      '行政区划代码,户类型\n610124101201,贫困户\n',
    );
    const { code, stderr } = await run('check', 'in', '--plugin', 'national');

    expect(code).toBe(1);
    expect(stderr).toContain('households.csv');
    expect(stderr).toContain('户编号');
  });

  it('exits 2 on usage errors', async () => {
    await writeFolder();

    expect((await run('check', 'in', '--as-of', '2023-02-29')).code).toBe(2);
    expect((await run('check', 'in', '--as-of', '30/09/2020')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', 'in', '--colour')).code).toBe(2);
    expect((await run('check', 'in', '--format', 'pdf')).code).toBe(2);
    expect(
      (await run('check', 'in', '--plugin', './no-such-plugin.js')).code,
    ).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('exits 2 without a stack trace when --out cannot be written', async () => {
    await writeFolder();
    await writeFile(join(dir, 'taken'), 'a file, not a folder');
    const { code, stderr } = await run(
      'check',
      'in',
      '--plugin',
      'national',
      '--out',
      'taken/report',
    );

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: cannot write the report to --out taken/report: a file is in the way of the folder\n',
    );
  });

  it('removes a findings file of a format not asked for, left by an earlier run', async () => {
    await writeFolder();
    await run('check', 'in', '--as-of', '2020-09-30', '--plugin', 'national');
    await run(
      'check',
      'in',
      '--as-of',
      '2020-09-30',
      '--plugin',
      'national',
      '--format',
      'csv',
    );

    await expect(readFile(join(dir, 'out/findings.jsonl'))).rejects.toThrow();
    await expect(readFile(join(dir, 'out/findings.csv'))).resolves.toBeTruthy();
  });

  it('removes an earlier report when the input is unusable, so it is not taken for this run', async () => {
    await writeFolder();
    await run('check', 'in', '--as-of', '2020-09-30', '--plugin', 'national');
    await mkdir(join(dir, 'empty'));
    const { code } = await run('check', 'empty', '--plugin', 'national');

    expect(code).toBe(1);
    await expect(readFile(join(dir, 'out/summary.json'))).rejects.toThrow();
    await expect(readFile(join(dir, 'out/findings.jsonl'))).rejects.toThrow();
  });

  it('exits 2 for an empty --out and for a folder where a report file should be', async () => {
    await writeFolder();
    await mkdir(join(dir, 'out/findings.csv'), { recursive: true });
    const empty = await run('check', 'in', '--plugin', 'national', '--out', '');
    const blocked = await run(
      'check',
      'in',
      '--plugin',
      'national',
      '--format',
      'jsonl',
    );

    expect(empty).toMatchObject({
      code: 2,
      stderr: 'duibiao: --out needs a folder name\n',
    });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(
      'cannot clear an earlier report from --out out',
    );
  });

  it('prints help and exits 0 when asked', async () => {
    const { code, stdout } = await run('--help');

    expect(code).toBe(0);
    expect(stdout).toContain('duibiao check <folder>');
  });

  it.each(['init', 'rules', 'test'])(
    "shows %s in the help with every option of the command's own usage line",
    async (command) => {
      const overall = await run('--help');
      const own = await run(command, '--help');
      const usage = own.stdout.split('\n')[0]?.replace(/^Usage: /, '');

      expect(usage).toMatch(new RegExp(`^duibiao ${command} `));
      expect(overall.stdout).toContain(`\n  ${usage}\n`);
    },
  );
});

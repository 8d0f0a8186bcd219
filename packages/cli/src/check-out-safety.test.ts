import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `--out` takes only the report's fixed file names: no value of the data
 * reaches a path, a link left in the folder is replaced rather than
 * written through, and the report is never read back as input.
 */
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duibiao-out-safety-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Names that would leave a folder, or that Windows or Excel refuse. */
const NAMES = [
  '../../evil',
  '..\\evil',
  '/etc/duibiao-evil',
  'CON',
  'a:b*c[d]?',
  'x/../../../evil',
];

const HOUSEHOLDS = [
  '户编号,行政区划代码,户类型,人均纯收入',
  'H1,610124101201,贫困户,3500',
  '',
].join('\n');

const run = (...argv: string[]) =>
  runMain(root, 'check', ...argv, '--as-of', '2020-09-30', '--quiet');

/** Every path under a folder, relative to it, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });

  return entries.map(String).sort();
}

const REPORT = [
  'findings.csv',
  'findings.jsonl',
  'findings.xlsx',
  'rejected.jsonl',
  'report.html',
  'summary.json',
];

describe('names from the data', () => {
  it('never reach a path: the report is its six files in --out, nothing else', async () => {
    const input = join(root, 'a', 'b', 'in');
    await mkdir(input, { recursive: true });
    // As household numbers, village names and township-free codes (the
    // sheet of findings.xlsx is named after the township, so 乡镇不详).
    const households = NAMES.map(
      (name, i) => `"${name}",61012410120${i},贫困户,3500`,
    );
    const villages = NAMES.map((name, i) => `61012410120${i},"${name}"`);
    await writeFile(
      join(input, 'households.csv'),
      ['户编号,行政区划代码,户类型,人均纯收入', ...households, ''].join('\n'),
    );
    await writeFile(
      join(input, 'villages.csv'),
      ['行政区划代码,村名', ...villages, ''].join('\n'),
    );

    const { code } = await run(
      'a/b/in',
      '--out',
      'a/b/out',
      '--format',
      'jsonl,csv,xlsx,html',
    );

    expect(code).toBe(0);
    expect(await tree(root)).toEqual([
      'a',
      'a/b',
      'a/b/in',
      'a/b/in/households.csv',
      'a/b/in/villages.csv',
      'a/b/out',
      ...REPORT.map((name) => `a/b/out/${name}`),
    ]);
    await expect(lstat('/etc/duibiao-evil')).rejects.toThrow();
    const findings = await readFile(
      join(root, 'a/b/out/findings.jsonl'),
      'utf8',
    );
    for (const name of NAMES) expect(findings).toContain(JSON.stringify(name));
  });
});

describe('a link in --out where a report file goes', () => {
  beforeEach(async () => {
    await mkdir(join(root, 'in'));
    await writeFile(join(root, 'in', 'households.csv'), HOUSEHOLDS);
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'elsewhere.txt'), 'not yours\n');
  });

  it.each(['findings.csv', 'rejected.jsonl', 'summary.json'])(
    'is replaced by the file: %s is written in --out, not through the link',
    async (name) => {
      await symlink(join(root, 'elsewhere.txt'), join(root, 'out', name));

      const { code } = await run('in', '--out', 'out');
      const written = await lstat(join(root, 'out', name));

      expect(code).toBe(0);
      expect(await readFile(join(root, 'elsewhere.txt'), 'utf8')).toBe(
        'not yours\n',
      );
      expect(written.isSymbolicLink()).toBe(false);
      expect(written.isFile()).toBe(true);
      expect((await readdir(join(root, 'out'))).sort()).toEqual([
        'findings.csv',
        'findings.jsonl',
        'rejected.jsonl',
        'summary.json',
      ]);
    },
  );

  it('that points nowhere is replaced too', async () => {
    await symlink(
      join(root, 'missing', 'x'),
      join(root, 'out', 'findings.csv'),
    );

    const { code } = await run('in', '--out', 'out');

    expect(code).toBe(0);
    expect((await lstat(join(root, 'out', 'findings.csv'))).isFile()).toBe(
      true,
    );
    await expect(lstat(join(root, 'missing'))).rejects.toThrow();
  });

  it('a folder in the way of a report file is a usage error, and leaves nothing behind', async () => {
    await mkdir(join(root, 'out', 'findings.csv'));

    const { code, stderr } = await run('in', '--out', 'out');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: cannot write out/findings.csv: a folder is in the way of a report file\n',
    );
    expect(
      (await readdir(join(root, 'out'))).filter((n) => n.startsWith('.')),
    ).toEqual([]);
  });
});

describe('where --out is', () => {
  beforeEach(async () => {
    await mkdir(join(root, 'in'));
    await writeFile(join(root, 'in', 'households.csv'), HOUSEHOLDS);
  });

  it('a file: a usage error that leaves the file as it was', async () => {
    await writeFile(join(root, 'report'), 'a file\n');

    const { code, stderr } = await run('in', '--out', 'report');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: cannot write the report to --out report: a file is in the way of the folder\n',
    );
    expect(await readFile(join(root, 'report'), 'utf8')).toBe('a file\n');
  });

  it.each([
    ['inside the folder checked', 'in/out', 'out', 'a folder: only files'],
    [
      'the folder checked itself',
      'in',
      'findings.csv',
      'findings names no table',
    ],
  ])(
    '%s: the next run reads the same rows and lists the report as not read',
    async (_, out, listed, reason) => {
      const first = await run('in', '--out', out);
      const second = await run('in', '--out', out);
      const summary = JSON.parse(
        await readFile(join(root, out, 'summary.json'), 'utf8'),
      ) as {
        rows: Record<string, unknown>;
        notRead: { file: string; reason: string }[];
      };

      expect([first.code, second.code]).toEqual([0, 0]);
      expect(summary.rows).toEqual({
        households: { read: 1, checked: 1, rejected: 0 },
      });
      expect(
        summary.notRead.find((skip) => skip.file === listed)?.reason,
      ).toContain(reason);
    },
  );
});

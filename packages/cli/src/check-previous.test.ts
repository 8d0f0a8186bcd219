import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '@duibiao/cli';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `duibiao check --previous`: findings marked new or persisting against
 * an earlier run, the gone ones in resolved.jsonl, and the counts in
 * summary.json and the printed summary.
 *
 * The folder, checked by the national rules as of 2020-09-30, has three
 * findings, worked out by hand:
 * - H1: 人均纯收入 3500 元, below the 4,000 yuan line (income-below-line);
 * - H1: the child's ID number 61012420100901331 + 0, whose check
 *   character should be X (id-checksum/check-digit);
 * - H2: 3800 元, below the line (income-below-line).
 * H3 (5200 元) and every other ID number are clean.
 */
const HOMES = [
  '户编号,行政区划代码,户类型,人均纯收入（元）',
  'H1,610124101201,贫困户,3500',
  'H2,610124101201,贫困户,3800',
  'H3,610124101201,贫困户,5200',
];
const PEOPLE = [
  '户编号,证件号码,证件类型,与户主关系,性别',
  'H1,610124197503121114,居民身份证,户主,男',
  'H1,610124197805062228,居民身份证,配偶,女',
  'H1,610124201009013310,居民身份证,之子,男',
  'H2,610124198001010013,居民身份证,户主,男',
  'H3,610124196207150055,居民身份证,户主,男',
];

/** H1 fixed: its income over the line, the child's check character X. */
const FIXED_HOMES = HOMES.map((row) =>
  row.replace('H1,610124101201,贫困户,3500', 'H1,610124101201,贫困户,4500'),
);
const FIXED_PEOPLE = PEOPLE.map((row) =>
  row.replace('610124201009013310', '61012420100901331X'),
);

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-previous-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['check', ...argv, '--as-of', '2020-09-30', '--plugin', 'national'],
    {
      cwd: dir,
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    },
  );

  return { code, stdout, stderr };
}

async function writeFolder(
  name: string,
  homes: readonly string[] = HOMES,
  people: readonly string[] = PEOPLE,
) {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, '户信息.csv'), `${homes.join('\n')}\n`);
  await writeFile(join(dir, name, '人员信息.csv'), `${people.join('\n')}\n`);
}

type Line = Record<string, unknown> & { findingId: string };

async function jsonl(path: string): Promise<Line[]> {
  const text = await readFile(join(dir, path), 'utf8');

  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

async function csvStatus(path: string): Promise<string[]> {
  const text = await readFile(join(dir, path), 'utf8');

  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((row) => row.split(',')[1] as string);
}

async function diffOf(path: string): Promise<unknown> {
  const summary = JSON.parse(await readFile(join(dir, path), 'utf8'));

  return summary.diff;
}

/** Rule, household and member of each finding, with its id and status. */
const who = (lines: readonly Line[]) =>
  lines.map((f) => [f.ruleId, f.householdId, f.memberId, f.status]);

const exists = (path: string) =>
  readFile(join(dir, path)).then(
    () => true,
    () => false,
  );

describe('duibiao check --previous', () => {
  it('gives an unchanged re-run the same ids, all persisting, nothing resolved', async () => {
    await writeFolder('in');
    expect((await run('in', '--out', 'first')).code).toBe(0);
    const { code, stdout } = await run(
      'in',
      '--out',
      'second',
      '--previous',
      'first',
    );

    const first = await jsonl('first/findings.jsonl');
    const second = await jsonl('second/findings.jsonl');
    expect(code).toBe(0);
    expect(who(first)).toEqual([
      ['national/income-below-line', 'H1', null, undefined],
      [
        'national/id-checksum/check-digit',
        'H1',
        '610124201009013310',
        undefined,
      ],
      ['national/income-below-line', 'H2', null, undefined],
    ]);
    expect(second).toEqual(first.map((f) => ({ ...f, status: 'persisting' })));
    expect(Object.keys(second[0] ?? {}).slice(0, 3)).toEqual([
      'findingId',
      'status',
      'ruleId',
    ]);
    expect(await readFile(join(dir, 'second/resolved.jsonl'), 'utf8')).toBe('');
    expect(await diffOf('second/summary.json')).toEqual({
      previous: 'first',
      new: 0,
      persisting: 3,
      resolved: 0,
    });
    expect(await csvStatus('second/findings.csv')).toEqual([
      '状态',
      '持续存在',
      '持续存在',
      '持续存在',
    ]);
    expect(stdout).toMatch(
      /\nsince the run in first\n {2}新发现 new +0\n {2}持续存在 persisting +3\n {2}已解决 resolved +0\n/,
    );
    expect(stdout).toContain('second/resolved.jsonl');
  });

  it('leaves the report as it was without --previous: no status, no 状态, no resolved.jsonl, no diff', async () => {
    await writeFolder('in');
    await run('in', '--out', 'first');

    const first = await jsonl('first/findings.jsonl');
    expect(first.every((f) => !('status' in f))).toBe(true);
    expect((await csvStatus('first/findings.csv'))[0]).toBe('规则编号');
    expect(await exists('first/resolved.jsonl')).toBe(false);
    expect(await diffOf('first/summary.json')).toBeUndefined();
  });

  it('moves exactly the findings of the household whose data was fixed to resolved.jsonl, as they were', async () => {
    await writeFolder('in');
    await writeFolder('fixed', FIXED_HOMES, FIXED_PEOPLE);
    await run('in', '--out', 'first');
    const { code, stdout } = await run(
      'fixed',
      '--out',
      'second',
      '--previous',
      'first',
    );

    const first = await jsonl('first/findings.jsonl');
    const h1 = first.filter((f) => f.householdId === 'H1');
    const h2 = first.filter((f) => f.householdId === 'H2');
    expect(code).toBe(0);
    expect(h1).toHaveLength(2);
    expect(await jsonl('second/findings.jsonl')).toEqual(
      h2.map((f) => ({ ...f, status: 'persisting' })),
    );
    expect(await jsonl('second/resolved.jsonl')).toEqual(
      h1.map((f) => ({ ...f, status: 'resolved' })),
    );
    expect(await diffOf('second/summary.json')).toEqual({
      previous: 'first',
      new: 0,
      persisting: 1,
      resolved: 2,
    });
    expect(stdout).toMatch(/已解决 resolved +2\n/);
  });

  it('marks new the finding of a household whose data got worse', async () => {
    await writeFolder('in');
    const worse = HOMES.map((row) => row.replace('5200', '3900'));
    await writeFolder('worse', worse);
    await run('in', '--out', 'first');
    await run('worse', '--out', 'second', '--previous', 'first');

    const second = await jsonl('second/findings.jsonl');
    expect(who(second)).toEqual([
      ['national/income-below-line', 'H1', null, 'persisting'],
      [
        'national/id-checksum/check-digit',
        'H1',
        '610124201009013310',
        'persisting',
      ],
      ['national/income-below-line', 'H2', null, 'persisting'],
      ['national/income-below-line', 'H3', null, 'new'],
    ]);
    expect(await csvStatus('second/findings.csv')).toEqual([
      '状态',
      '持续存在',
      '持续存在',
      '持续存在',
      '新发现',
    ]);
    expect(await diffOf('second/summary.json')).toMatchObject({
      new: 1,
      persisting: 3,
      resolved: 0,
    });
  });

  it('gives the same ids when the rows and columns are shuffled', async () => {
    await writeFolder('in');
    const [homeHeader, ...homes] = HOMES;
    const [peopleHeader, ...people] = PEOPLE;
    // Rows reversed and members of different households interleaved; the
    // members' columns put in another order.
    const order = [4, 0, 3, 2, 1];
    const swapped = (row: string) => {
      const [household, id, type, relation, sex] = row.split(',');
      return [sex, relation, id, household, type].join(',');
    };
    await writeFolder(
      'shuffled',
      [homeHeader as string, ...homes.reverse()],
      [peopleHeader as string, ...order.map((i) => people[i] as string)].map(
        swapped,
      ),
    );
    await run('in', '--out', 'first');
    await run('shuffled', '--out', 'second', '--previous', 'first');

    const first = await jsonl('first/findings.jsonl');
    const second = await jsonl('second/findings.jsonl');
    const ids = (lines: readonly Line[]) =>
      lines
        .map((f) => `${f.ruleId} ${f.householdId} ${f.memberId} ${f.findingId}`)
        .sort();
    expect(ids(second)).toEqual(ids(first));
    expect(second.every((f) => f.status === 'persisting')).toBe(true);
    expect(await diffOf('second/summary.json')).toMatchObject({
      new: 0,
      persisting: 3,
      resolved: 0,
    });
  });

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

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

/**
 * A city plugin for 6103 (宝鸡) checked on a folder of two cities: H1 and
 * H2 in 610124 (西安), H3 in 610302 (宝鸡); H1 has two members, H3 one.
 * The city's rules judge only H3, but its line of 7000 holds for all.
 */
describe('duibiao check with a city plugin, on data of two cities', () => {
  const HOUSEHOLDS = [
    '户编号,行政区划代码,户类型,监测对象类别,收入年度,人均纯收入（元）',
    'H1,610124101201,一般农户,,2020,6500',
    'H2,610124101201,一般农户,,2020,9000',
    'H3,610302001201,一般农户,,2020,9000',
  ];
  const MEMBERS = [
    '户编号,证件号码,姓名,与户主关系,性别,出生日期',
    'H1,610124196001010011,张一,户主,男,1960-01-01',
    'H1,610124196202020022,李二,配偶,女,1962-02-02',
    'H3,610302197004040033,王三,户主,男,1970-04-04',
  ];
  const rule = (subject: string) => ({
    id: `baoji/${subject}-rule`,
    subject,
    category: 'data-error',
    indicator: 'identity',
    severity: 'low',
    title: '从不报告',
    basis: 'test',
    department: '扶贫部门',
    action: '核实',
    conditions: {
      all: [{ fact: 'householdId', operator: 'equal', value: 'none' }],
    },
    message: { zh: '户编号 {householdId}', en: 'household {householdId}' },
  });
  const baoji = (rules: unknown[], regions = ['6103']) => ({
    name: 'duibiao-plugin-baoji',
    id: 'baoji',
    version: '0.1.0',
    regions,
    extends: ['shaanxi'],
    parameters: [
      {
        name: 'monitoringLine',
        description: 'The city line.',
        values: [{ from: '2020-07-01', value: 7000 }],
      },
    ],
    rules,
  });
  const NOTE =
    "lie outside the regions of duibiao-plugin-baoji (6103): its parameter overrides and switched-off rules apply to them too; check a city's data with its plugin";

  async function check(plugin: object) {
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in/户信息.csv'), `${HOUSEHOLDS.join('\n')}\n`);
    await writeFile(join(dir, 'in/人员信息.csv'), `${MEMBERS.join('\n')}\n`);
    await writeFile(join(dir, 'city.json'), JSON.stringify(plugin));

    return run('check', 'in', '--plugin', 'city.json', '--as-of', '2020-09-30');
  }

  it('says how many households lie outside its regions, counted by its household rule', async () => {
    const { code, stdout } = await check(
      baoji([rule('member'), rule('household')]),
    );

    expect(code).toBe(0);
    expect(stdout).toContain(`\n2 households ${NOTE}\n\nwrote `);
  });

  it('counts members when the plugin has no household rule', async () => {
    const { stdout } = await check(baoji([rule('member')]));

    expect(stdout).toContain(`\n2 members ${NOTE}\n`);
  });

  it('says nothing when every household lies in its regions', async () => {
    const { stdout } = await check(
      baoji([rule('household')], ['6101', '6103']),
    );

    expect(stdout).not.toContain('outside the regions');
  });

  it('says nothing for a plugin without regions', async () => {
    await check(baoji([]));
    const { code, stdout } = await run(
      'check',
      'in',
      '--plugin',
      'shaanxi',
      '--as-of',
      '2020-09-30',
    );

    expect(code).toBe(0);
    expect(stdout).not.toContain('outside the regions');
  });
});

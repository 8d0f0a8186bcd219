import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { makeIdNumber } from '@duibiao/plugin-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao diff`: a proposed city plugin against Shaanxi's rules, on a
 * folder of seven households. The city (regions 6101) raises the
 * monitoring line from 6000 to 6800 on 2020-07-01, adds a rule on
 * chronic-disease contracts and switches off national/income-below-line.
 *
 * | household | region | type     | income | baseline (line 6000) | proposed (line 6800)      |
 * | H1        | 6101   | 一般农户 | 5000   | should-be-monitored  | same; its member: chronic |
 * | H2        | 6101   | 一般农户 | 6500   | —                    | should-be-monitored       |
 * | H3        | 6101   | 已脱贫户 | 6799   | —                    | should-be-monitored       |
 * | H4        | 6101   | 一般农户 | 6800   | —                    | — (not under the line)    |
 * | H5        | 6102   | 一般农户 | 6500   | —                    | should-be-monitored       |
 * | H6        | 6101   | 贫困户   | 3500   | income-below-line    | — (switched off)          |
 * | H7        | 6102   | 贫困户   | 3600   | income-below-line    | — (switched off)          |
 *
 * H5's member is chronically ill without a contract too, but the city's
 * rule judges only the city's households (6101), whatever --region says;
 * the city's line, a parameter, applies to every household.
 */
const CLI = fileURLToPath(new URL('..', import.meta.url));
const CITY = 'duibiao-plugin-diff-city';
const XIAN = '610124101201';
const TONGCHUAN = '610202001201';
const ILL_IN_H1 = makeIdNumber('1960-01-01', '男', 21);
const ILL_IN_H5 = makeIdNumber('1964-03-03', '男', 23);

const CITY_PLUGIN = `
import { definePlugin, defineParameter, defineRule } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';


export default definePlugin({
  name: '${CITY}',
  id: 'diffcity',
  version: '0.1.0',
  regions: ['6101'],
  extends: [shaanxi],
  parameters: [
    defineParameter({
      name: 'monitoringLine',
      description: 'The city line from July 2020.',
      values: [{ from: '2020-07-01', value: 6800 }],
    }),
  ],
  rules: [
    defineRule({
      id: 'diffcity/chronic-no-contract',
      subject: 'member',
      category: 'policy-gap',
      indicator: 'medical',
      severity: 'medium',
      title: '慢性病患者未签约',
      basis: 'test',
      department: '卫健部门',
      action: '落实帮扶',
      conditions: {
        all: [
          { fact: 'health', operator: 'contains', value: '长期慢性病' },
          { fact: 'chronicDiseaseContract', operator: 'equal', value: false },
        ],
      },
      message: {
        zh: '证件号码 {idNumber} 未签约慢性病服务',
        en: 'ID {idNumber}: no chronic-disease contract',
      },
    }),
  ],
  disables: [{ ruleId: 'national/income-below-line', reason: 'test' }],
});
`;

const HOUSEHOLDS = [
  '户编号,行政区划代码,户类型,监测对象类别,收入年度,人均纯收入（元）',
  `H1,${XIAN},一般农户,,2020,5000`,
  `H2,${XIAN},一般农户,,2020,6500`,
  `H3,${XIAN},已脱贫户,,2020,6799`,
  `H4,${XIAN},一般农户,,2020,6800`,
  `H5,${TONGCHUAN},一般农户,,2020,6500`,
  `H6,${XIAN},贫困户,,2020,3500`,
  `H7,${TONGCHUAN},贫困户,,2020,3600`,
];
const MEMBERS = [
  '户编号,证件号码,姓名,与户主关系,性别,出生日期,健康状况,是否慢性病签约服务',
  `H1,${ILL_IN_H1},张一,户主,男,1960-01-01,长期慢性病,否`,
  `H2,${makeIdNumber('1962-02-02', '女', 22)},李二,户主,女,1962-02-02,长期慢性病,是`,
  `H3,${makeIdNumber('1970-04-04', '男', 24)},王三,户主,男,1970-04-04,健康,否`,
  `H5,${ILL_IN_H5},赵五,户主,男,1964-03-03,长期慢性病,否`,
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(CLI, '.tmp-diff-'));
  await writeFile(join(dir, 'city.js'), CITY_PLUGIN);
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in/户信息.csv'), `${HOUSEHOLDS.join('\n')}\n`);
  await writeFile(join(dir, 'in/人员信息.csv'), `${MEMBERS.join('\n')}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const result = await runMain(dir, ...argv);

  return { ...result, lines: result.stdout.split('\n') };
}

const diff = (...options: string[]) =>
  run(
    'diff',
    'in',
    '--plugin',
    './city.js',
    '--as-of',
    '2020-09-30',
    ...options,
  );

interface Change {
  ruleId: string;
  presence: string;
  added: number;
  removed: number;
  kept: number;
  examples: { added: Finding[]; removed: Finding[] };
}
interface Finding {
  householdId: string;
  memberId: string | null;
  message: string;
}

async function json(...options: string[]) {
  const { code, stdout } = await diff('--json', ...options);
  expect(code).toBe(0);
  const comparison = JSON.parse(stdout) as {
    regions: string[];
    parameters: unknown[];
    rules: Change[];
    totals: { added: number; removed: number };
  };
  const rule = (id: string) => comparison.rules.find((r) => r.ruleId === id);

  return { ...comparison, rule };
}

const SBM = 'national/should-be-monitored';
const BELOW = 'national/income-below-line';
const CHRONIC = 'diffcity/chronic-no-contract';
const households = (findings: Finding[] = []) =>
  findings.map((finding) => finding.householdId).sort();

describe('duibiao diff as text', () => {
  it("counts per rule what the city adds and removes in the city's own regions", async () => {
    const { code, lines } = await diff();

    expect(code).toBe(0);
    expect(lines.slice(0, 2)).toEqual([
      `${CITY} against @duibiao/plugin-shaanxi`,
      'on in as of 2020-09-30, in regions 6101',
    ]);
    expect(lines).toContain('Parameters that differ:');
    expect(lines).toContain(
      `  monitoringLine: 6000 (@duibiao/plugin-national) → 6800 (${CITY})`,
    );
    expect(lines).toContain(
      `${SBM} 收入低于监测标准未纳入监测: +2 −0 (1 unchanged)`,
    );
    expect(lines).toContain(
      `${BELOW} 人均纯收入低于扶贫标准 [baseline only]: +0 −1 (0 unchanged)`,
    );
    expect(lines).toContain(
      `${CHRONIC} 慢性病患者未签约 [proposed only]: +1 −0 (0 unchanged)`,
    );
    expect(lines.at(-2)).toMatch(/^In all: \+3 −1, \d+ unchanged$/);
  });

  it('shows the added and removed findings with their messages', async () => {
    const { lines } = await diff();

    expect(lines).toContain(
      '  + H2  一般农户人均纯收入 6500 元，低于 2020 年监测标准 6800 元，未纳入防返贫监测',
    );
    expect(lines).toContain(
      '  + H3  已脱贫户人均纯收入 6799 元，低于 2020 年监测标准 6800 元，未纳入防返贫监测',
    );
    expect(lines).toContain(
      '  − H6  人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
    );
    expect(lines.filter((line) => /^ {2}[+−] H[457]\b/.test(line))).toEqual([]);
  });

  it('masks ID numbers, of the member and in the message: four characters either end', async () => {
    const { stdout, lines } = await diff();
    const masked = `${ILL_IN_H1.slice(0, 4)}**********${ILL_IN_H1.slice(-4)}`;

    expect(lines).toContain(
      `  + H1 ${masked}  证件号码 ${masked} 未签约慢性病服务`,
    );
    expect(stdout).not.toContain(ILL_IN_H1);
  });

  it("takes --region over the plugin's regions: the other city's households count", async () => {
    const { lines } = await diff('--region', '61');

    expect(lines[1]).toBe('on in as of 2020-09-30, in regions 61');
    expect(lines).toContain(
      `${SBM} 收入低于监测标准未纳入监测: +3 −0 (1 unchanged)`,
    );
    expect(lines).toContain(
      `${BELOW} 人均纯收入低于扶贫标准 [baseline only]: +0 −2 (0 unchanged)`,
    );
    // The city's own rule judges only 6101: H5's member is no finding.
    expect(lines).toContain(
      `${CHRONIC} 慢性病患者未签约 [proposed only]: +1 −0 (0 unchanged)`,
    );
  });

  it('shows no parameter and no change of should-be-monitored before the city line took effect', async () => {
    const { lines } = await run(
      'diff',
      'in',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-06-30',
    );

    expect(lines).not.toContain('Parameters that differ:');
    expect(lines.some((line) => line.startsWith(SBM))).toBe(false);
    expect(lines).toContain(
      `${BELOW} 人均纯收入低于扶贫标准 [baseline only]: +0 −1 (0 unchanged)`,
    );
  });
});

describe('duibiao diff --json', () => {
  it('gives the same numbers as the text, per rule and in all', async () => {
    const comparison = await json();

    expect(comparison.regions).toEqual(['6101']);
    expect(comparison.parameters).toEqual([
      {
        name: 'monitoringLine',
        proposed: 6800,
        proposedSource: CITY,
        baseline: 6000,
        baselineSource: '@duibiao/plugin-national',
      },
    ]);
    expect(comparison.rule(SBM)).toMatchObject({
      presence: 'both',
      added: 2,
      removed: 0,
      kept: 1,
    });
    expect(households(comparison.rule(SBM)?.examples.added)).toEqual([
      'H2',
      'H3',
    ]);
    expect(comparison.rule(BELOW)).toMatchObject({
      presence: 'baseline only',
      added: 0,
      removed: 1,
      kept: 0,
    });
    expect(households(comparison.rule(BELOW)?.examples.removed)).toEqual([
      'H6',
    ]);
    expect(comparison.rule(CHRONIC)).toMatchObject({
      presence: 'proposed only',
      added: 1,
      removed: 0,
    });
    expect(comparison.rules.map((rule) => rule.ruleId).sort()).toEqual(
      [BELOW, CHRONIC, SBM].sort(),
    );
    expect(comparison.totals).toMatchObject({ added: 3, removed: 1 });
  });

  it('gives full ID numbers', async () => {
    const comparison = await json();

    expect(comparison.rule(CHRONIC)?.examples.added).toMatchObject([
      {
        householdId: 'H1',
        memberId: ILL_IN_H1,
        message: `证件号码 ${ILL_IN_H1} 未签约慢性病服务`,
      },
    ]);
  });

  it('follows --region, and --examples limits the examples, not the counts', async () => {
    const comparison = await json('--region', '6102', '--examples', '0');

    expect(comparison.regions).toEqual(['6102']);
    expect(comparison.rule(SBM)).toMatchObject({
      added: 1,
      removed: 0,
      kept: 0,
      examples: { added: [], removed: [] },
    });
    expect(comparison.rule(BELOW)).toMatchObject({ removed: 1 });
    expect(comparison.rule(CHRONIC)).toMatchObject({ added: 0, removed: 0 });
    expect(comparison.totals).toMatchObject({ added: 1, removed: 1 });
  });
});

/**
 * examples/city-plugin/README.md shows the diff of Xi'an's plugin on the
 * sample and reads its counts: the page must stay true to the command.
 */
describe('duibiao diff, mistakes', () => {
  it('exits 1 for a folder that does not exist', async () => {
    const { code, stderr } = await run(
      'diff',
      'absent',
      '--plugin',
      './city.js',
    );

    expect(code).toBe(1);
    expect(stderr).toMatch(/^duibiao: the input cannot be checked\./);
  });

  it('exits 2 without --plugin, or without a folder', async () => {
    const noPlugin = await run('diff', 'in');
    const noFolder = await run('diff', '--plugin', './city.js');

    expect(noPlugin.code).toBe(2);
    expect(noPlugin.stderr).toBe(
      'duibiao: diff takes one folder and --plugin: duibiao diff <folder> --plugin <A> --against <B>\n',
    );
    expect(noFolder.code).toBe(2);
  });

  it('exits 2 for --examples that is no whole number, or over 1000', async () => {
    const negative = await diff('--examples', '-1');
    const over = await diff('--examples', '100000');
    const most = await diff('--examples', '1000');

    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/--examples/);
    expect(over.code).toBe(2);
    expect(over.stderr).toBe(
      'duibiao: --examples takes a whole number from 0 to 1000, not "100000"\n',
    );
    expect(most.code).toBe(0);
  });

  // Each of these matches no region code: the comparison would show no
  // change, as if the plugin changed nothing.
  it.each(['abc', '7', ',', '6101,x', '6101010101011'])(
    'exits 2 for --region %j, which is not a list of 2 to 12-digit prefixes, before reading the folder',
    async (region) => {
      const { code, stdout, stderr } = await run(
        'diff',
        'absent',
        '--plugin',
        './city.js',
        '--region',
        region,
      );

      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `duibiao: --region takes region code prefixes of 2 to 12 digits, comma-separated (6101,6103), not ${JSON.stringify(region)}\n`,
      );
    },
  );

  it('takes --region with spaces and a trailing comma', async () => {
    const comparison = await json('--region', '6101, 6102,');

    expect(comparison.regions).toEqual(['6101', '6102']);
  });
});

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { main } from '@duibiao/cli';

/**
 * The folder the `duibiao check --previous` tests check. Checked by the
 * national rules as of 2020-09-30, it has three findings, worked out by
 * hand:
 * - H1: 人均纯收入 3500 元, below the 4,000 yuan line (income-below-line);
 * - H1: the child's ID number 61012420100901331 + 0, whose check
 *   character should be X (id-checksum/check-digit);
 * - H2: 3800 元, below the line (income-below-line).
 * H3 (5200 元) and every other ID number are clean.
 */
export const HOMES = [
  '户编号,行政区划代码,户类型,人均纯收入（元）',
  'H1,610124101201,贫困户,3500',
  'H2,610124101201,贫困户,3800',
  'H3,610124101201,贫困户,5200',
];
export const PEOPLE = [
  '户编号,证件号码,证件类型,与户主关系,性别',
  'H1,610124197503121114,居民身份证,户主,男',
  'H1,610124197805062228,居民身份证,配偶,女',
  'H1,610124201009013310,居民身份证,之子,男',
  'H2,610124198001010013,居民身份证,户主,男',
  'H3,610124196207150055,居民身份证,户主,男',
];

/** H1 fixed: its income over the line, the child's check character X. */
export const FIXED_HOMES = HOMES.map((row) =>
  row.replace('H1,610124101201,贫困户,3500', 'H1,610124101201,贫困户,4500'),
);
export const FIXED_PEOPLE = PEOPLE.map((row) =>
  row.replace('610124201009013310', '61012420100901331X'),
);

/** A line of findings.jsonl or resolved.jsonl, as read back. */
export type Line = Record<string, unknown> & { findingId: string };

/** Rule, household and member of each finding, with its id and status. */
export const who = (lines: readonly Line[]) =>
  lines.map((f) => [f.ruleId, f.householdId, f.memberId, f.status]);

/**
 * Runs of `duibiao check` as of 2020-09-30 with the national rules, and
 * readers of what they wrote, all in the folder `dir()` names.
 *
 * @param dir - The test's folder, made afresh for each test.
 * @returns The helpers.
 */
export function previousRuns(dir: () => string) {
  async function run(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(
      ['check', ...argv, '--as-of', '2020-09-30', '--plugin', 'national'],
      {
        cwd: dir(),
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
    await mkdir(join(dir(), name), { recursive: true });
    await writeFile(join(dir(), name, '户信息.csv'), `${homes.join('\n')}\n`);
    await writeFile(
      join(dir(), name, '人员信息.csv'),
      `${people.join('\n')}\n`,
    );
  }

  async function jsonl(path: string): Promise<Line[]> {
    const text = await readFile(join(dir(), path), 'utf8');

    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line);
  }

  async function csvStatus(path: string): Promise<string[]> {
    const text = await readFile(join(dir(), path), 'utf8');

    return text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((row) => row.split(',')[1] as string);
  }

  async function diffOf(path: string): Promise<unknown> {
    const summary = JSON.parse(await readFile(join(dir(), path), 'utf8'));

    return summary.diff;
  }

  const exists = (path: string) =>
    readFile(join(dir(), path)).then(
      () => true,
      () => false,
    );

  return { run, writeFolder, jsonl, csvStatus, diffOf, exists };
}

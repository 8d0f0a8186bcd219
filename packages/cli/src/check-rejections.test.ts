import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain, type MainRun } from './__fixtures__/run-main.js';

// Each row below is rejected for one reason, worked out by hand: the
// comment on a line names its code.
const HOUSEHOLDS = [
  '户编号,户类型,识别监测时间',
  'H1,贫困户,2020-01-01', // 2: checked
  'H1,贫困户,2020-01-01', // 3: duplicate-key
  'H2,脱贫户,2020-01-01', // 4: not-in-vocabulary
  'H3,贫困户,2020-02-30', // 5: invalid-date
  'H3,贫困户,2020-01-01', // 6: duplicate-key (of line 5, rejected too)
  'H4,一般农户,去年', // 7: not-a-date
  ',贫困户,2020-01-01', // 8: blank-required
].join('\n');

const MEMBERS = [
  '户编号,证件号码,出生日期',
  'H1,110105194912310029,1949-12-31', // 2: checked
  'H9,110105194912310037,1950-01-01', // 3: no-household (none has H9)
  'H2,110105194912310045,1950-01-01', // 4: no-household (H2 rejected)
  'H1,110105194912310053,1950-01-01,x', // 5: too-many-cells
  'H1,110105194912310061', // 6: too-few-cells
].join('\n');

let dir: string;
let run: MainRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-rejections-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'households.csv'), HOUSEHOLDS);
  await writeFile(join(dir, 'in', 'members.csv'), MEMBERS);
  run = await runMain(dir, 'check', 'in', '--as-of', '2020-09-30');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const output = async (name: string) => readFile(join(dir, 'out', name), 'utf8');

describe('duibiao check: rejections by reason', () => {
  it('writes the code of each rejected row to rejected.jsonl', async () => {
    const lines = (await output('rejected.jsonl')).trim().split('\n');
    const codes = lines.map((line) => {
      const { table, line: at, code } = JSON.parse(line);
      return `${table}:${at} ${code}`;
    });

    expect(run.code).toBe(0);
    expect(codes).toEqual([
      'households:3 duplicate-key',
      'households:4 not-in-vocabulary',
      'households:5 invalid-date',
      'households:6 duplicate-key',
      'households:7 not-a-date',
      'households:8 blank-required',
      'members:3 no-household',
      'members:4 no-household',
      'members:5 too-many-cells',
      'members:6 too-few-cells',
    ]);
  });

  it('counts them by table and reason in summary.json, most first', async () => {
    const summary = JSON.parse(await output('summary.json'));

    expect(summary.rows).toEqual({
      households: { read: 7, checked: 1, rejected: 6 },
      members: { read: 5, checked: 1, rejected: 4 },
    });
    // A tie keeps the order codes are documented in: cells' before rows'.
    expect(JSON.stringify(summary.rejectedByReason)).toBe(
      JSON.stringify({
        households: {
          'duplicate-key': 2,
          'not-a-date': 1,
          'invalid-date': 1,
          'not-in-vocabulary': 1,
          'blank-required': 1,
        },
        members: {
          'no-household': 2,
          'too-few-cells': 1,
          'too-many-cells': 1,
        },
      }),
    );
  });

  it('prints a line per table with rejected rows', () => {
    expect(run.stdout).toContain(
      '  households 户信息: 6 rejected — duplicate-key 2, not-a-date 1, invalid-date 1, not-in-vocabulary 1, blank-required 1\n',
    );
    expect(run.stdout).toContain(
      '  members 人员信息: 4 rejected — no-household 2, too-few-cells 1, too-many-cells 1\n',
    );
  });
});

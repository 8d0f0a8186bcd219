import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type MainRun, runMain } from './__fixtures__/run-main.js';

// An ID number pasted into the 户编号 column of a member.
const ID = '610102199202021234';

// H0 is checked; H1 to H8 (lines 3 to 10) are rejected for 脱贫户, which
// is no 户类型 of the vocabulary.
const HOUSEHOLDS = [
  '户编号,户类型',
  'H0,贫困户',
  ...Array.from({ length: 8 }, (_, i) => `H${i + 1},脱贫户`),
].join('\n');

// Line 2 is checked; lines 3 to 5 name no household: 11 rejected rows in
// all, the 11th (line 5) not printed.
const MEMBERS = [
  '户编号,证件号码,出生年月,备注',
  'H0,610102199001011234,1990-01,',
  `${ID},610102199303031234,1993-03,`,
  'H99,610102199404041234,1994-04,',
  'H98,610102199505051234,1995-05,',
].join('\n');

let dir: string;
let run: MainRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-printed-'));
  await mkdir(join(dir, 'in'));
  await writeFile(join(dir, 'in', 'households.csv'), HOUSEHOLDS);
  await writeFile(join(dir, 'in', 'members.csv'), MEMBERS);
  run = await runMain(dir, 'check', 'in', '--as-of', '2020-09-30');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('duibiao check: what the summary prints of columns and rows', () => {
  it('names the columns naming no field, with the likely field', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'members.csv: columns naming no field: 出生年月 (出生日期?), 备注\n',
    );
  });

  it('names the fields a file has no column for, the first eight', () => {
    expect(run.stdout).toContain(
      'members.csv: no column for 证件类型, 姓名, 与户主关系, 性别, 出生日期, 在校生状况, 义务教育阶段未上学原因, 文化程度, and 16 more (summary.json) — unknown in every row\n',
    );
  });

  it('prints the first ten rejected rows, masked, then how many more', () => {
    const lines = run.stdout.split('\n');
    const first = lines.findIndex((line) =>
      line.startsWith('  households.csv:3 '),
    );

    expect(lines[first]).toMatch(/^ {2}households\.csv:3 户类型 "脱贫户": /);
    expect(lines[first + 7]).toMatch(
      /^ {2}households\.csv:10 户类型 "脱贫户": /,
    );
    expect(lines[first + 8]).toMatch(
      /^ {2}members\.csv:3 户编号 "6101\*{10}1234": 户编号 6101\*{10}1234 /,
    );
    expect(lines[first + 9]).toMatch(/^ {2}members\.csv:4 户编号 "H99": /);
    expect(lines[first + 10]).toBe('  1 more in rejected.jsonl');
    expect(run.stdout).not.toContain(ID);
  });

  it('names the rows passed over as blank that hold text, in summary.json too', async () => {
    const other = join(dir, 'notes');
    await mkdir(join(other, 'in'), { recursive: true });
    await writeFile(
      join(other, 'in', '户信息.csv'),
      `序号,户编号,户类型,备注,${ID}\n1,H1,贫困户,,\n,,,该户已整户迁出,\n`,
    );

    const notes = await runMain(other, 'check', 'in', '--as-of', '2020-09-30');

    expect(notes.code).toBe(0);
    // 序号 names no field in nearly every export, and is not named.
    // A header that is an ID number is masked as any printed ID number.
    expect(notes.stdout).toContain(
      '户信息.csv: columns naming no field: 备注, 6101**********1234\n',
    );
    expect(notes.stdout).not.toContain(ID);
    expect(notes.stdout).toContain(
      '户信息.csv: 1 row holds text only in columns naming no field (line 3), passed over as blank and not checked\n',
    );
    const summary = JSON.parse(
      await readFile(join(other, 'out', 'summary.json'), 'utf8'),
    );
    expect(summary.files[0].blankRowsWithText).toEqual({
      count: 1,
      lines: [3],
    });
  });
});

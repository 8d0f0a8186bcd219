import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '@duibiao/cli';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-cli-lists-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(files: Record<string, string>) {
  const folder = join(dir, 'in');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files))
    await writeFile(join(folder, name), text);

  let stdout = '';
  const code = await main(
    ['check', 'in', '--as-of', '2020-09-30', '--plugin', 'national'],
    {
      cwd: dir,
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
    },
  );

  return { code, stdout };
}

const HOUSEHOLDS = '户编号,行政区划代码\nH1,610124101201\n';
const MEMBERS = '户编号,证件号码\nH1,11010519491231002X\n';

describe('duibiao check: what the summary says of the lists', () => {
  it('names the tables without a file on one line, Chinese names beside the keys', async () => {
    const { code, stdout } = await check({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
    });

    expect(code).toBe(0);
    const line = stdout
      .split('\n')
      .find((text) => text.startsWith('not compared (no file): '));
    expect(line).toMatch(
      /^not compared \(no file\): villages 村信息, education 教育学籍, medicalInsurance 医保参保, /,
    );
    expect(line).toMatch(/, projects 项目库$/);
  });

  it('says which rows were left out, which list is stale and which rows name no one', async () => {
    // 2020-08-20 is 41 days before the reference date: more than 30.
    // Line 3 is dated after the reference date; line 4 names no member.
    const { stdout } = await check({
      'households.csv': HOUSEHOLDS,
      'members.csv': MEMBERS,
      '残联.csv': [
        '证件号码,残疾等级,数据截至日期',
        '11010519491231002X,二级,2020-08-20',
        '11010519491231002X,二级,2020-10-08',
        '610102195001010011,三级,2020-08-01',
      ].join('\n'),
    });

    expect(stdout).toContain(
      'disability 残联: 1 row dated after 2020-09-30 left out',
    );
    expect(stdout).toContain(
      'disability 残联: data as of 2020-08-20, more days before 2020-09-30 than listMaxAgeDays allows (30 unless a plugin says otherwise) — its comparisons use old data',
    );
    expect(stdout).toContain(
      'disability 残联: 1 row naming no one in the registry (line 4), kept',
    );
    expect(stdout).not.toMatch(/not compared \(no file\):[^\n]*disability/);
  });
});

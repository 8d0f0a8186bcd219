import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Ledger } from '@duibiao/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao report weekly` on the bundled sample, checked as of
 * 2020-09-30 with a ledger. The week ending 2020-09-05 (08-30 to 09-05)
 * holds two checks of 医疗保障部门's field 是否参加城乡居民基本医疗保险
 * (residentMedical) in 电话抽查.csv: line 45 (2020/9/2, household
 * 6102221062070004, answer 否 where the registry says yes: a mismatch)
 * and line 129 (2020-09-03, answer 是, agreeing).
 */
const SAMPLE = fileURLToPath(
  new URL('../../../examples/sample-province', import.meta.url),
);
let dir: string;

const duibiao = (...argv: string[]) => runMain(dir, ...argv);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-weekly-'));
  const checked = await duibiao(
    'check',
    SAMPLE,
    '--as-of',
    '2020-09-30',
    '--out',
    'out',
    '--ledger',
    'l.db',
    '--quiet',
  );
  if (checked.code !== 0) throw new Error(checked.stderr);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('duibiao report weekly', () => {
  it("gives a department's checks of the week and how each mismatch is handled", async () => {
    const ledger = Ledger.open(join(dir, 'l.db'));
    const mismatch = ledger
      .entries()
      .find(
        (e) =>
          e.finding.ruleId === 'national/spot-check-mismatch/answer' &&
          e.finding.householdId === '6102221062070004',
      );
    expect(mismatch?.status).toBe('待核实');
    ledger.apply({
      findingId: mismatch?.finding.findingId as string,
      line: 'township',
      result: '属实',
      who: '华胥镇',
      on: '2020-10-02',
    });
    ledger.close();

    const weekly = await duibiao(
      'report',
      'weekly',
      SAMPLE,
      '--department',
      '医疗',
      '--ledger',
      'l.db',
      '--out',
      'r',
      '--as-of',
      '2020-09-05',
    );
    expect(weekly.stderr).toBe('');
    expect(weekly.code).toBe(0);
    expect(weekly.stdout).toBe(
      '医疗保障部门 2020-08-30 – 2020-09-05: 2 spot checks of 2 households, 1 mismatch\n' +
        'wrote r/电话抽查周报-医疗保障部门-2020-09-05.xlsx, r/电话抽查周报-医疗保障部门-2020-09-05.md\n',
    );
    const markdown = await readFile(
      join(dir, 'r', '电话抽查周报-医疗保障部门-2020-09-05.md'),
      'utf8',
    );
    expect(markdown).toContain('乡镇已核');
    // The member's ID number is masked, 6102**********4091, its stars
    // escaped for Markdown.
    expect(markdown).toContain(String.raw`6102\*\*\*\*\*\*\*\*\*\*4091`);
    expect(markdown).not.toContain('610222199712164091');
  });

  it('names the departments it knows when given another, and needs the ledger', async () => {
    const unknown = await duibiao(
      'report',
      'weekly',
      SAMPLE,
      '--department',
      '气象',
      '--ledger',
      'l.db',
      '--out',
      'r',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^duibiao: .*气象.*民政部门/s);

    const missing = await duibiao(
      'report',
      'dispatch',
      '--ledger',
      'none.db',
      '--out',
      'r',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `duibiao: ledger ${join(dir, 'none.db')}: no such file; a ledger is made by duibiao check <folder> --ledger <file>\n`,
    );
    const usage = await duibiao('report', 'dispatch', '--out', 'r');
    expect([usage.code, usage.stderr]).toEqual([
      2,
      'duibiao: report dispatch needs --ledger <file>\n',
    ]);
  });
});

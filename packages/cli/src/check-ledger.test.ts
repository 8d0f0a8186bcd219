import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Finding, loadRuleSet } from '@duibiao/core';
import { Ledger } from '@duibiao/ledger';
import { national } from '@duibiao/plugin-national';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PEOPLE, previousRuns } from './__fixtures__/previous-run.js';
import { commitLedgerRun, planLedgerRun } from './check-ledger.js';
import { main } from './main.js';

/**
 * `duibiao check --ledger`: each run recorded, findings closed as 确认误报
 * not raised again while their evidence is unchanged, fixed ones that
 * come back reopened. The folder's three findings (see
 * __fixtures__/previous-run.ts): H1 and H2 below the income line (high,
 * evidence the income year), H1's child's ID check character (low,
 * evidence the ID number).
 */
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-ledger-cli-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const { run, writeFolder, jsonl } = previousRuns(() => dir);
let stderrOf = '';
const summaryOf = async (out: string) =>
  JSON.parse(await readFile(join(dir, out, 'summary.json'), 'utf8'));

describe('duibiao check --ledger', () => {
  it('records runs, suppresses a false alarm and reopens a fix that did not hold', async () => {
    await writeFolder('in');
    const first = await run('in', '--out', 'o1', '--ledger', 'l.db');
    expect(first.code).toBe(0);
    expect((await summaryOf('o1')).ledger).toEqual({
      file: 'l.db',
      run: 1,
      new: 3,
      persisting: 0,
      reopened: 0,
      resolved: 0,
      suppressed: [],
    });
    expect(first.stdout).toContain('ledger l.db, run 1');

    const ids = await jsonl('o1/findings.jsonl');
    const byRule = (rule: string, household: string) =>
      ids.find((f) => f.ruleId === rule && f.householdId === household)
        ?.findingId as string;
    const checksum = byRule('national/id-checksum/check-digit', 'H1');
    const h2 = byRule('national/income-below-line', 'H2');
    const ledger = Ledger.open(join(dir, 'l.db'));
    try {
      // Deadlines: high findings 15 days after 2020-09-30, low ones 60.
      expect(ledger.entry(h2)?.deadline).toBe('2020-10-15');
      expect(ledger.entry(checksum)?.deadline).toBe('2020-11-29');
      const both = (id: string) => [
        {
          findingId: id,
          line: 'township' as const,
          result: '不属实',
          on: '2020-10-08',
        },
        {
          findingId: id,
          line: 'department' as const,
          result: '不属实',
          on: '2020-10-09',
        },
      ];
      const outcomes = ledger.applyRows([
        [
          ...both(checksum),
          {
            findingId: checksum,
            line: 'review',
            result: '确认误报',
            reason: '公安户籍证件号码为准',
            on: '2020-10-10',
          },
        ],
        [
          ...both(h2),
          { findingId: h2, line: 'review', result: '已补正', on: '2020-10-10' },
        ],
      ]);
      expect(outcomes.flat().every((o) => o.kind === 'applied')).toBe(true);
    } finally {
      ledger.close();
    }

    // The same data again: the false alarm is not raised; H2's
    // correction did not take (the income is unchanged): reopened.
    expect((await run('in', '--out', 'o2', '--ledger', 'l.db')).code).toBe(0);
    expect(
      (await jsonl('o2/findings.jsonl')).map((f) => f.householdId),
    ).toEqual(['H1', 'H2']);
    const second = (await summaryOf('o2')).ledger;
    expect(second).toEqual({
      file: 'l.db',
      run: 2,
      new: 0,
      persisting: 2,
      reopened: 1,
      resolved: 0,
      suppressed: [
        {
          findingId: checksum,
          ruleId: 'national/id-checksum/check-digit',
          status: '确认误报',
          closedOn: '2020-10-10',
          reason: '公安户籍证件号码为准',
        },
      ],
    });
    expect((await summaryOf('o2')).findings.total).toBe(2);

    // The child's ID number changes to another with a wrong check
    // character (61012420100901333 + 0; it should be 6): the evidence
    // changed, so the finding is new; the suppressed one is resolved.
    await writeFolder(
      'in2',
      undefined,
      PEOPLE.map((row) =>
        row.replace('610124201009013310', '610124201009013330'),
      ),
    );
    expect((await run('in2', '--out', 'o3', '--ledger', 'l.db')).code).toBe(0);
    expect((await summaryOf('o3')).ledger).toMatchObject({
      run: 3,
      new: 1,
      persisting: 2,
      reopened: 0,
      resolved: 1,
      suppressed: [],
    });
  });

  it('leaves no ledger behind when the input cannot be checked, and refuses a file that is no ledger', async () => {
    await writeFolder('in', ['户编号,行政区划代码,户类型,人均纯收入（元）']);
    const empty = await run('in', '--out', 'o', '--ledger', 'l.db');
    expect(empty.code).toBe(1);
    expect(existsSync(join(dir, 'l.db'))).toBe(false);

    await writeFolder('ok');
    await writeFile(
      join(dir, 'notes.db'),
      'some notes, not a ledger\n'.repeat(50),
    );
    const refused = await run('ok', '--out', 'o', '--ledger', 'notes.db');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `duibiao: ledger ${join(dir, 'notes.db')}: not a duibiao ledger (a SQLite file made by duibiao check --ledger)\n`,
    );
    expect(existsSync(join(dir, 'o', 'findings.jsonl'))).toBe(false);
  });
});

describe('a ledger that cannot take the run', () => {
  it('refuses a run dated before its latest, and warns of another plugin', async () => {
    await writeFolder('in');
    expect((await run('in', '--out', 'o1', '--ledger', 'l.db')).code).toBe(0);
    const earlier = await main(
      [
        'check',
        'in',
        '--as-of',
        '2020-09-29',
        '--out',
        'o0',
        '--ledger',
        'l.db',
      ],
      { cwd: dir, stdout: () => undefined, stderr: (t) => (stderrOf += t) },
    );
    expect(earlier).toBe(2);
    expect(stderrOf).toBe(
      'duibiao: ledger l.db: its latest run (run 1) is as of 2020-09-30; a run as of 2020-09-29 would count the findings since as resolved and then as new again. Check as of 2020-09-30 or later, or keep another ledger\n',
    );
    expect(existsSync(join(dir, 'o0', 'findings.jsonl'))).toBe(false);

    stderrOf = '';
    const other = await main(
      [
        'check',
        'in',
        '--as-of',
        '2020-09-30',
        '--out',
        'o2',
        '--ledger',
        'l.db',
        '--plugin',
        'shaanxi',
      ],
      { cwd: dir, stdout: () => undefined, stderr: (t) => (stderrOf += t) },
    );
    expect(other).toBe(0);
    expect(stderrOf).toBe(
      'duibiao: ledger l.db was last recorded with --plugin national, this run uses shaanxi: findings only one of them raises show as new or resolved\n',
    );
  });

  it('refuses a new ledger in a folder that does not exist, before the work', async () => {
    await writeFolder('in');
    stderrOf = '';
    const code = await main(
      [
        'check',
        'in',
        '--as-of',
        '2020-09-30',
        '--out',
        'o',
        '--ledger',
        join('nowhere', 'l.db'),
      ],
      { cwd: dir, stdout: () => undefined, stderr: (t) => (stderrOf += t) },
    );
    expect(code).toBe(2);
    expect(stderrOf).toBe(
      `duibiao: ledger ${join('nowhere', 'l.db')}: there is no folder nowhere to make it in\n`,
    );
    expect(existsSync(join(dir, 'o', 'findings.jsonl'))).toBe(false);
  });

  it('warns when a run no longer finds most of what the latest found', () => {
    const ledger = Ledger.open(join(dir, 'l.db'), { create: true });
    const finding = (i: number) =>
      ({
        findingId: `f${i}`,
        ruleId: 'national/income-below-line',
        category: 'policy-gap',
        severity: 'high',
        county: '周至县',
        township: '哑柏镇',
        department: '扶贫部门',
      }) as Finding;
    ledger.recordRun({
      asOf: '2020-09-30',
      folder: 'zhouzhi',
      plugin: 'national',
      findings: Array.from({ length: 24 }, (_, i) => finding(i)),
      deadline: () => null,
    });
    const warnings: string[] = [];
    const input = {
      ruleSet: loadRuleSet([national], '2020-10-15'),
      pluginName: 'national',
      asOf: '2020-10-15',
    };
    // 10 of 24 gone: no warning; 14 of 24: more than half (and at
    // least 10).
    for (const [kept, folder] of [
      [14, 'zhouzhi'],
      [10, 'lantian'],
    ] as const)
      planLedgerRun(
        { file: 'l.db', ledger },
        {
          ...input,
          folder,
          findings: Array.from({ length: kept }, (_, i) => finding(i)),
        },
        (text) => warnings.push(text),
      );
    expect(warnings).toEqual([
      'duibiao: ledger l.db: this run no longer finds 14 of the 24 findings its latest run found (that run checked zhouzhi, this one lantian); if it checked another folder than that run, they are now recorded as resolved, and a ledger cannot take a run back\n',
    ]);
    ledger.close();
  });

  it('removes the report when the run cannot be recorded after it was written', async () => {
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'summary.json'), '{}');
    const ledger = Ledger.open(join(dir, 'l.db'), { create: true });
    const run1 = {
      asOf: '2020-09-30',
      folder: 'in',
      plugin: 'national',
      findings: [],
      deadline: () => null,
    };
    const plan = ledger.planRun(run1);
    // Another process records its run first.
    ledger.recordRun(run1);
    let cleared = 0;
    await expect(
      commitLedgerRun({ file: 'l.db', ledger }, plan, async () => {
        cleared += 1;
      }),
    ).rejects.toThrow(
      `ledger ${join(dir, 'l.db')}: another run was recorded in it while this one was checked; check again; the run was not recorded, and its report was removed`,
    );
    expect(cleared).toBe(1);
    expect(ledger.runs()).toHaveLength(1);
    ledger.close();
  });
});

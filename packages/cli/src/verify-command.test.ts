import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { Ledger } from '@duibiao/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao verify`: its usage errors, and the overdue list as printed.
 * The ledger holds three findings found on 2020-09-30: in 周至县 a member
 * (ID 610124201009013310) with a deadline of 2020-10-15, and one due
 * 2020-10-30; in no known county one due 2020-10-01.
 */
let dir: string;
const duibiao = (...argv: string[]) => runMain(dir, ...argv);

function finding(
  id: string,
  county: string | null,
  memberId: string | null,
): Finding {
  return {
    findingId: id,
    ruleId: 'national/dropout',
    category: 'policy-gap',
    indicator: 'education',
    severity: 'high',
    regionCode: null,
    county,
    township: county && '哑柏镇',
    village: county && '南集贤村',
    householdId: 'H1',
    memberId,
    message: 'm',
    basis: 'b',
    department: '教育部门',
    action: '核实',
    data: {},
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-verify-'));
  const ledger = Ledger.open(join(dir, 'l.db'), { create: true });
  const deadlines: Record<string, string> = {
    a: '2020-10-15',
    b: '2020-10-30',
    c: '2020-10-01',
  };
  ledger.recordRun({
    asOf: '2020-09-30',
    folder: 'f',
    plugin: 'shaanxi',
    findings: [
      finding('a', '周至县', '610124201009013310'),
      finding('b', '周至县', null),
      finding('c', null, null),
    ],
    deadline: (f) => deadlines[f.findingId] ?? null,
  });
  ledger.close();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('duibiao verify', () => {
  it('lists the overdue by county and department, the most late first, IDs masked', async () => {
    // On 2020-10-20: a is 5 days late, c 19; b is not due yet.
    const { code, stdout } = await duibiao(
      'verify',
      'overdue',
      '--ledger',
      'l.db',
      '--as-of',
      '2020-10-20',
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'overdue on 2020-10-20: 2 findings',
        '',
        'county  department  overdue  most days late',
        '周至县  教育部门          1               5',
        '未知县  教育部门          1              19',
        '',
        '周至县 教育部门',
        '  a national/dropout 哑柏镇南集贤村 H1 6101**********3310 — 待核实, due 2020-10-15, 5 days late',
        '',
        '未知县 教育部门',
        '  c national/dropout H1 — 待核实, due 2020-10-01, 19 days late',
        '',
      ].join('\n'),
    );
  });

  it('says what is missing or wrong in the call', async () => {
    const cases: [string[], string][] = [
      [
        ['verify', 'check'],
        'verify takes export, import or overdue, not "check"',
      ],
      [
        ['verify', 'export', '--out', 'x'],
        'verify export needs --ledger <file>',
      ],
      [
        ['verify', 'export', '--ledger', 'l.db'],
        'verify export needs --out <dir>',
      ],
      [
        ['verify', 'import', '--ledger', 'l.db'],
        'verify import needs the filled sheets: duibiao verify import --ledger <file> <sheet.xlsx>...',
      ],
      [
        ['verify', 'overdue', '--ledger', 'l.db', 'x.xlsx'],
        'verify overdue takes no file names, not x.xlsx',
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await duibiao(...argv);
      expect([run.code, run.stderr], argv.join(' ')).toEqual([
        2,
        `duibiao: ${message}\n`,
      ]);
    }
    const bare = await duibiao('verify');
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain(
      'duibiao verify export --ledger <file> --out <dir>',
    );
  });
});

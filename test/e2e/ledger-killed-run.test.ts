import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { Ledger } from '@duibiao/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A process killed (SIGKILL: no handler runs) in the middle of recording
 * a run leaves the ledger as it was: SQLite's journal rolls the half
 * written run back when the file is next opened. The child runs the built
 * @duibiao/ledger; it records run 1, then starts run 2 and stops inside
 * its transaction (the deadline callback is called there, for each new
 * finding) until it is killed.
 */
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-ledger-kill-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const CHILD = `
import { Ledger } from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'packages/ledger/dist/index.js')).href)};
const finding = (id) => ({
  findingId: id, ruleId: 'national/dropout', category: 'policy-gap',
  indicator: 'education', severity: 'high', regionCode: '610124100001',
  county: '周至县', township: '城关镇', village: '东村', householdId: 'H1',
  memberId: null, message: 'm', basis: 'b', department: '教育部门',
  action: '核实', data: {},
});
const ledger = Ledger.open(process.argv[2], { create: true });
ledger.recordRun({ asOf: '2020-09-30', folder: 'f', plugin: 'shaanxi',
  findings: ['a', 'b'].map(finding), deadline: () => '2020-10-15' });
let calls = 0;
ledger.recordRun({ asOf: '2020-10-31', folder: 'f', plugin: 'shaanxi',
  findings: ['b', 'c', 'd', 'e'].map(finding),
  deadline: () => {
    calls += 1;
    // After 'c' is written, inside the transaction: wait to be killed.
    if (calls === 2) {
      process.stdout.write('inside\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
    }
    return '2020-11-15';
  } });
process.stdout.write('finished\\n');
`;

describe('a ledger whose writer is killed mid-run', () => {
  it('keeps run 1 and nothing of run 2', async () => {
    const file = join(dir, 'ledger.db');
    const script = join(dir, 'child.mjs');
    await writeFile(script, CHILD);
    const child = spawn(process.execPath, [script, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    const inside = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data) => {
        stdout += data;
        if (stdout.includes('inside')) resolve();
      });
      child.on('close', () =>
        reject(new Error(`child ended: ${stdout} ${stderr}`)),
      );
    });
    await inside;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).not.toContain('finished');
    // The half-written run left its journal beside the file.
    expect(existsSync(`${file}-journal`)).toBe(true);

    const ledger = Ledger.open(file);
    try {
      expect(ledger.runs().map((r) => [r.run, r.asOf, r.counts.new])).toEqual([
        [1, '2020-09-30', 2],
      ]);
      expect(
        ledger.entries().map((e) => [e.finding.findingId, e.lastSeen]),
      ).toEqual([
        ['a', '2020-09-30'],
        ['b', '2020-09-30'],
      ]);
      // And the ledger takes run 2 again as if nothing had happened.
      const again = ledger.recordRun({
        asOf: '2020-10-31',
        folder: 'f',
        plugin: 'shaanxi',
        findings: [],
        deadline: () => null,
      });
      expect([again.run, again.resolved]).toEqual([2, ['a', 'b']]);
    } finally {
      ledger.close();
    }
  }, 60_000);
});

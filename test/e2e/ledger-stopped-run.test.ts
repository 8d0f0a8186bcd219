import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { Ledger } from '@duibiao/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  HOMES,
  PEOPLE,
} from '../../packages/cli/src/__fixtures__/previous-run.js';

/**
 * The ledger when a check is stopped around the moment it records its
 * run, and when the ledger cannot be written. Runs the built CLI.
 */
const ROOT = process.cwd();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-ledger-stop-'));
  await chmod(dir, 0o777);
  await writeFile(join(dir, '户信息.csv'), `${HOMES.join('\n')}\n`);
  await writeFile(join(dir, '人员信息.csv'), `${PEOPLE.join('\n')}\n`);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function node(script: string, options: { uid?: number } = {}) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined
      ? {}
      : { uid: options.uid, gid: options.uid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data) => (stdout += data));
  child.stderr.on('data', (data) => (stderr += data));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

const dist = (path: string) =>
  JSON.stringify(pathToFileURL(join(ROOT, path)).href);

describe('a check stopped while it records its run', () => {
  it('keeps the report it recorded, and says so', async () => {
    // Ctrl-C lands inside the ledger's transaction: the signal waits for
    // the (synchronous) commit, and is handled after it.
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
      const Database = require('better-sqlite3');
      const transaction = Database.prototype.transaction;
      Database.prototype.transaction = function (fn) {
        return transaction.call(this, function (...args) {
          const result = fn.apply(this, args);
          process.kill(process.pid, 'SIGINT');
          return result;
        });
      };
      const { main } = await import(${dist('packages/cli/dist/index.js')});
      process.exitCode = await main(['check', '.', '--as-of', '2020-09-30',
        '--plugin', 'national', '--out', 'out', '--ledger', 'l.db', '--quiet']);
    `;
    const { code, stderr } = await node(script);
    expect(stderr).toBe(
      'duibiao: stopped (SIGINT) after the report was written and the run recorded in l.db\n',
    );
    expect(code).toBe(130);
    expect(existsSync(join(dir, 'out', 'findings.jsonl'))).toBe(true);
    const ledger = Ledger.open(join(dir, 'l.db'), { readonly: true });
    expect(ledger.runs().map((r) => [r.run, r.counts.new])).toEqual([[1, 3]]);
    ledger.close();
  }, 60_000);
});

describe('a first check stopped before it records its run', () => {
  it('leaves neither a report nor an empty ledger', async () => {
    // Ctrl-C as the run is planned (the ledger just made), before the
    // report is written.
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
      const Database = require('better-sqlite3');
      const prepare = Database.prototype.prepare;
      Database.prototype.prepare = function (sql) {
        if (sql.startsWith('SELECT status, present')) process.kill(process.pid, 'SIGINT');
        return prepare.call(this, sql);
      };
      const { main } = await import(${dist('packages/cli/dist/index.js')});
      process.exitCode = await main(['check', '.', '--as-of', '2020-09-30',
        '--plugin', 'national', '--out', 'first', '--ledger', 'new.db', '--quiet']);
    `;
    const { code, stderr } = await node(script);
    expect(stderr).toBe('duibiao: stopped (SIGINT); no report was written\n');
    expect(code).toBe(130);
    expect(existsSync(join(dir, 'new.db'))).toBe(false);
    expect(existsSync(join(dir, 'first', 'findings.jsonl'))).toBe(false);
  }, 60_000);
});

/** Whether user nobody can read the repository (every folder up to it). */
function othersCanRead(path: string): boolean {
  for (let at = path; ; at = dirname(at)) {
    if ((statSync(at).mode & 0o005) !== 0o005) return false;
    if (dirname(at) === at) return true;
  }
}
const AS_ROOT = process.getuid?.() === 0;
const CAN_DROP = !AS_ROOT || othersCanRead(ROOT);

describe.skipIf(!CAN_DROP)('a ledger that cannot be written', () => {
  it('is refused when opened, before any work', async () => {
    const file = join(dir, 'ro.db');
    Ledger.open(file, { create: true }).close();
    await chmod(file, 0o444);
    // Root writes any file: the check runs as user nobody then.
    if (!AS_ROOT) expect(() => accessSync(file, constants.W_OK)).toThrow();
    const { stdout, stderr } = await node(
      `const { Ledger } = await import(${dist('packages/ledger/dist/index.js')});
       try { Ledger.open('ro.db'); console.log('opened'); } catch (e) { console.log(e.code, e.message); }`,
      AS_ROOT ? { uid: 65534 } : {},
    );
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `DUIBIAO_LEDGER_UNUSABLE ledger ro.db: cannot be written: the file or its folder is read-only (SQLite writes a journal file beside it)\n`,
    );
  }, 60_000);
});

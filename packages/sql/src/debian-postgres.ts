import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import pg from 'pg';

import { postgresEngine } from './postgres-table.js';
import type { TestEngine } from './test-engine.js';

/**
 * Test support: a throwaway PostgreSQL server from Debian's `postgresql`
 * package, started by the test in a fresh temporary folder, listening on
 * 127.0.0.1 alone at a port the test picked, and removed afterwards.
 */

const ROOT = '/usr/lib/postgresql';
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'];

/** Debian's PostgreSQL binaries, and the user to run them as. */
export interface DebianPostgres {
  /** The major version, such as `15`. */
  readonly version: string;
  /** The folder of initdb and pg_ctl. */
  readonly bin: string;
  /** As root: runuser and the `postgres` user, which the server runs as. */
  readonly as?: { runuser: string; uid: number; gid: number };
}

/**
 * The newest PostgreSQL under /usr/lib/postgresql, or why there is none to
 * run: PostgreSQL refuses to run as root, so root needs the `postgres`
 * user and runuser.
 */
export function findDebianPostgres(): DebianPostgres | string {
  const versions = existsSync(ROOT)
    ? readdirSync(ROOT)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions.find((v) =>
    ['initdb', 'pg_ctl'].every((b) => existsSync(join(ROOT, v, 'bin', b))),
  );
  if (version === undefined)
    return `skipped: no ${ROOT}/*/bin/initdb and pg_ctl (apt-get install postgresql)`;
  const bin = join(ROOT, version, 'bin');
  if (process.getuid?.() !== 0) return { version, bin };

  const runuser = RUNUSER.find((path) => existsSync(path));
  const user = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((fields) => fields[0] === 'postgres');
  if (runuser === undefined || user === undefined)
    return 'skipped: running as root, with no postgres user or no runuser to start PostgreSQL as';

  return {
    version,
    bin,
    as: { runuser, uid: Number(user[2]), gid: Number(user[3]) },
  };
}

const exec = promisify(execFile);

/** A port on 127.0.0.1 free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway server: its connection string, and how to stop it. */
export interface DebianServer {
  /** `postgres://postgres:…@127.0.0.1:<port>/postgres`. */
  readonly url: string;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts a server. Its database is UTF-8 under the ICU locale zh-CN, as a
 * province's may be, where PostgreSQL's `\d` takes in full-width digits.
 * The superuser's password is random and the server listens on 127.0.0.1
 * only.
 *
 * @param found - What {@link findDebianPostgres} found.
 * @returns Its connection string and `stop`.
 */
export async function startDebianPostgres(
  found: DebianPostgres,
): Promise<DebianServer> {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-pg-'));
  const data = join(dir, 'data');
  const run = (program: string, args: string[]) => {
    const path = join(found.bin, program);
    const [file, all] = found.as
      ? [found.as.runuser, ['-u', 'postgres', '--', path, ...args]]
      : [path, args];
    return exec(file, all, {
      timeout: 60_000,
      env: { PATH: process.env.PATH },
    });
  };
  let started = false;
  const stop = async () => {
    if (started) await run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const password = randomBytes(18).toString('hex');
    const passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (found.as) {
      chownSync(dir, found.as.uid, found.as.gid);
      chownSync(passwordFile, found.as.uid, found.as.gid);
    }
    // ICU locales came with PostgreSQL 15.
    const icu =
      Number(found.version) >= 15
        ? ['--locale-provider=icu', '--icu-locale=zh-CN']
        : [];
    await run('initdb', [
      ...['-D', data, '-U', 'postgres', `--pwfile=${passwordFile}`],
      ...['-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', ...icu],
      '--no-sync',
    ]);
    rmSync(passwordFile);

    const port = await startOnFreePort(run, data, dir);
    started = true;
    return {
      url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts a server and connects to it: see {@link startDebianPostgres}.
 *
 * @param found - What {@link findDebianPostgres} found.
 * @returns The engine; `close` stops the server and deletes its folder.
 */
export async function openDebianPostgres(
  found: DebianPostgres,
): Promise<TestEngine> {
  const server = await startDebianPostgres(found);
  try {
    const client = new pg.Client({
      connectionString: server.url,
      connectionTimeoutMillis: 10_000,
    });
    await client.connect();

    return postgresEngine(
      `postgres ${found.version} (Debian)`,
      async (sql) => (await client.query({ text: sql, rowMode: 'array' })).rows,
      async () => {
        await client.end();
        await server.stop();
      },
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Starts the server; another port if the one picked was taken meanwhile. */
async function startOnFreePort(
  run: (program: string, args: string[]) => Promise<unknown>,
  data: string,
  dir: string,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    // A time zone 14 hours from UTC and day-first dates: SQL that leans
    // on the session's time zone or DateStyle gives other days here.
    const options =
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}` +
      ' -c fsync=off -c full_page_writes=off' +
      ' -c timezone=Pacific/Kiritimati -c datestyle=SQL,DMY';
    try {
      await run(
        'pg_ctl',
        ['-D', data, '-l', join(dir, 'log')].concat([
          '-w',
          '-t',
          '30',
          '-o',
          options,
          'start',
        ]),
      );
      return port;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

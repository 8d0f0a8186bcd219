import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { writeProvince } from '@duibiao/synthetic';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import {
  type DebianServer,
  findDebianPostgres,
  startDebianPostgres,
} from '../../packages/sql/src/debian-postgres.js';

/**
 * `duibiao check --engine postgres` stopped mid-run, against a throwaway
 * Debian PostgreSQL server on 127.0.0.1 (skipped, saying why, where none
 * is installed): Ctrl-C drops the run's schema, which holds the people's
 * rows, before the process exits; a connection the server ends is a
 * one-line message naming the schema left behind.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const found = findDebianPostgres();

/** The CLI's run: its exit code and what it wrote to stderr. */
interface Ended {
  code: number | null;
  stderr: string;
}

describe.skipIf(typeof found === 'string')(
  `a stopped duibiao check --engine postgres${typeof found === 'string' ? ` (${found})` : ''}`,
  () => {
    let server: DebianServer;
    let dir: string;
    let admin: pg.Client;

    beforeAll(async () => {
      server = await startDebianPostgres(
        found as Exclude<typeof found, string>,
      );
      admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      dir = await mkdtemp(join(tmpdir(), 'duibiao-pg-stop-'));
      await writeProvince(join(dir, 'province'), {
        seed: 'cli-postgres-stop',
        households: 20,
        asOf: '2020-09-30',
      });
    }, 120_000);

    afterAll(async () => {
      await admin?.end();
      await server?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    // A schema a failed test left would pass for the next test's.
    afterEach(async () => {
      for (const schema of await schemas())
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    });

    /** Starts a check in PostgreSQL, its stderr collected. */
    function start(url = server.url): {
      child: ChildProcess;
      ended: Promise<Ended>;
    } {
      const child = spawn(process.execPath, [
        BIN,
        ...['check', join(dir, 'province'), '--as-of', '2020-09-30'],
        ...['--format', 'jsonl', '--out', join(dir, 'out')],
        ...['--engine', 'postgres', '--db', url],
      ]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      const ended = new Promise<Ended>((done) =>
        child.once('close', (code) => done({ code, stderr })),
      );
      return { child, ended };
    }

    /** The run's schemas in the database. */
    async function schemas(): Promise<string[]> {
      const { rows } = await admin.query<{ nspname: string }>(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'duibiao%'",
      );
      return rows.map((row) => row.nspname);
    }

    /**
     * Waits until the run has made its schema and its connection is busy
     * with a statement, and returns the schema and that backend's pid.
     */
    async function busy(): Promise<{ schema: string; pid: number }> {
      for (let waited = 0; waited < 60_000; waited += 50) {
        const [schema] = await schemas();
        const { rows } = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND state = 'active'
              AND pid <> pg_backend_pid()`,
        );
        if (schema !== undefined && rows[0] !== undefined)
          return { schema, pid: rows[0].pid };
        await sleep(50);
      }
      throw new Error('the check made no schema of its own in 60 s');
    }

    it('drops its schema when stopped by Ctrl-C, then exits 130', async () => {
      const { child, ended } = start();
      await busy();
      child.kill('SIGINT');
      const { code, stderr } = await ended;

      expect(code).toBe(130);
      expect(stderr).toContain(
        'duibiao: stopped (SIGINT); no report was written',
      );
      expect(await schemas()).toEqual([]);
    }, 120_000);

    it('says in one line that the connection was lost, naming the schema left', async () => {
      const { ended } = start();
      const { schema, pid } = await busy();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const { code, stderr } = await ended;

      expect(code).toBe(70);
      // The server's own words, or pg's or the socket's when the socket
      // closed first: which depends on where the run was.
      const [line, ...more] = stderr.trimEnd().split('\n');
      expect(more).toEqual([]);
      expect(line).not.toContain(new URL(server.url).password);
      expect(line).toMatch(
        /^duibiao: the connection to the database was lost \([^()]+\); /,
      );
      expect(line).toContain(
        `; its schema ${schema} may remain: DROP SCHEMA ${schema} CASCADE drops it`,
      );
      expect(await schemas()).toEqual([schema]);
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    }, 120_000);

    it('gives up on a server that stops answering after 5 s, naming the schema left', async () => {
      // A relay on 127.0.0.1 to the server that stops passing bytes on.
      let frozen = false;
      const sockets: Socket[] = [];
      const relay = createServer((near) => {
        const far = connect(Number(new URL(server.url).port), '127.0.0.1');
        sockets.push(near, far);
        for (const [from, to] of [
          [near, far],
          [far, near],
        ] as const) {
          from.on('data', (data) => frozen || to.write(data));
          from.on('error', () => undefined);
        }
      });
      await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done));
      const url = new URL(server.url);
      url.port = String((relay.address() as AddressInfo).port);
      try {
        const { child, ended } = start(url.href);
        const { schema } = await busy();
        frozen = true;
        child.kill('SIGINT');
        const { code, stderr } = await ended;

        expect(code).toBe(130);
        expect(stderr.split('\n')).toEqual([
          `duibiao: the run's schema ${schema} may remain in the database (no answer in 5 s): DROP SCHEMA ${schema} CASCADE drops it`,
          'duibiao: stopped (SIGINT); no report was written',
          '',
        ]);
      } finally {
        for (const socket of sockets) socket.destroy();
        relay.close();
      }
    }, 120_000);
  },
);

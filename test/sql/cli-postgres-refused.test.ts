import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { writeProvince } from '@duibiao/synthetic';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type DebianServer,
  findDebianPostgres,
  startDebianPostgres,
} from '../../packages/sql/src/debian-postgres.js';

/**
 * A database that refuses `duibiao check --engine postgres` its work, on
 * a throwaway Debian PostgreSQL server on 127.0.0.1 (skipped, saying why,
 * where none is installed): the user is told what the database said and
 * what the role lacks, not asked to report an internal error.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const run = promisify(execFile);
const found = findDebianPostgres();

describe.skipIf(typeof found === 'string')(
  `duibiao check --engine postgres refused${typeof found === 'string' ? ` (${found})` : ''}`,
  () => {
    let server: DebianServer;
    let dir: string;

    beforeAll(async () => {
      server = await startDebianPostgres(
        found as Exclude<typeof found, string>,
      );
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      // A role that may log in and no more; another that may make schemas
      // but whose statements may run 100 ms.
      await admin.query("CREATE ROLE plain LOGIN PASSWORD 'plain-pw'");
      await admin.query("CREATE ROLE hasty LOGIN PASSWORD 'hasty-pw'");
      await admin.query('GRANT CREATE ON DATABASE postgres TO hasty');
      await admin.query("ALTER ROLE hasty SET statement_timeout = '100ms'");
      await admin.end();
      dir = await mkdtemp(join(tmpdir(), 'duibiao-pg-refused-'));
      await writeProvince(join(dir, 'province'), {
        seed: 'cli-postgres-refused',
        households: 20,
        asOf: '2020-09-30',
      });
    }, 120_000);

    afterAll(async () => {
      await server?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** Runs a check in PostgreSQL as `role`, which is expected to fail. */
    async function failAs(role: string) {
      const url = new URL(server.url);
      url.username = role;
      url.password = `${role}-pw`;
      const failure = await run(
        process.execPath,
        [
          BIN,
          ...['check', join(dir, 'province'), '--as-of', '2020-09-30'],
          ...['--format', 'jsonl', '--out', join(dir, 'out')],
          ...['--engine', 'postgres', '--db', url.href],
        ],
        { cwd: ROOT },
      ).catch((error: { code: number; stderr: string }) => error);

      return { ...(failure as { code: number; stderr: string }), url };
    }

    it('says the role needs CREATE on the database', async () => {
      const { code, stderr, url } = await failAs('plain');

      expect(code).toBe(2);
      expect(stderr).toBe(
        `duibiao: cannot use the database of --db postgres://plain:***@${url.host}/postgres: the database refused to make the run's schema: permission denied for database postgres; the role needs CREATE on the database, to make a schema of the run's own\n`,
      );
    }, 120_000);

    it("says the database's statement timeout stopped the run", async () => {
      const { code, stderr } = await failAs('hasty');

      expect(code).toBe(2);
      // Making the run's schema is quick, a rule's query is not; a machine
      // busy enough may time the first out.
      expect(stderr).toMatch(
        /^duibiao: (cannot use the database of --db \S+: )?the database refused (to make the run's schema|the run's SQL): canceling statement due to statement timeout\n$/,
      );
    }, 120_000);
  },
);

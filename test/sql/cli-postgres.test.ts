import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
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
 * `duibiao check --engine postgres --db <url>` against a throwaway Debian
 * PostgreSQL server the test starts on 127.0.0.1 (skipped, saying why,
 * where none is installed): the report is the default engine's, and the
 * run's schema is gone afterwards.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const run = promisify(execFile);
const found = findDebianPostgres();
// A small province: PostgreSQL runs the compiled facts' correlated
// subqueries far slower than DuckDB (README: limitations).
let province = '';
const checkArgs = () => [
  'check',
  province,
  '--as-of',
  '2020-09-30',
  '--format',
  'jsonl',
];

beforeAll(async () => {
  province = await mkdtemp(join(tmpdir(), 'duibiao-pg-province-'));
  await writeProvince(province, {
    seed: 'cli-postgres',
    households: 150,
    asOf: '2020-09-30',
  });
}, 120_000);

afterAll(async () => {
  if (province) await rm(province, { recursive: true, force: true });
});

/** A port on 127.0.0.1 that nothing listens on a moment later. */
function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

describe('duibiao check --engine postgres', () => {
  it('refuses --engine postgres without --db, and --db without it', async () => {
    for (const args of [
      [...checkArgs(), '--engine', 'postgres'],
      [...checkArgs(), '--db', 'postgres://127.0.0.1/x'],
    ]) {
      const failure = await run(process.execPath, [BIN, ...args], {
        cwd: ROOT,
      }).catch((error: { code: number; stderr: string }) => error);
      expect(failure).toMatchObject({ code: 2 });
    }
  });

  it('says it cannot reach the database, without printing the password', async () => {
    const port = await closedPort();
    const dir = await mkdtemp(join(tmpdir(), 'duibiao-pg-cli-'));
    try {
      const failure = (await run(
        process.execPath,
        [
          BIN,
          ...checkArgs(),
          '--out',
          dir,
          '--engine',
          'postgres',
          '--db',
          `postgres://me:secret@127.0.0.1:${port}/db`,
        ],
        { cwd: ROOT },
      ).catch((error: { code: number; stderr: string }) => error)) as {
        code: number;
        stderr: string;
      };
      expect(failure.code).toBe(2);
      expect(failure.stderr).toContain(
        `cannot use the database of --db postgres://me:***@127.0.0.1:${port}/db`,
      );
      expect(failure.stderr).not.toContain('secret');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(typeof found === 'string')(
  `duibiao check --engine postgres on a Debian server${typeof found === 'string' ? ` (${found})` : ''}`,
  () => {
    let server: DebianServer;
    let dir: string;
    let stderr: string;

    beforeAll(async () => {
      server = await startDebianPostgres(
        found as Exclude<typeof found, string>,
      );
      dir = await mkdtemp(join(tmpdir(), 'duibiao-pg-cli-'));
      await run(
        process.execPath,
        [BIN, ...checkArgs(), '--out', join(dir, 'own')],
        {
          cwd: ROOT,
        },
      );
      ({ stderr } = await run(
        process.execPath,
        [
          BIN,
          ...checkArgs(),
          '--out',
          join(dir, 'pg'),
          '--engine',
          'postgres',
          '--db',
          server.url,
        ],
        { cwd: ROOT },
      ));
    }, 300_000);

    afterAll(async () => {
      await server?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('writes the findings the default engine writes', async () => {
      const read = (name: string) =>
        readFile(join(dir, name, 'findings.jsonl'), 'utf8');
      const findings = await read('pg');
      expect(findings).toBe(await read('own'));
      expect(findings.length).toBeGreaterThan(0);
      expect(stderr).toMatch(/PostgreSQL judged \d+ rules/);
    });

    it('leaves no schema of its own behind', async () => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      try {
        const { rows } = await client.query(
          "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'duibiao%'",
        );
        expect(rows).toEqual([]);
      } finally {
        await client.end();
      }
    });
  },
);

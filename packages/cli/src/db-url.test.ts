import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `--db` of `duibiao check --engine postgres`: only a postgres:// or
 * postgresql:// URL naming a host is taken, and no password reaches
 * stderr, however it is written.
 */
let dir: string;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-db-url-'));
  await mkdir(join(dir, 'in'));
  await writeFile(
    join(dir, 'in', '户信息.csv'),
    '户编号,行政区划代码,户类型,人均纯收入（元）\nH1,610124101201,贫困户,3500\n',
  );
  // A port on 127.0.0.1 that nothing listens on a moment later.
  port = await new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      server.close(() => done(address.port));
    });
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const check = (db: string) =>
  runMain(
    dir,
    ...['check', 'in', '--as-of', '2020-09-30', '--out', 'out'],
    ...['--engine', 'postgres', '--db', db],
  );

describe('duibiao check --db', () => {
  it.each([
    'host=127.0.0.1 password=secret dbname=db',
    'postgres:/u:secret@127.0.0.1/db',
    'mysql://u:secret@127.0.0.1/db',
    'http://u:secret@127.0.0.1/db',
    'foo',
    'postgres://',
    'postgres://u:secret@/db',
  ])('refuses %j before connecting, showing none of it', async (db) => {
    const { code, stderr } = await check(db);

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: --db must be a postgres:// or postgresql:// URL naming a host, such as postgres://user@localhost:5432/db (what was given is not shown: it may hold a password)\n',
    );
  });

  it.each([
    [
      'postgres://u:p@ss@127.0.0.1:PORT/db',
      'postgres://u:***@127.0.0.1:PORT/db',
    ],
    [
      ' postgres://u:secret@127.0.0.1:PORT/db',
      'postgres://u:***@127.0.0.1:PORT/db',
    ],
    [
      'postgresql://u@127.0.0.1:PORT/db?sslmode=disable&password=secret',
      'postgresql://u@127.0.0.1:PORT/db?sslmode=disable&password=***',
    ],
    [
      'postgres://u:a:b@127.0.0.1:PORT/db?password=secret#x',
      'postgres://u:***@127.0.0.1:PORT/db?password=***#x',
    ],
  ])('masks the password of %j', async (db, shown) => {
    const { code, stderr } = await check(db.replace('PORT', String(port)));

    expect(code).toBe(2);
    expect(stderr).toContain(
      `cannot use the database of --db ${shown.replace('PORT', String(port))}: `,
    );
    expect(stderr).not.toMatch(/secret|ss@/);
  });

  it('gives up on a server that never answers after connect_timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const { port } = silent.address() as { port: number };
    try {
      const { code, stderr } = await check(
        `postgres://u:secret@127.0.0.1:${port}/db?connect_timeout=2`,
      );

      expect(code).toBe(2);
      expect(stderr).toBe(
        `duibiao: cannot use the database of --db postgres://u:***@127.0.0.1:${port}/db?connect_timeout=2: no answer in 2 s (connect_timeout=<seconds> in the URL sets the wait, 30 unless given)\n`,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  }, 20_000);
});

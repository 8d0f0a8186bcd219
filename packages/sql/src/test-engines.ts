import {
  type DebianPostgres,
  findDebianPostgres,
  openDebianPostgres,
} from './debian-postgres.js';
import { openDuckdb } from './duckdb-table.js';
import { openPglite } from './pglite-table.js';
import type { TestEngine } from './test-engine.js';

/**
 * Test support: the engines a case table runs on, each as its name and a
 * way to open it once per file (`describe.each` over them).
 */

/** An engine's name in tests, and how to open it. */
export type EngineOpener = [name: string, open: () => Promise<TestEngine>];

/** The engines that run in the test process: DuckDB and PGlite. */
export const EMBEDDED: EngineOpener[] = [
  ['duckdb', openDuckdb],
  ['pglite', openPglite],
];

/** Debian's PostgreSQL, or why it cannot run here. */
export const DEBIAN: DebianPostgres | string = findDebianPostgres();

/** The embedded engines, and a Debian PostgreSQL server where there is one. */
export const WITH_SERVER: EngineOpener[] =
  typeof DEBIAN === 'string'
    ? EMBEDDED
    : [
        ...EMBEDDED,
        [
          `postgres ${DEBIAN.version} (Debian)`,
          () => openDebianPostgres(DEBIAN as DebianPostgres),
        ],
      ];

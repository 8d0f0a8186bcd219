import { PGlite } from '@electric-sql/pglite';

import { postgresEngine } from './postgres-table.js';
import type { TestEngine } from './test-engine.js';

/**
 * Test support: PGlite, the WASM build of PostgreSQL, in memory. It takes
 * seconds to start, so a test file opens one and shares it.
 */
export async function openPglite(): Promise<TestEngine> {
  const db = await PGlite.create();

  return postgresEngine(
    'pglite',
    async (sql) =>
      (await db.query<unknown[]>(sql, [], { rowMode: 'array' })).rows,
    () => db.close(),
  );
}

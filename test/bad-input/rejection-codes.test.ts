import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readFolder, REJECTION_CODES } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { loadCases } from './bad-input-case.js';
import { generators } from './generators.js';

/**
 * Every rejection of every case of the corpus carries one of the codes
 * summary.json counts by: a reader that rejected a row without one would
 * leave it uncounted, or counted under `undefined`.
 */
const cases = (await loadCases()).filter((loaded) => loaded.spec.exit === 0);
const temps: string[] = [];

afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function folderOf(loaded: (typeof cases)[number]): Promise<string> {
  const { generate } = loaded.spec;
  if (generate === undefined) return join(loaded.dir, 'input');

  const dir = await mkdtemp(join(tmpdir(), `duibiao-codes-${loaded.name}-`));
  temps.push(dir);
  const generator = generators[generate];
  if (!generator) throw new Error(`no generator "${generate}"`);
  await generator(dir);

  return dir;
}

describe('rejection codes over the bad-input corpus', () => {
  const known: readonly string[] = REJECTION_CODES;
  const seen = new Set<string>();

  it.each(cases.map((loaded) => [loaded.name, loaded] as const))(
    '%s: each rejected row has a known code',
    async (_name, loaded) => {
      const read = await readFolder(await folderOf(loaded));
      const unknown = read.rejected.filter((r) => !known.includes(r.code));
      for (const { code } of read.rejected) seen.add(code);

      expect(unknown).toEqual([]);
    },
  );

  it('has seen the codes of the impossible dates and the text in numbers', () => {
    // Cases such as dates-feb-29-in-common-year and
    // numbers-letters-in-income reject rows for these.
    expect([...seen]).toEqual(
      expect.arrayContaining(['invalid-date', 'not-a-number']),
    );
  });
});

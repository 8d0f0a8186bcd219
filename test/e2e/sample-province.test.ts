import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createChecker } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { writeProvince } from '@duibiao/synthetic';
import { afterAll, describe, expect, it } from 'vitest';

import { compareWithKey, readAnswerKey } from './answer-key.js';

/**
 * The committed sample must be what the generator makes from its seed, so
 * that it never drifts from the code; regenerate it with `npm run sample`.
 */
const SAMPLE = fileURLToPath(
  new URL('../../examples/sample-province', import.meta.url),
);
const OPTIONS = { seed: '20200822', households: 2000, asOf: '2020-09-30' };

let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('examples/sample-province', () => {
  it('is byte for byte what the generator writes from its seed (else run npm run sample)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'duibiao-sample-'));
    await writeProvince(dir, OPTIONS);
    const files = (await readdir(SAMPLE)).sort();

    expect(files).toEqual((await readdir(dir)).sort());
    for (const file of files) {
      const same = (await readFile(join(SAMPLE, file))).equals(
        await readFile(join(dir, file)),
      );
      expect(same, file).toBe(true);
    }
  });

  it('gives findings of all four categories, every planted one found and none on clean records', async () => {
    const read = await readFolder(SAMPLE);
    const result = await createChecker({
      plugins: [shaanxi],
      asOf: OPTIONS.asOf,
    }).check(read.dataset);
    const comparison = compareWithKey(await readAnswerKey(SAMPLE), result);

    expect(new Set(result.findings.map((f) => f.category))).toEqual(
      new Set(['policy-gap', 'measure-gap', 'risk', 'data-error']),
    );
    expect(comparison.missed).toEqual([]);
    expect(comparison.onClean).toEqual([]);
    expect(comparison.unplanted).toEqual([]);
  });
});

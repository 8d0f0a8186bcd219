import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeResolvedJsonl } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('writeResolvedJsonl', () => {
  it('writes each earlier finding as it is, one per line, full ID numbers', async () => {
    const gone = [
      { ...PLAIN, status: 'resolved' },
      { findingId: 'old', status: 'resolved', fieldOfAnOlderVersion: 1 },
    ];
    const path = join(await makeFolder({}), 'out', 'resolved.jsonl');

    await writeResolvedJsonl(path, gone);

    const text = await readFile(path, 'utf8');
    expect(text).toBe(
      `${JSON.stringify(gone[0])}\n${JSON.stringify(gone[1])}\n`,
    );
    expect(text).toContain('"memberId":"11010519491231002X"');
  });

  it('writes an empty file when nothing was resolved', async () => {
    const path = join(await makeFolder({}), 'resolved.jsonl');

    await writeResolvedJsonl(path, []);

    expect(await readFile(path, 'utf8')).toBe('');
  });
});

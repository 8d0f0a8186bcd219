import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFindingsJsonl } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { HOSTILE, PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('writeFindingsJsonl', () => {
  it('writes one object per line, keys in table order then data, IDs in full', async () => {
    const path = join(await makeFolder({}), 'a', 'findings.jsonl');

    await writeFindingsJsonl(path, [PLAIN, HOSTILE]);

    const text = await readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const objects = lines.map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(objects).toEqual([PLAIN, HOSTILE]);
    expect(Object.keys(objects[0] ?? {})).toEqual([
      'findingId',
      'ruleId',
      'category',
      'indicator',
      'severity',
      'regionCode',
      'county',
      'township',
      'village',
      'householdId',
      'memberId',
      'message',
      'basis',
      'department',
      'action',
      'data',
    ]);
    expect(text).toContain('"memberId":"11010519491231002X"');
  });

  it('writes a status right after findingId, and none for a finding without', async () => {
    const path = join(await makeFolder({}), 'findings.jsonl');

    await writeFindingsJsonl(path, [
      { ...PLAIN, status: 'persisting' },
      HOSTILE,
    ]);

    const [first, second] = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(first).toEqual({ ...PLAIN, status: 'persisting' });
    expect(Object.keys(first ?? {}).slice(0, 3)).toEqual([
      'findingId',
      'status',
      'ruleId',
    ]);
    expect(second).toEqual(HOSTILE);
  });

  it('writes an empty file for no findings', async () => {
    const path = join(await makeFolder({}), 'findings.jsonl');

    await writeFindingsJsonl(path, []);

    expect(await readFile(path, 'utf8')).toBe('');
  });
});

import { join } from 'node:path';

import { readFindingsJsonl } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

const line = (value: unknown) => JSON.stringify(value);

describe('readFindingsJsonl', () => {
  it('reads each object with a findingId, fields as written, in order', async () => {
    const a = {
      findingId: 'a1',
      status: 'new',
      ruleId: 'national/dropout',
      data: { age: 9 },
    };
    const b = { findingId: 'b2', aFieldOfAnotherVersion: true };
    const dir = await makeFolder({
      'findings.jsonl': `${line(a)}\n${line(b)}\n`,
    });

    const read = await readFindingsJsonl(join(dir, 'findings.jsonl'));

    expect(read).toEqual({ findings: [a, b], unread: [] });
  });

  it('takes a byte-order mark, CRLF line ends and blank lines', async () => {
    const dir = await makeFolder({
      'findings.jsonl': `\uFEFF${line({ findingId: 'a' })}\r\n\r\n  \r\n${line({ findingId: 'b' })}`,
    });

    const read = await readFindingsJsonl(join(dir, 'findings.jsonl'));

    expect(read.findings.map((f) => f.findingId)).toEqual(['a', 'b']);
    expect(read.unread).toEqual([]);
  });

  it('lists each line it cannot read with file, line, text and reason, and reads on', async () => {
    const dir = await makeFolder({
      'findings.jsonl': [
        line({ findingId: 'a' }),
        '{"findingId":"cut off',
        '["findingId","x"]',
        line({ ruleId: 'national/dropout' }),
        line({ findingId: '' }),
        line({ findingId: 7 }),
        line({ findingId: 'a', again: true }),
        line({ findingId: 'z' }),
        '',
      ].join('\n'),
    });
    const path = join(dir, 'findings.jsonl');

    const read = await readFindingsJsonl(path);

    expect(read.findings).toEqual([{ findingId: 'a' }, { findingId: 'z' }]);
    expect(read.unread.map(({ line, value }) => [line, value])).toEqual([
      [2, '{"findingId":"cut off'],
      [3, '["findingId","x"]'],
      [4, '{"ruleId":"national/dropout"}'],
      [5, '{"findingId":""}'],
      [6, '{"findingId":7}'],
      [7, '{"findingId":"a","again":true}'],
    ]);
    expect(read.unread.every((u) => u.file === path)).toBe(true);
    const reasons = read.unread.map((u) => u.reason);
    // The parser's own words follow "is not JSON"; they differ between
    // Node versions.
    expect(reasons[0]).toMatch(/^is not JSON \(.+\)$/);
    expect(reasons.slice(1)).toEqual([
      'is not a JSON object',
      'has no findingId (text, not empty)',
      'has no findingId (text, not empty)',
      'has no findingId (text, not empty)',
      'repeats the findingId of line 1',
    ]);
  });

  it('cuts a long unreadable line to 200 characters, saying how long it was', async () => {
    const dir = await makeFolder({ 'findings.jsonl': `${'x'.repeat(5000)}\n` });

    const read = await readFindingsJsonl(join(dir, 'findings.jsonl'));

    // '…(5000 characters)' is 18 characters, leaving 182 of the line.
    expect(read.unread[0]?.value).toBe(`${'x'.repeat(182)}…(5000 characters)`);
  });

  it('reads an empty file as no findings', async () => {
    const dir = await makeFolder({ 'findings.jsonl': '' });

    expect(await readFindingsJsonl(join(dir, 'findings.jsonl'))).toEqual({
      findings: [],
      unread: [],
    });
  });

  it('throws the file system’s error for a missing file or a folder', async () => {
    const dir = await makeFolder({ 'sub/x.txt': '' });

    await expect(
      readFindingsJsonl(join(dir, 'findings.jsonl')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFindingsJsonl(join(dir, 'sub'))).rejects.toMatchObject({
      code: 'EISDIR',
    });
  });
});

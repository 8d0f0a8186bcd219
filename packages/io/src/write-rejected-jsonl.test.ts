import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { type Rejection, writeRejectedJsonl } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

describe('writeRejectedJsonl', () => {
  it('round-trips rejections, one per line', async () => {
    const rejected: Rejection[] = [
      {
        table: 'households',
        file: '户信息.csv',
        line: 9,
        column: '识别监测时间',
        value: '2023-02-29',
        code: 'invalid-date',
        reason: '2023-02-29 is not a date: 2023-02 has 28 days',
      },
      {
        table: 'members',
        file: 'members.csv',
        line: 2,
        column: null,
        value: null,
        code: 'too-few-cells',
        reason: 'row has 2 cells, the header has 3',
      },
    ];
    const path = join(await makeFolder({}), 'deep', 'rejected.jsonl');

    await writeRejectedJsonl(path, rejected);

    const text = await readFile(path, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('"value":"2023-02-29","code":"invalid-date"');
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(rejected);
  });

  it('cuts a value longer than 200 characters, saying how long it was', async () => {
    const huge: Rejection = {
      table: 'households',
      file: 'households.csv',
      line: 2,
      column: '备注',
      value: '长'.repeat(1_000_000),
      code: 'not-a-number',
      reason: 'expected a number',
    };
    const path = join(await makeFolder({}), 'rejected.jsonl');

    await writeRejectedJsonl(path, [huge]);

    const text = await readFile(path, 'utf8');
    // '…(1000000 characters)' is 21 characters, leaving 179 of the cell.
    expect(JSON.parse(text)).toEqual({
      ...huge,
      value: `${'长'.repeat(179)}…(1000000 characters)`,
    });
    expect(text.length).toBeLessThan(400);
  });
});

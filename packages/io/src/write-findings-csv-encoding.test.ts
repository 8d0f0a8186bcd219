import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFindingsCsv } from '@duibiao/io';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

import { HOSTILE, PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

/** A finding whose village and message hold characters GBK lacks. */
const RARE = {
  ...PLAIN,
  findingId: 'f-3',
  village: '𠀀村',
  message: '😀 收入 • 不足 😀，联系电话 13812345678',
};

describe('writeFindingsCsv with encoding gbk', () => {
  it('writes GBK without a byte-order mark, which decodes back to the same cells', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    const result = await writeFindingsCsv(path, [PLAIN, HOSTILE], {
      encoding: 'gbk',
    });

    const bytes = await readFile(path);
    // 问 is CE CA in GBK; UTF-8 would give E9 97 AE after EF BB BF.
    expect([...bytes.subarray(0, 2)]).toEqual([0xce, 0xca]);
    const rows = parse(new TextDecoder('gbk').decode(bytes)) as string[][];
    expect(rows[0]?.slice(0, 4)).toEqual([
      '问题编号',
      '规则编号',
      '问题类别',
      '指标',
    ]);
    expect(rows[1]?.slice(6, 12)).toEqual([
      '新城区',
      '西一路街道',
      '东村',
      '\tH1',
      '\t1101**********002X',
      '未参加城乡居民基本医疗保险，证件号码 1101**********002X',
    ]);
    // Formulas stay neutralised in GBK too.
    expect(rows[2]?.[8]).toBe('\'=HYPERLINK("http://x","y")');
    expect(result).toEqual({ unencodable: 0, unencodableCharacters: [] });
  });

  it('writes a character GBK lacks as ? and counts it', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    const result = await writeFindingsCsv(path, [RARE], { encoding: 'gbk' });

    const rows = parse(
      new TextDecoder('gbk').decode(await readFile(path)),
    ) as string[][];
    expect(rows[1]?.[8]).toBe('?村');
    // The mobile number is masked before encoding.
    expect(rows[1]?.[11]).toBe('? 收入 ? 不足 ?，联系电话 138****5678');
    // 𠀀 once, 😀 twice, • once; each named once, in order.
    expect(result).toEqual({
      unencodable: 4,
      unencodableCharacters: ['𠀀', '😀', '•'],
    });
  });

  it('keeps every character in UTF-8, the default', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    const result = await writeFindingsCsv(path, [RARE]);

    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    expect(rows[1]?.[8]).toBe('𠀀村');
    expect(result.unencodable).toBe(0);
  });
});

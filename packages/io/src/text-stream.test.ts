import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeFolder, removeFolders, utf16 } from './__fixtures__/folders.js';
import { decodeText, undecodable } from './decode-text.js';
import {
  openTextStream,
  TextStreamError,
  type TextStreamOptions,
} from './text-stream.js';

let folder = '';
let files = 0;

beforeAll(async () => {
  folder = await makeFolder({});
});
afterAll(removeFolders);

/** Writes bytes to a new file in the test folder. */
async function fileOf(bytes: Uint8Array | string): Promise<string> {
  files += 1;
  const path = join(folder, `${files}.csv`);
  await writeFile(path, bytes);

  return path;
}

interface Read {
  ok: boolean;
  encoding?: string;
  text?: string;
  reason?: string;
  chunks?: string[];
}

/** Reads a file through openTextStream, as decodeText's result. */
async function read(
  bytes: Uint8Array | string,
  options?: TextStreamOptions,
): Promise<Read> {
  const opened = await openTextStream(await fileOf(bytes), options);
  if (!opened.ok) return opened;

  const chunks: string[] = [];
  try {
    for await (const chunk of opened.chunks) chunks.push(chunk);
  } catch (error) {
    if (!(error instanceof TextStreamError)) throw error;
    return { ok: false, reason: error.reason, chunks };
  }

  return { ok: true, encoding: opened.encoding, text: chunks.join(''), chunks };
}

const TABLE = '户编号,户主姓名,人均纯收入（元）\r\nH1,张三,"12,345"\r\n';

describe('openTextStream', () => {
  it('reads UTF-8, whatever chunk ends inside a character', async () => {
    for (const chunkSize of [1, 2, 4, 5, 1 << 20]) {
      const result = await read(TABLE, { chunkSize });

      expect(result).toMatchObject({
        ok: true,
        encoding: 'utf-8',
        text: TABLE,
      });
    }
  });

  it('reads UTF-8 with a byte-order mark, leaving the mark out', async () => {
    const result = await read(`\uFEFF${TABLE}`, { chunkSize: 2 });

    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-8-bom',
      text: TABLE,
    });
  });

  it('reads GBK as GB18030', async () => {
    const result = await read(iconv.encode(TABLE, 'gbk'), { chunkSize: 3 });

    expect(result).toMatchObject({
      ok: true,
      encoding: 'gb18030',
      text: TABLE,
    });
  });

  it("reads UTF-16 LE with its mark, as Excel's Unicode text", async () => {
    const text = '户编号\t户主姓名\r\nH1\t张三 \u{20000}\r\n';

    for (const chunkSize of [1, 3, 1 << 20]) {
      const result = await read(utf16(text, 'le'), { chunkSize });

      expect(result).toMatchObject({ ok: true, encoding: 'utf-16le', text });
    }
  });

  it('reads UTF-16 BE with its mark', async () => {
    const result = await read(utf16(TABLE, 'be'), { chunkSize: 3 });

    expect(result).toMatchObject({
      ok: true,
      encoding: 'utf-16be',
      text: TABLE,
    });
  });

  it('decides on GB18030 for GBK text after 2 MB of ASCII, in bounded chunks', async () => {
    const ascii = 'H0000001,610102001001,8000\r\n'.repeat(80_000);
    const text = `${ascii}H2,张三,贫困户\r\n`;
    expect(ascii.length).toBeGreaterThan(2 << 20);

    const result = await read(iconv.encode(text, 'gbk'));

    expect(result).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(result.text === text).toBe(true);
    const longest = Math.max(...(result.chunks ?? []).map((c) => c.length));
    expect(longest).toBeLessThanOrEqual(1 << 20);
  });

  it('reads an empty file as no text', async () => {
    expect(await read('')).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: '',
      chunks: [],
    });
  });

  it('reads the file again on each iteration', async () => {
    const opened = await openTextStream(await fileOf(TABLE), { chunkSize: 7 });
    if (!opened.ok) throw new Error(opened.reason);

    const once = [];
    for await (const chunk of opened.chunks) once.push(chunk);
    const twice = [];
    for await (const chunk of opened.chunks) twice.push(chunk);

    expect(twice).toEqual(once);
    expect(once.join('')).toBe(TABLE);
  });

  it('refuses a zip archive and an old Excel workbook', async () => {
    const zip = await read(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14));
    const xls = await read(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1));

    expect(zip).toEqual({
      ok: false,
      reason:
        'is a zip archive such as an .xlsx workbook, not CSV or JSON text; give it the extension .xlsx',
    });
    expect(xls).toEqual({
      ok: false,
      reason:
        'is an Excel 97–2003 (.xls) or password-protected workbook, not CSV or JSON text; save it as CSV UTF-8 or .xlsx',
    });
  });

  it('refuses UTF-8 holding NUL before handing out any text', async () => {
    const ascii = Buffer.from('id,name\r\nH1,\u0000\r\n');
    const chinese = Buffer.from(`${TABLE}H2,\u0000\r\n`);

    // No chunks: refused when opened.
    expect(await read(ascii, { chunkSize: 4 })).toEqual({
      ok: false,
      reason: undecodable.nul,
    });
    // decodeText then tries GB18030, which the Chinese is not.
    expect(await read(chinese, { chunkSize: 4 })).toEqual({
      ok: false,
      reason: undecodable.neither,
    });
    expect(decodeText(chinese)).toEqual({
      ok: false,
      reason: undecodable.neither,
    });
  });

  it('refuses UTF-16 without its mark, for the NUL characters in it', async () => {
    const bytes = Buffer.from('id,name\r\nH1,Zhang San\r\n', 'utf16le');

    expect(await read(bytes, { chunkSize: 4 })).toEqual({
      ok: false,
      reason: undecodable.nul,
    });
  });

  it('refuses UTF-16 with Chinese in it and without its mark, as not GB18030', async () => {
    const bytes = Buffer.from(TABLE, 'utf16le');

    expect(await read(bytes)).toMatchObject({
      ok: false,
      reason: undecodable.neither,
    });
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: undecodable.neither,
    });
  });

  it('refuses UTF-16 holding NUL when decoding reaches it', async () => {
    const bytes = utf16(`${TABLE}H2\t\u0000\r\n`, 'le');
    const result = await read(bytes, { chunkSize: 8 });

    // Some text was handed out before the NUL was reached.
    const before = result.chunks?.join('') ?? '';
    expect(result).toMatchObject({ ok: false, reason: undecodable.nul });
    expect(before.length).toBeGreaterThan(0);
    expect(`${TABLE}H2\t`.startsWith(before)).toBe(true);
  });

  it('refuses a UTF-8 byte-order mark on bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      iconv.encode(TABLE, 'gbk'),
    ]);

    expect(await read(bytes, { chunkSize: 4 })).toEqual({
      ok: false,
      reason: undecodable.bomNotUtf8,
    });
  });

  it('refuses bytes that are not GB18030 over NUL characters in it', async () => {
    const bytes = Buffer.concat([
      iconv.encode(`${TABLE}\u0000`, 'gbk'),
      Buffer.from([0x81, 0x0a]),
    ]);

    expect(await read(bytes, { chunkSize: 4 })).toMatchObject({
      ok: false,
      reason: undecodable.neither,
    });
  });

  it('refuses a chunk size that is not a positive integer', async () => {
    const path = await fileOf(TABLE);

    await expect(openTextStream(path, { chunkSize: 0 })).rejects.toThrow(
      TypeError,
    );
    await expect(openTextStream(path, { chunkSize: 1.5 })).rejects.toThrow(
      TypeError,
    );
  });
});

// Byte sequences that matter to decoding: marks, signatures, NUL, UTF-8
// and GB18030 characters whole and cut, and bytes neither accepts.
const PIECES = [
  [0x00],
  [0x00, 0x00],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [...Buffer.from('a,"\r\n')],
  [...Buffer.from('户')],
  [...Buffer.from('\u{20000}')],
  [...iconv.encode('户', 'gbk')],
  [...iconv.encode('\u0080', 'gb18030')],
  [...iconv.encode('\uFFFD', 'gb18030')],
  [0xe6, 0x88],
  [0x81],
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xd8, 0x00],
].map((bytes) => Uint8Array.from(bytes));

describe('openTextStream: as decodeText reads it', () => {
  it('decodes generated bytes to the same text, or refuses them alike', async () => {
    const bytes = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 24 })
      .map((pieces) => Buffer.concat(pieces));

    await fc.assert(
      fc.asyncProperty(
        bytes,
        fc.integer({ min: 1, max: 9 }),
        async (bytes, chunkSize) => {
          const { chunks: _, ...streamed } = await read(bytes, { chunkSize });

          expect(streamed).toEqual(decodeText(bytes));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

import { isUtf8 } from 'node:buffer';
import { type FileHandle, open } from 'node:fs/promises';

import iconv from 'iconv-lite';

import { binaryKind, byteOrderMark, undecodable } from './decode-text.js';
import type { TextEncoding } from './read-result.js';

/** Options of {@link openTextStream}. */
export interface TextStreamOptions {
  /**
   * How many bytes to read from the file at a time. Each chunk of text
   * holds about as many characters.
   *
   * @default 1048576 (1 MiB)
   */
  chunkSize?: number;
}

/**
 * A text file ready to be read a chunk at a time, or why it cannot be
 * read as text.
 */
export type OpenedTextStream =
  | {
      /** The file can be read as text. */
      ok: true;
      /** How the file's bytes are decoded. */
      encoding: TextEncoding;
      /**
       * The file's text, without its byte-order mark, in chunks that may
       * end anywhere, even between the two halves of a surrogate pair.
       * Each iteration reads the file again from the start, and closes it
       * when the loop ends or is left.
       *
       * Iterating throws a {@link TextStreamError} when a GB18030 or
       * UTF-16 file turns out to hold NUL characters or bytes that are
       * not GB18030, which can only be known by decoding it; chunks
       * before the one at fault have been handed out by then. It also
       * throws the file system's errors.
       */
      chunks: AsyncIterable<string>;
    }
  | {
      /** The file cannot be read as text. */
      ok: false;
      /** Why, for the message naming the file. */
      reason: string;
    };

/**
 * Thrown while iterating an opened text stream when the file's text
 * cannot be decoded after all; its `reason` is what `decodeText`
 * would say of the whole file.
 *
 * @example
 * try {
 *   for await (const chunk of opened.chunks) tokenizer.push(chunk);
 * } catch (error) {
 *   if (error instanceof TextStreamError) return fail(error.reason);
 *   throw error;
 * }
 */
export class TextStreamError extends Error {
  /** Always `DUIBIAO_TEXT_UNDECODABLE`. */
  readonly code = 'DUIBIAO_TEXT_UNDECODABLE';
  /** Why the file is not text, to follow the file's name. */
  readonly reason: string;

  /**
   * @param path - The file, as given.
   * @param reason - Why its text cannot be decoded.
   */
  constructor(path: string, reason: string) {
    super(`The file ${path} ${reason}`);
    this.name = 'TextStreamError';
    this.reason = reason;
  }
}

/** Decodes a file's bytes to text, a chunk at a time. */
interface ChunkDecoder {
  /** The text of the next bytes; an unfinished character is kept. */
  write(bytes: Buffer): string;
  /** The text of what is kept, at the end of the bytes. */
  end(): string;
}

const MEBIBYTE = 1 << 20;

/**
 * Opens a text file to read it a chunk at a time, so that its text need
 * not be in memory whole. It decodes as `decodeText` does, and
 * refuses what `decodeText` refuses, with the same reasons: a zip or old
 * Excel workbook; a byte-order mark names UTF-8, UTF-16 LE or UTF-16 BE;
 * else strict UTF-8 if the whole file is UTF-8, else GB18030.
 *
 * Deciding on UTF-8 takes a first pass over the whole file (stopping at
 * the first byte that is not UTF-8), so that no text is handed out from
 * a file that turns out to be GB18030; it also finds NUL characters in
 * UTF-8 files. The file is closed after that pass and opened again for
 * each iteration of `chunks`; if it changes in between, iterating may
 * throw a {@link TextStreamError}.
 *
 * @param path - The file.
 * @param options - How much to read at a time.
 * @returns The encoding and the text's chunks, or why the file is not
 *   text.
 * @throws {TypeError} When `chunkSize` is not a positive integer.
 * @throws The file system's error when the file cannot be read.
 * @example
 * const opened = await openTextStream('households.csv');
 * if (!opened.ok) return fail(opened.reason);
 * const tokenizer = new CsvTokenizer(',', onRow);
 * for await (const chunk of opened.chunks) tokenizer.push(chunk);
 * tokenizer.end();
 */
export async function openTextStream(
  path: string,
  options: TextStreamOptions = {},
): Promise<OpenedTextStream> {
  const chunkSize = options.chunkSize ?? MEBIBYTE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) {
    throw new TypeError(
      `Expected chunkSize to be a positive integer, not ${String(chunkSize)}`,
    );
  }

  const handle = await open(path, 'r');
  try {
    const head = await readHead(handle);
    const binary = binaryKind(head);
    if (binary) return { ok: false, reason: binary };

    const mark = byteOrderMark(head);
    const start = mark?.length ?? 0;
    const chunks = (encoding: TextEncoding): OpenedTextStream => ({
      ok: true,
      encoding,
      chunks: {
        [Symbol.asyncIterator]: () =>
          readChunks(path, encoding, start, chunkSize),
      },
    });
    if (mark && mark.encoding !== 'utf-8-bom') return chunks(mark.encoding);

    const utf8 = await scanUtf8(handle, start, chunkSize);
    if (mark) {
      if (!utf8.valid) return { ok: false, reason: undecodable.bomNotUtf8 };
      if (utf8.nul) return { ok: false, reason: undecodable.nul };
      return chunks(mark.encoding);
    }
    if (utf8.valid && !utf8.nul) return chunks('utf-8');

    // decodeText takes UTF-8 with NUL in it for not UTF-8, and so tries
    // GB18030, whose reason wins; decode now, for such a file is refused
    // either way, and no text should be handed out first.
    if (utf8.nul) {
      const reason = await gb18030Refusal(handle, chunkSize);
      if (reason) return { ok: false, reason };
    }

    return chunks('gb18030');
  } finally {
    await handle.close();
  }
}

/** The file's first four bytes, or all of them if fewer. */
async function readHead(handle: FileHandle): Promise<Buffer> {
  const head = Buffer.alloc(4);
  let filled = 0;
  while (filled < head.length) {
    const { bytesRead } = await handle.read(head, filled, 4 - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }

  return head.subarray(0, filled);
}

/**
 * Whether the file from `start` is UTF-8, and whether it holds a NUL;
 * stops at the first chunk that is not UTF-8.
 */
async function scanUtf8(
  handle: FileHandle,
  start: number,
  chunkSize: number,
): Promise<{ valid: boolean; nul: boolean }> {
  // A chunk may end inside a character of up to four bytes: the three
  // bytes at most of one unfinished are kept for the next read.
  const buffer = Buffer.allocUnsafe(chunkSize + 3);
  let kept = 0;
  let position = start;
  let nul = false;

  for (;;) {
    const { bytesRead } = await handle.read(buffer, kept, chunkSize, position);
    if (bytesRead === 0) break;
    position += bytesRead;

    const filled = kept + bytesRead;
    const end = lastCharacterEnd(buffer, filled);
    const bytes = buffer.subarray(0, end);
    if (!isUtf8(bytes)) return { valid: false, nul };
    nul ||= bytes.includes(0);

    buffer.copyWithin(0, end, filled);
    kept = filled - end;
  }

  // Bytes kept at the end are a character cut short.
  return { valid: kept === 0, nul };
}

/**
 * Why decodeText refuses the file as GB18030: bytes that are not
 * GB18030 first, else NUL characters; `undefined` when it does not.
 */
async function gb18030Refusal(
  handle: FileHandle,
  chunkSize: number,
): Promise<string | undefined> {
  const decoder = iconv.getDecoder('gb18030');
  const buffer = Buffer.allocUnsafe(chunkSize);
  let position = 0;
  let nul = false;

  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
    const text =
      bytesRead === 0
        ? (decoder.end() ?? '')
        : decoder.write(buffer.subarray(0, bytesRead));
    if (text.includes('\uFFFD')) return undecodable.neither;
    nul ||= text.includes('\u0000');
    if (bytesRead === 0) break;
    position += bytesRead;
  }

  return nul ? undecodable.nul : undefined;
}

/**
 * Where the last whole UTF-8 character in `buffer[0, filled)` ends: at
 * `filled`, unless the bytes end with the start of a longer character.
 * Bytes that are not UTF-8 at all are left to isUtf8 to refuse.
 */
function lastCharacterEnd(buffer: Buffer, filled: number): number {
  const earliest = Math.max(0, filled - 4);
  for (let at = filled - 1; at >= earliest; at -= 1) {
    const byte = buffer[at] ?? 0;
    // Continuation bytes are 10xxxxxx; look on for the leading byte.
    if ((byte & 0xc0) === 0x80) continue;

    return at + sequenceLength(byte) > filled ? at : filled;
  }

  return filled;
}

/** How many bytes the UTF-8 character led by `byte` takes. */
function sequenceLength(byte: number): number {
  if (byte >= 0xf0) return 4;
  if (byte >= 0xe0) return 3;
  if (byte >= 0xc0) return 2;
  return 1;
}

/** Reads the file from `start`, decoding it chunk by chunk. */
async function* readChunks(
  path: string,
  encoding: TextEncoding,
  start: number,
  chunkSize: number,
): AsyncGenerator<string, void, undefined> {
  const decoder = decoderFor(path, encoding);
  // GB18030 is refused for NUL characters only if all its bytes decode;
  // once a NUL is seen, decode on, handing out nothing, to find out.
  const checksBytes = encoding === 'gb18030';
  let nul = false;

  const handle = await open(path, 'r');
  try {
    let position = start;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(buffer, 0, chunkSize, position);
      if (bytesRead === 0) break;
      position += bytesRead;

      const text = decoder.write(buffer.subarray(0, bytesRead));
      if (checksBytes && text.includes('\uFFFD')) {
        throw new TextStreamError(path, undecodable.neither);
      }
      nul ||= text.includes('\u0000');
      if (nul && !checksBytes) break;
      if (!nul && text.length > 0) yield text;
    }
  } finally {
    await handle.close();
  }

  const text = decoder.end();
  if (checksBytes && text.includes('\uFFFD')) {
    throw new TextStreamError(path, undecodable.neither);
  }
  if (nul || text.includes('\u0000')) {
    throw new TextStreamError(path, undecodable.nul);
  }
  if (text.length > 0) yield text;
}

function decoderFor(path: string, encoding: TextEncoding): ChunkDecoder {
  if (encoding === 'gb18030') {
    const decoder = iconv.getDecoder('gb18030');
    return {
      write: (bytes) => decoder.write(bytes),
      end: () => decoder.end() ?? '',
    };
  }

  // As decodeText does: UTF-8 strictly, keeping a second byte-order mark
  // as text; UTF-16 leniently, dropping a second mark.
  const utf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
  const decoder = utf8
    ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    : new TextDecoder(encoding);
  const decode = (bytes?: Buffer): string => {
    try {
      return decoder.decode(bytes, { stream: bytes !== undefined });
    } catch {
      // The first pass found the file UTF-8; it has changed since.
      const reason =
        encoding === 'utf-8-bom' ? undecodable.bomNotUtf8 : undecodable.notUtf8;
      throw new TextStreamError(path, reason);
    }
  };

  return { write: decode, end: () => decode() };
}

import iconv from 'iconv-lite';

import type { TextEncoding } from './read-result.js';

/** Decoded text and how it was decoded, or why it cannot be. */
export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: string };

/**
 * Why a text file cannot be decoded, as {@link decodeText} and
 * openTextStream say it: each reason follows the file's name.
 */
export const undecodable = {
  notUtf8: 'is not valid UTF-8',
  bomNotUtf8: 'has a UTF-8 byte-order mark but is not valid UTF-8',
  neither: 'is neither UTF-8 nor GB18030/GBK text; save it as CSV UTF-8',
  nul: 'holds NUL characters, so it is not text in a known encoding (UTF-16 without a byte-order mark?); save it as CSV UTF-8',
} as const;

/** An encoding a file names by its first bytes. */
export interface ByteOrderMark {
  encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be';
  /** How many bytes the mark takes; they are not part of the text. */
  length: number;
}

/**
 * Decodes a text file: by its byte-order mark (UTF-8, UTF-16 LE or BE),
 * else as strict UTF-8, else as GB18030 (a superset of GBK and GB2312,
 * which Excel writes on Chinese Windows).
 *
 * @param bytes - The file's bytes.
 * @returns The text without its byte-order mark, and the encoding.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, reason: binary };

  const mark = byteOrderMark(bytes);
  if (mark?.encoding === 'utf-8-bom') {
    return strictUtf8(bytes.subarray(mark.length), mark.encoding);
  }
  if (mark) return utf16(bytes.subarray(mark.length), mark.encoding);

  const utf8 = strictUtf8(bytes, 'utf-8');
  if (utf8.ok) return utf8;

  const text = iconv.decode(bytes, 'gb18030');
  if (text.includes('\uFFFD'))
    return { ok: false, reason: undecodable.neither };

  return checked(text, 'gb18030');
}

/**
 * The byte-order mark a file starts with, if any: UTF-8, UTF-16 LE or
 * UTF-16 BE.
 *
 * @param bytes - The file's first bytes; three are enough.
 * @returns The encoding the mark names and its length, or `undefined`.
 */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { encoding: 'utf-8-bom', length: 3 };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { encoding: 'utf-16le', length: 2 };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { encoding: 'utf-16be', length: 2 };
  }

  return undefined;
}

/**
 * Why a file that starts with these bytes is not text: it is a zip
 * archive (an .xlsx workbook) or an old Excel workbook.
 *
 * @param bytes - The file's first bytes; four are enough.
 * @returns The reason, or `undefined` when the file may be text.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'is a zip archive such as an .xlsx workbook, not CSV or JSON text; give it the extension .xlsx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'is an Excel 97–2003 (.xls) or password-protected workbook, not CSV or JSON text; save it as CSV UTF-8 or .xlsx';
  }

  return undefined;
}

function utf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);

  return checked(text, encoding);
}

function strictUtf8(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return checked(decoder.decode(bytes), encoding);
  } catch {
    const reason =
      encoding === 'utf-8-bom' ? undecodable.bomNotUtf8 : undecodable.notUtf8;

    return { ok: false, reason };
  }
}

function checked(text: string, encoding: TextEncoding): DecodedText {
  // UTF-16 saved without a byte-order mark decodes as "valid" UTF-8 full
  // of NUL characters; no table holds those, so say what it probably is.
  if (text.includes('\u0000')) return { ok: false, reason: undecodable.nul };

  return { ok: true, text, encoding };
}

/**
 * Whether bytes begin with a signature.
 *
 * @param bytes - The bytes.
 * @param signature - The leading bytes to look for.
 * @returns `true` when they match.
 */
export function startsWith(
  bytes: Uint8Array,
  signature: readonly number[],
): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

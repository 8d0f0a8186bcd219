import iconv from 'iconv-lite';

import type { TextEncoding } from './read-result.js';

/** Decoded text and how it was decoded, or why it cannot be. */
export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: string };

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

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return strictUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');

  const utf8 = strictUtf8(bytes, 'utf-8');
  if (utf8.ok) return utf8;

  const text = iconv.decode(bytes, 'gb18030');
  if (text.includes('\uFFFD')) {
    return {
      ok: false,
      reason: 'is neither UTF-8 nor GB18030/GBK text; save it as CSV UTF-8',
    };
  }

  return checked(text, 'gb18030');
}

function utf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes.subarray(2));

  return checked(text, encoding);
}

function strictUtf8(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return checked(decoder.decode(bytes), encoding);
  } catch {
    const reason =
      encoding === 'utf-8-bom'
        ? 'has a UTF-8 byte-order mark but is not valid UTF-8'
        : 'is not valid UTF-8';

    return { ok: false, reason };
  }
}

function checked(text: string, encoding: TextEncoding): DecodedText {
  // UTF-16 saved without a byte-order mark decodes as "valid" UTF-8 full
  // of NUL characters; no table holds those, so say what it probably is.
  if (text.includes('\u0000')) {
    return {
      ok: false,
      reason:
        'holds NUL characters, so it is not text in a known encoding (UTF-16 without a byte-order mark?); save it as CSV UTF-8',
    };
  }

  return { ok: true, text, encoding };
}

function binaryKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'is a zip archive such as an .xlsx workbook, not CSV text; give it the extension .xlsx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'is an Excel 97–2003 (.xls) or password-protected workbook, not CSV text; save it as CSV UTF-8 or .xlsx';
  }

  return undefined;
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

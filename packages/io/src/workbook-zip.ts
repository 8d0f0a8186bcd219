import { createInflateRaw } from 'node:zlib';

import { sizeText } from './read-limits.js';

/** One file inside a zip, as its central directory describes it. */
interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated; others are left to the workbook reader. */
  method: number;
  /** Bytes it takes in the zip. */
  packed: number;
  /** Bytes it declares it unpacks to. */
  unpacked: number;
  /** Where its local header starts. */
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const SATURATED_16 = 0xffff;
const SATURATED_32 = 0xffffffff;

/**
 * Checks, before a workbook is unpacked, that its parts unpack to no more
 * than `most` bytes in all: the sizes its zip directory declares are
 * added up, and each deflated part is then inflated into nothing, a
 * chunk at a time, to see that it unpacks to exactly what it declares.
 * A zip bomb — a sheet of gigabytes packed into a few megabytes — is so
 * refused without memory to hold it, and so is one whose parts lie about
 * their size. A zip whose directory cannot be read is passed on: the
 * workbook reader says what is wrong with it.
 *
 * @param bytes - The .xlsx file.
 * @param most - The most bytes the parts may unpack to.
 * @returns Why the workbook is refused, or `undefined` to read it.
 */
export async function workbookTooLarge(
  bytes: Buffer,
  most: number,
): Promise<string | undefined> {
  const parts = zipParts(bytes);
  if (!parts) return undefined;

  const total = parts.reduce((sum, part) => sum + part.unpacked, 0);
  if (total > most) {
    const largest = parts.reduce((a, b) => (b.unpacked > a.unpacked ? b : a));
    return `unpacks to ${sizeText(total)}, more than the ${sizeText(most)} a workbook may unpack to (its part ${largest.name} alone is ${sizeText(largest.unpacked)}); a workbook that large is not read whole: save the table as CSV UTF-8, or export fewer counties at a time, each into a folder of its own, and check the folders one by one`;
  }

  for (const part of parts) {
    const actual = await unpackedSize(bytes, part);
    if (actual === undefined || actual === part.unpacked) continue;
    const more = actual > part.unpacked ? 'more than' : 'not';
    return `is damaged or crafted: its part ${part.name} unpacks to ${more} the ${sizeText(part.unpacked)} it declares; open it in Excel or WPS and save it again as .xlsx`;
  }

  return undefined;
}

/** The parts of a zip by its central directory; `undefined` if unreadable. */
function zipParts(bytes: Buffer): ZipPart[] | undefined {
  const directory = findDirectory(bytes);
  if (!directory) return undefined;

  const parts: ZipPart[] = [];
  let at = directory.offset;
  for (let n = 0; n < directory.entries; n += 1) {
    if (at + 46 > bytes.length) return undefined;
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const extra = bytes.subarray(
      at + 46 + nameLength,
      at + 46 + nameLength + extraLength,
    );
    const part: ZipPart = {
      name,
      method: bytes.readUInt16LE(at + 10),
      packed: bytes.readUInt32LE(at + 20),
      unpacked: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    };
    parts.push(widened(part, extra));
    at += 46 + nameLength + extraLength + commentLength;
  }

  return parts;
}

/** Where the central directory starts and how many entries it has. */
function findDirectory(
  bytes: Buffer,
): { offset: number; entries: number } | undefined {
  // The end record is the last 22 bytes, unless a comment (at most 65,535
  // bytes) follows it.
  const earliest = Math.max(0, bytes.length - 22 - SATURATED_16);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;

  const entries = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (entries !== SATURATED_16 && offset !== SATURATED_32) {
    return { offset, entries };
  }

  // Zip64: a locator just before the end record points at a larger one.
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) {
    return undefined;
  }
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END) {
    return undefined;
  }

  return {
    entries: Number(bytes.readBigUInt64LE(record + 32)),
    offset: Number(bytes.readBigUInt64LE(record + 48)),
  };
}

/** A part whose sizes or offset are saturated, read from its Zip64 field. */
function widened(part: ZipPart, extra: Buffer): ZipPart {
  const saturated = [part.unpacked, part.packed, part.offset].some(
    (value) => value === SATURATED_32,
  );
  if (!saturated) return part;

  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 1) {
      // The Zip64 field holds only the saturated values, in this order.
      const field = extra.subarray(at + 4, at + 4 + size);
      let next = 0;
      const take = (value: number) => {
        if (value !== SATURATED_32 || next + 8 > field.length) return value;
        const wide = Number(field.readBigUInt64LE(next));
        next += 8;
        return wide;
      };
      const unpacked = take(part.unpacked);
      const packed = take(part.packed);
      return { ...part, unpacked, packed, offset: take(part.offset) };
    }
    at += 4 + size;
  }

  return part;
}

/**
 * How many bytes a part unpacks to, counted by inflating it into nothing
 * and stopping as soon as it passes what it declares; `undefined` when
 * that cannot be told here (a method other than deflate, a damaged
 * stream), for the workbook reader to report.
 */
async function unpackedSize(
  bytes: Buffer,
  part: ZipPart,
): Promise<number | undefined> {
  const at = part.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) {
    return undefined;
  }
  const start =
    at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const packed = bytes.subarray(start, start + part.packed);
  if (part.method === 0) return packed.length;
  if (part.method !== 8) return undefined;

  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= part.unpacked) return;
      inflate.destroy();
      resolve(total);
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', () => resolve(undefined));
    inflate.end(packed);
  });
}

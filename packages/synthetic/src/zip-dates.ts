const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Sets the modification time of every entry of a zip archive (an XLSX
 * workbook) to one date, so that the same workbook written twice gives the
 * same bytes. Zip writers stamp entries with the time of writing; the
 * stamp sits in each entry's local header and central-directory record,
 * outside the compressed data and its checksum, so only those two fields
 * change.
 *
 * @param zip - The archive; changed in place.
 * @param date - `YYYY-MM-DD`, written as midnight.
 * @returns The same buffer.
 * @throws {Error} When the buffer is not a zip archive.
 */
export function stampZip(zip: Buffer, date: string): Buffer {
  const end = findEnd(zip);
  const entries = zip.readUInt16LE(end + 10);
  const [year, month, day] = date.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;

  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new Error('zip central directory is damaged');
    }
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);

    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER)
      throw new Error('zip local header is damaged');
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);

    at +=
      46 +
      zip.readUInt16LE(at + 28) +
      zip.readUInt16LE(at + 30) +
      zip.readUInt16LE(at + 32);
  }

  return zip;
}

function findEnd(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of up to 65535 bytes.
  for (
    let at = zip.length - 22;
    at >= Math.max(0, zip.length - 22 - 65535);
    at -= 1
  ) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }

  throw new Error('not a zip archive: no end of central directory');
}

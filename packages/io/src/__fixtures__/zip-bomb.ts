import { constants, deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) {
    crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return crc >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  }

  return (crc ^ 0xffffffff) >>> 0;
}

/** A part of a zip: its name, deflated bytes, and what it declares. */
interface Part {
  name: string;
  packed: Buffer;
  unpacked: number;
  crc: number;
}

function part(name: string, text: string): Part {
  const bytes = Buffer.from(text);
  const packed = deflateRawSync(bytes);

  return { name, packed, unpacked: bytes.length, crc: crc32(bytes) };
}

/** A zip of deflated parts, with local headers and a central directory. */
function zip(parts: readonly Part[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, packed, unpacked, crc } of parts) {
    const nameBytes = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(unpacked, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    local.push(head, nameBytes, packed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(unpacked, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }

  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);

  return Buffer.concat([...local, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Options of {@link zipBomb}. */
export interface ZipBombOptions {
  /** Mebibytes of rows the sheet unpacks to, besides its head and tail. */
  mebibytes: number;
  /**
   * What its zip declares the sheet unpacks to: the truth, or a lie of a
   * few kilobytes that a check of declared sizes alone would believe.
   * @default 'truth'
   */
  declare?: 'truth' | 'lie';
}

/**
 * An .xlsx file whose one sheet, 户信息, is a header row (户编号) and then
 * `mebibytes` MiB of the same household row, packed into about a
 * thousandth of that: the deflated mebibyte is written once and repeated,
 * so that a gigabyte costs no time to make. Its CRC is left 0, since
 * nothing that refuses it reads so far.
 *
 * @param options - How large, and whether its sizes lie.
 * @returns The file's bytes.
 */
export function zipBomb(options: ZipBombOptions): Buffer {
  const head = Buffer.from(
    `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>户编号</t></is></c></row>`,
  );
  const row =
    '<row><c t="inlineStr"><is><t>6101241022300001</t></is></c></row>';
  const mebibyte = Buffer.from(row.repeat(Math.floor((1 << 20) / row.length)));
  const tail = Buffer.from('</sheetData></worksheet>');
  const flush = { finishFlush: constants.Z_FULL_FLUSH };

  const block = deflateRawSync(mebibyte, flush);
  const packed = Buffer.concat([
    deflateRawSync(head, flush),
    ...Array.from({ length: options.mebibytes }, () => block),
    deflateRawSync(tail),
  ]);
  const size = head.length + options.mebibytes * mebibyte.length + tail.length;
  const sheet: Part = {
    name: 'xl/worksheets/sheet1.xml',
    packed,
    unpacked: options.declare === 'lie' ? 4096 : size,
    crc: 0,
  };

  return zip([
    part(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPES}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPES}.worksheet+xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="户信息" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ]);
}

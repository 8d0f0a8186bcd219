import { readFile, writeFile } from 'node:fs/promises';

import iconv from 'iconv-lite';

/**
 * A CSV file of a synthetic province, taken apart so that tests can
 * reorder or damage its rows and write it back as it was: same encoding
 * (UTF-8 with a byte-order mark, or GBK), CRLF line breaks, cells quoted
 * only when they must be. The synthetic writer quotes no line break, so a
 * text line is a row.
 */
export interface ProvinceCsv {
  /** `utf-8-bom` or `gbk`, as the file was written. */
  encoding: 'utf-8-bom' | 'gbk';
  /** The header's cells, 序号 first. */
  header: string[];
  /** The data rows' cells, in file order; row i is on line i + 2. */
  rows: string[][];
}

/**
 * Reads a CSV file of a synthetic province.
 *
 * @param path - The file.
 * @returns Its encoding, header and rows.
 * @throws {Error} When a row holds a quoted line break, which would make
 * text lines and rows differ.
 */
export async function readProvinceCsv(path: string): Promise<ProvinceCsv> {
  const bytes = await readFile(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bom
    ? bytes.subarray(3).toString('utf8')
    : iconv.decode(bytes, 'gbk');
  const lines = text.split('\r\n');
  if (lines.at(-1) === '') lines.pop();

  const [header = '', ...data] = lines;
  const rows = data.map((line) => {
    if ((line.match(/"/g) ?? []).length % 2 === 1) {
      throw new Error(`${path}: a quoted line break in ${line}`);
    }
    return splitCells(line);
  });

  return {
    encoding: bom ? 'utf-8-bom' : 'gbk',
    header: splitCells(header),
    rows,
  };
}

/**
 * Writes a CSV file back in its encoding.
 *
 * @param path - The file.
 * @param csv - Its encoding, header and rows.
 */
export async function writeProvinceCsv(
  path: string,
  csv: ProvinceCsv,
): Promise<void> {
  const text = [csv.header, ...csv.rows]
    .map((cells) => `${cells.map(quote).join(',')}\r\n`)
    .join('');
  const bytes =
    csv.encoding === 'gbk'
      ? iconv.encode(text, 'gbk')
      : Buffer.from(`\uFEFF${text}`, 'utf8');

  await writeFile(path, bytes);
}

/**
 * The column of a field in a synthetic file: the header that starts with
 * the field's Chinese header (a unit in brackets may follow).
 *
 * @param csv - The file.
 * @param header - The field's header.
 * @returns The column's index.
 * @throws {Error} When the file has no such column.
 */
export function columnOf(csv: ProvinceCsv, header: string): number {
  const index = csv.header.findIndex(
    (cell) => cell === header || cell.startsWith(`${header}（`),
  );
  if (index < 0) throw new Error(`no column ${header}`);

  return index;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Splits a line with no line break in a quoted cell into its cells. */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;

  for (let i = 0; i < line.length; i += 1) {
    const char = line[i] as string;
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"' && (quoted || cell === '')) {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);

  return cells;
}

import type { TableReport } from '@duibiao/io';

/**
 * A line per workbook that had more than one sheet holding its table's
 * key column, naming the sheet read and those not read:
 * `人员信息.xlsx: read sheet 2020年9月; sheet 户信息 (hidden, 2 rows) not read`.
 *
 * @param files - The reports of the table files read.
 * @returns The lines; none when no workbook had a choice of sheets.
 */
export function describeSheets(files: readonly TableReport[]): string[] {
  return files.flatMap(({ file, sheet, otherSheets }) => {
    if (!otherSheets || otherSheets.length === 0) return [];

    const others = otherSheets.map(({ name, hidden, rows }) => {
      const count = rows === 1 ? '1 row' : `${rows} rows`;
      return `sheet ${name} (${hidden ? 'hidden, ' : ''}${count}) not read`;
    });
    return [`${file}: read sheet ${sheet ?? ''}; ${others.join('; ')}`];
  });
}

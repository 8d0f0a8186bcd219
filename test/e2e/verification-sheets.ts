import ExcelJS from 'exceljs';

/**
 * Fills a verification sheet as a clerk would: on the row of each
 * household named, the cells under the headers given. Fails when a
 * household has no row, or more than one.
 *
 * @param file - The sheet (an exported 核实表 workbook).
 * @param rows - By 户编号, the cells to fill, by header.
 */
export async function fillSheet(
  file: string,
  rows: Record<string, Record<string, string>>,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet('核实表');
  if (!sheet) throw new Error(`${file} has no 核实表`);
  const column = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => column.set(String(cell.value), col));
  const filled = new Map<string, number>();
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const household = String(row.getCell(column.get('户编号') as number).value);
    const cells = rows[household];
    if (!cells) return;
    for (const [header, value] of Object.entries(cells))
      row.getCell(column.get(header) as number).value = value;
    filled.set(household, (filled.get(household) ?? 0) + 1);
  });
  for (const household of Object.keys(rows))
    if (filled.get(household) !== 1)
      throw new Error(
        `${file}: ${filled.get(household) ?? 0} rows of ${household}`,
      );
  await workbook.xlsx.writeFile(file);
}

/**
 * The rows of a dispatch workbook's ranking sheet (县区排名), header
 * first, each without exceljs's empty first cell.
 *
 * @param file - The 调度通报 workbook.
 * @returns Its rows.
 */
export async function rankingRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook
    .getWorksheet('县区排名')
    ?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

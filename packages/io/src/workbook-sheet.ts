import type { TableFile } from './find-table-files.js';
import { findHeaderRow, mapColumns } from './header.js';
import type { Grid } from './load-table-file.js';
import type { ResolvedLimits } from './read-limits.js';
import { readXlsx } from './read-xlsx.js';
import { isBlankRow } from './sheet-row.js';

/**
 * Reads a workbook and picks the sheet that holds the table: of the
 * sheets holding the key column, visible before hidden, then the one
 * named after the table, then the one naming the most fields.
 *
 * @param file - The file and its table.
 * @param bytes - The workbook's bytes.
 * @param limits - The sizes beyond which it is refused.
 * @returns The chosen sheet's rows, or why the workbook cannot be read.
 */
export async function workbookGrid(
  file: TableFile,
  bytes: Buffer,
  limits: ResolvedLimits,
): Promise<Grid | string> {
  const workbook = await readXlsx(bytes, limits.maxWorkbookUnpackedBytes);
  if (!workbook.ok) return workbook.reason;
  if (workbook.sheets.length === 0) {
    return 'is a workbook without a single sheet (Excel and WPS never save one so): export the table again';
  }

  // The data format reads the first sheet, but a county often puts a
  // notes sheet (说明) first, and a notes sheet may list the fields one
  // per row (户编号 | 16位数字), holding the key column too. Of the sheets
  // that hold it, visible ones come before hidden ones always (a hidden
  // 户信息 is often last year's data kept out of sight); among them the
  // table is the one named after it, else the one whose header names the
  // most fields, and a tie goes to the earlier.
  const { spec } = file.role;
  const candidates: Candidate[] = [];
  let filled: Grid | undefined;
  for (const sheet of workbook.sheets) {
    const rows = sheet.rows();
    const header = findHeaderRow(rows, spec);
    const grid = { encoding: null, sheet: sheet.name, rows, header };
    if (header < 0) {
      if (!rows.every(isBlankRow)) filled ??= grid;
      continue;
    }

    const cells = rows[header]?.cells ?? [];
    const fields = mapColumns(cells, spec).fields.size;
    const named = namesTable(file, sheet.name);
    candidates.push({ grid, fields, named, hidden: sheet.hidden });
  }
  const chosen = bestSheet(candidates);
  if (chosen) {
    // A sheet with the key column and no row below it (a notes sheet
    // naming 户编号) loses nothing by being passed over.
    const others = candidates
      .filter((candidate) => candidate !== chosen)
      .map(({ grid, hidden }) => ({
        name: grid.sheet ?? '',
        hidden,
        rows: grid.rows.slice(grid.header + 1).filter((row) => !isBlankRow(row))
          .length,
      }))
      .filter((other) => other.rows > 0);
    return others.length > 0 ? { ...chosen.grid, others } : chosen.grid;
  }

  // No sheet holds the key. Hand on a sheet with something in it, so
  // that the file is reported without its key column, not as empty.
  const searched = workbook.sheets.map(({ name, hidden }) =>
    hidden ? `${name} (hidden)` : name,
  );
  const empty = { encoding: null, sheet: null, rows: [], header: -1 };

  return { ...(filled ?? empty), searched };
}

interface Candidate {
  grid: Grid;
  /** How many fields its header names. */
  fields: number;
  /** Whether it is named after the table. */
  named: boolean;
  hidden: boolean;
}

/**
 * The sheet to read of those holding the key column: visible before
 * hidden, then the one named after the table, then the most fields.
 */
function bestSheet(candidates: Candidate[]): Candidate | undefined {
  const visible = candidates.filter((candidate) => !candidate.hidden);
  const pool = visible.length > 0 ? visible : candidates;
  const named = pool.find((candidate) => candidate.named);
  if (named) return named;

  let best: Candidate | undefined;
  for (const candidate of pool) {
    if (!best || candidate.fields > best.fields) best = candidate;
  }
  return best;
}

function namesTable(file: TableFile, sheet: string): boolean {
  const name = sheet.normalize('NFC').trim();

  return name.toLowerCase() === file.role.key || name === file.role.spec.name;
}

import {
  type FieldMap,
  households,
  LIST_KEYS,
  LISTS,
  members,
  type TableSpec,
  villages,
} from '@duibiao/core';
import { likelyField, maskPrivateText, type TableReport } from '@duibiao/io';

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

/** How many missing fields are named before the rest are counted. */
const FIELDS_SHOWN = 8;

/**
 * Lines per table file on its columns: those that name no field (but
 * 序号), each with the field it is likely meant for when one is close
 * (`出生年月 (出生日期?)`), and the fields the file has no column for,
 * which are unknown in every row; and the rows passed over as blank
 * that hold text in a column naming no field.
 *
 * @param files - The reports of the table files read.
 * @param unmask - Whether to print ID numbers in headers in full.
 * @returns The lines; none for a file whose columns all name fields and
 * that has every field.
 */
export function describeColumns(
  files: readonly TableReport[],
  unmask = false,
): string[] {
  return files.flatMap((report) =>
    [
      unknownLine(report, unmask),
      blankTextLine(report),
      missingLine(report),
    ].flatMap((line) => (line ? [`${report.file}: ${line}`] : [])),
  );
}

function unknownLine(report: TableReport, unmask: boolean): string | undefined {
  // 序号 numbers the rows of nearly every export: it names no field,
  // and saying so on every run would teach the clerk to skip the line.
  const unknown = report.unknownColumns.filter((h) => h.trim() !== '序号');
  if (unknown.length === 0) return undefined;

  const spec = specOf(report.table);
  const fields: FieldMap = spec?.fields ?? {};
  const missing = Object.keys(fields).filter((key) =>
    report.missingColumns.includes(fields[key]?.header ?? key),
  );
  const named = unknown.map((header) => {
    const likely = spec && likelyField(spec, header, missing);
    // A header is the clerk's own text, and may be an ID number.
    const shown = unmask ? header : maskLong(header);
    return likely ? `${shown} (${likely}?)` : shown;
  });
  return `columns naming no field: ${named.join(', ')}`;
}

function blankTextLine(report: TableReport): string | undefined {
  if (!report.blankRowsWithText) return undefined;

  const { count, lines } = report.blankRowsWithText;
  const rows = count === 1 ? '1 row holds' : `${count} rows hold`;
  const more = count > lines.length ? ', …' : '';
  const where = `${lines.length === 1 && !more ? 'line' : 'lines'} ${lines.join(', ')}${more}`;
  return `${rows} text only in columns naming no field (${where}), passed over as blank and not checked`;
}

function missingLine(report: TableReport): string | undefined {
  const { missingColumns } = report;
  if (missingColumns.length === 0) return undefined;

  const shown = missingColumns.slice(0, FIELDS_SHOWN);
  const rest = missingColumns.length - shown.length;
  const more = rest > 0 ? `, and ${rest} more (summary.json)` : '';
  return `no column for ${shown.join(', ')}${more} — unknown in every row`;
}

/** How many rejected rows are printed before the rest are counted. */
const REJECTIONS_SHOWN = 10;

/** A rejected row as printed: where, which column, the value, why. */
export interface PrintedRejection {
  file: string;
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
}

/**
 * The first rejected rows, one a line (`人员信息.csv:5 出生日期 "2020-02-30":
 * no such date`), then how many more rejected.jsonl holds. ID and mobile
 * numbers are masked, as everything the command prints, unless `unmask`.
 *
 * @param rejected - Every rejected row, in order.
 * @param unmask - Whether to print ID numbers in full.
 * @returns The lines; none when no row was rejected.
 */
export function describeRejectedRows(
  rejected: readonly PrintedRejection[],
  unmask = false,
): string[] {
  const mask = (text: string) => (unmask ? text : maskLong(text));
  const lines = rejected.slice(0, REJECTIONS_SHOWN).map((row) => {
    const column = row.column === null ? '' : ` ${row.column}`;
    const value = row.value === null ? '' : ` "${mask(row.value)}"`;
    return `  ${row.file}:${row.line}${column}${value}: ${mask(row.reason)}`;
  });
  const rest = rejected.length - lines.length;
  if (rest > 0) lines.push(`  ${rest} more in rejected.jsonl`);

  return lines;
}

/**
 * Masks ID and mobile numbers, and any other run of 15 or more digits
 * (an ID number mistyped, or cut short by a spreadsheet), keeping its
 * first and last four.
 */
function maskLong(text: string): string {
  return maskPrivateText(text).replace(
    /\d{11,}[\dXx]{4}/g,
    (run) => `${run.slice(0, 4)}${'*'.repeat(run.length - 8)}${run.slice(-4)}`,
  );
}

/** The spec of a table, by its English key. */
function specOf(key: string): TableSpec | undefined {
  const tables = [
    households,
    members,
    villages,
    ...LIST_KEYS.map((list) => LISTS[list].table),
  ] as unknown as TableSpec[];

  return tables.find((spec) => spec.key === key);
}

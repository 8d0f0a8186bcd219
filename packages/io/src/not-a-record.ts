import type { TableSpec } from '@duibiao/core';

import { cellAt } from './extra-columns.js';
import { fieldOfHeader } from './header.js';
import type { LoadedSheet } from './load-table-file.js';
import type { Rejection } from './read-result.js';
import type { SheetRow } from './sheet-row.js';

type RowMark = Pick<Rejection, 'column' | 'value' | 'code' | 'reason'>;

const REPEATED_HEADER: RowMark = {
  column: null,
  value: null,
  code: 'repeated-header',
  reason:
    'the row repeats the header (two exports pasted one under the other?): delete it',
};

/** Words a clerk writes in the first columns of a row of sums. */
const TOTALS = new Set(['合计', '总计', '小计', '共计', '总合计']);

/**
 * Why a row below the header is no record at all, if it is not: the
 * header again (two exports pasted one under the other), or a row of
 * sums (合计). Read as data, the first would be rejected for reasons that
 * mislead (户类型 is not one of 贫困户 · …) or, in a table of text
 * columns, taken as a record named after the headers; the second would
 * be a household 合计, or a member of it.
 *
 * @param spec - The table.
 * @param sheet - The sheet, for its columns.
 * @param row - The row.
 * @returns The rejection's column, value, code and reason, or
 * `undefined` for a row that may be a record.
 */
export function notARecord(
  spec: TableSpec,
  sheet: LoadedSheet,
  row: SheetRow,
): RowMark | undefined {
  const { fields, headers } = sheet.columns;
  const key = fields.get(spec.keyField);
  const keyCell = textAt(row, key);
  if (keyCell !== undefined && fieldOfHeader(spec, keyCell) === spec.keyField)
    return REPEATED_HEADER;

  const household = fields.get('householdId');
  for (const index of [key, household]) {
    const cell = textAt(row, index);
    const word = cell?.replace(/[\s:：]/g, '');
    if (cell === undefined || word === undefined || !TOTALS.has(word)) continue;

    return {
      column: headers[index as number] ?? null,
      value: cell,
      code: 'totals-row',
      reason: `${word} marks a totals row, not a record: delete the row, or keep the sums elsewhere`,
    };
  }

  return undefined;
}

/** A text cell that is not digits alone (keys mostly are; no mark is). */
function textAt(row: SheetRow, index: number | undefined): string | undefined {
  const cell = index === undefined ? undefined : cellAt(row, index);

  return typeof cell === 'string' && !/^\d*$/.test(cell) ? cell : undefined;
}

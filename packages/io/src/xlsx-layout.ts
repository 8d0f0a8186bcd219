import type ExcelJS from 'exceljs';

import { neutraliseFormula } from './csv-cell.js';

// Characters XML 1.0 does not allow: control characters but tab, line
// feed and carriage return, which exceljs drops without a trace, and
// U+FFFE and U+FFFF, which it writes as they are, making the whole
// workbook one that Excel refuses as corrupt.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * A text cell's value: `null` for nothing, so that the cell stays empty
 * (a filter lists it as blank), else the text with a formula neutralised.
 * A cell exceljs writes from a string is text, which Excel does not run;
 * but one edit (F2, Enter) would make `=HYPERLINK(…)` live, so the
 * workbook is neutralised as the CSV file is. A character a workbook
 * cannot hold (a control character such as NUL, which JSON input may
 * carry) is written as U+FFFD, �. A text longer than an Excel cell
 * holds (32,767 characters) is cut to that length, ending in
 * {@link CUT_MARK} so that the cut shows.
 *
 * @param value - The text, or `null`.
 * @returns The cell value.
 */
export function textCell(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === ''
    ? null
    : capped(neutraliseFormula(value.replace(NOT_XML, '\uFFFD')));
}

/** The most characters (UTF-16 code units) an Excel cell holds. */
export const MAX_CELL_CHARACTERS = 32_767;

/** What ends a cell cut to {@link MAX_CELL_CHARACTERS}, so the cut shows. */
export const CUT_MARK = '…（超过单元格上限，已截断）';

// Excel refuses to open a workbook with a longer cell ("We found a
// problem with some content"), and exceljs writes one without a word: a
// village name of 32,767 characters made a message of 32,772.
function capped(text: string): string {
  if (text.length <= MAX_CELL_CHARACTERS) return text;

  let end = MAX_CELL_CHARACTERS - CUT_MARK.length;
  // Cut between characters, never inside a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + CUT_MARK;
}

// Characters a spreadsheet draws two columns wide: CJK, Hangul, the
// full-width forms, and the supplementary ideographs.
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/**
 * How many of Excel's character columns a text takes on one line: two
 * for a Chinese character or a full-width form, one for the rest.
 *
 * @param text - The text.
 * @returns Its width.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;

  return width;
}

/** The style of a header row: bold on grey, centred, wrapped, boxed. */
export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: thinBox(),
};

/** Thin lines on every side of a cell, for printed tables. */
export function thinBox(): Partial<ExcelJS.Borders> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };

  return { top: thin, left: thin, bottom: thin, right: thin };
}

/**
 * Page set-up for a sheet that is printed: A4, fitted to one page wide
 * (as many pages long as it takes), the first `titleRows` rows repeated
 * on every page, the title in the page header and 第 n 页，共 m 页 in the
 * footer.
 *
 * @param orientation - The paper's orientation.
 * @param title - The page header's text.
 * @param titleRows - The rows repeated on each page, such as `1:1`;
 * none when not given.
 * @returns The options of `addWorksheet` for printing.
 */
export function printOptions(
  orientation: 'portrait' | 'landscape',
  title: string,
  titleRows?: string,
): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages long as the rows take.
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        left: 0.4,
        right: 0.4,
        top: 0.7,
        bottom: 0.6,
        header: 0.3,
        footer: 0.3,
      },
      ...(titleRows === undefined ? {} : { printTitlesRow: titleRows }),
    },
    headerFooter: {
      // & starts a code in a page header; && is a literal one.
      oddHeader: `&C&B${title.replace(/&/g, '&&')}`,
      oddFooter: '&C第 &P 页，共 &N 页',
    },
  };
}

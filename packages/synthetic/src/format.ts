import type { FieldSpec } from '@duibiao/core';

import type { Random } from './random.js';

/**
 * One cell as a county's export writes it: 是/否 for yes and no, lists
 * joined by 、, and dates in the forms counties mix (`2020-03-05`,
 * `2020/3/5`, `20200305`). Blank and "none" are empty cells.
 *
 * @param spec - The field.
 * @param value - The record's value.
 * @param random - Picks the date form.
 * @returns The cell text.
 */
export function formatCell(
  spec: FieldSpec,
  value: unknown,
  random: Random,
): string {
  if (value === undefined || value === null) return '';

  switch (spec.kind) {
    case 'boolean':
      return value ? '是' : '否';
    case 'list':
      return (value as readonly string[]).join('、');
    case 'date':
      return formatDate(String(value), random);
    default:
      return String(value);
  }
}

/**
 * A `YYYY-MM-DD` date in one of the three forms exports use.
 *
 * @param date - `YYYY-MM-DD`.
 * @param random - Picks the form.
 * @returns The date as written.
 */
export function formatDate(date: string, random: Random): string {
  const [year, month, day] = date.split('-');
  const form = random.weighted([
    ['iso', 5],
    ['slash', 3],
    ['compact', 2],
  ] as const);
  if (form === 'iso' || day === undefined) return date;
  if (form === 'compact') return `${year}${month}${day}`;

  return `${year}/${Number(month)}/${Number(day)}`;
}

/**
 * The header an export gives a field: the Chinese header, with the unit in
 * full-width brackets for amounts of money (`工资性收入（元）`).
 *
 * @param spec - The field.
 * @returns The header.
 */
export function headerOf(spec: FieldSpec): string {
  const money = spec.unit === '元' && !spec.header.includes('（');

  return money ? `${spec.header}（元）` : spec.header;
}

/**
 * One CSV line, quoting cells that hold a comma, quote or line break.
 *
 * @param cells - The cells.
 * @returns The line with its CRLF ending, as spreadsheet programs write it.
 */
export function csvLine(cells: readonly string[]): string {
  const quote = (cell: string) =>
    /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

  return `${cells.map(quote).join(',')}\r\n`;
}

import type { FactSqlContext } from '@duibiao/core';

/**
 * SQL of the readers of numbers and dates in core (values/number-cells.ts,
 * values/cells.ts), over text already in half-width form. Each reader is
 * a few steps, each step's SQL naming the previous step's column, so that
 * spot-check-agrees-sql.ts computes every step once per row.
 */

/** A step: its column's name and its SQL, which may name earlier columns. */
export type Step = readonly [name: string, sql: string];

/** The number as `parseNumber` takes it, after its thousands are joined. */
const NUMBER = '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)';
/** Thousands grouped by commas, or by spaces. */
const COMMA_GROUPS = '[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?';
const SPACE_GROUPS = '[-+]?\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?';
/** The most significant digits a number is read to. */
const MAX_DIGITS = 15;

/**
 * `parseNumber` of half-width text, in three steps: no-break spaces made
 * spaces; grouped thousands joined; the number, NULL when the text is
 * none or has more than 15 significant digits.
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the text (`toHalfWidth`'s).
 * @param names - The steps' column names.
 * @returns The steps; the last is the number.
 */
export function numberSteps(
  q: FactSqlContext,
  text: string,
  names: readonly [string, string, string],
): Step[][] {
  const fn = q.fn;
  const [spaced, plain, value] = names;
  const grouped = `${fn.matches(spaced, COMMA_GROUPS)} OR ${fn.matches(spaced, SPACE_GROUPS)}`;
  // Significant digits, as significantDigits counts them: a fraction's
  // trailing zeros go, then the sign and point, then leading zeros.
  const fraction = `(CASE WHEN ${fn.includes(plain, q.text('.'))} THEN ${fn.replaceMatches(plain, '0+$', '')} ELSE ${plain} END)`;
  const digits = fn.replaceMatches(
    `translate(${fraction}, ${q.text('+-.')}, ${q.text('')})`,
    '^0+',
    '',
  );

  return [
    [[spaced, fn.replaceMatches(text, '[\\u00a0\\u202f]', ' ')]],
    [
      [
        plain,
        `(CASE WHEN ${grouped} THEN translate(${spaced}, ${q.text(', ')}, ${q.text('')}) ELSE ${spaced} END)`,
      ],
    ],
    [
      [
        value,
        `(CASE WHEN ${fn.matches(plain, NUMBER)} AND length(${digits}) <= ${MAX_DIGITS} THEN ${fn.toNumber(plain)} END)`,
      ],
    ],
  ];
}

/** The day forms `parseDate` reads: 20200901 and 202009. */
const COMPACT = '\\d{6}(?:\\d{2})?';
/** 2020-9-1, 2020/9/1, 2020.9.1, 2020年9月1日, 2020-09, 2020年9月. */
const SPACED = '\\d{4}[-/.年]\\d{1,2}(?:[-/.月]\\d{1,2}日?|月)?';
/** An Excel serial written as text: five digits, maybe a fraction. */
const SERIAL = '\\d{5}(?:\\.\\d+)?';
/** A time of day after the date, and one that is midnight. */
const TIME = '.*\\S\\s+\\d{1,2}:\\d{2}(?::\\d{2})?';
const MIDNIGHT = '\\s+0{1,2}:00(?::00)?';

/**
 * Whether text is a real `YYYY-MM-DD` or `YYYY-MM` date, as
 * `isCalendarDate` has it: a year from 1000 to 9999, a month from 01 to
 * 12, a day its month has.
 *
 * @param q - The fact's SQL context.
 * @param date - SQL of the text.
 * @returns SQL of a boolean, NULL for NULL.
 */
export function calendarDateSql(q: FactSqlContext, date: string): string {
  const t = q.text;

  return (
    `(${q.fn.matches(date, '\\d{4}-\\d{2}(?:-\\d{2})?')}` +
    ` AND substr(${date}, 1, 4) >= ${t('1000')}` +
    ` AND substr(${date}, 6, 2) BETWEEN ${t('01')} AND ${t('12')}` +
    ` AND (length(${date}) = 7 OR ${q.fn.day(date)} IS NOT NULL))`
  );
}

/**
 * `parseDate` of half-width text, in five steps: a midnight after the date
 * dropped (another time of day makes it none) and spaces removed; its
 * form; the spaced form's separators made dashes; the date as
 * `YYYY-MM-DD` or `YYYY-MM`; that date, NULL unless real.
 *
 * @param q - The fact's SQL context.
 * @param text - SQL of the text (`toHalfWidth`'s).
 * @param names - The steps' column names.
 * @returns The steps; the last is the date's text.
 */
export function dateSteps(
  q: FactSqlContext,
  text: string,
  names: readonly [string, string, string, string, string],
): Step[][] {
  const fn = q.fn;
  const t = q.text;
  const [bare, form, dashed, written, date] = names;
  const midnight = fn.matches(text, `.*\\S${MIDNIGHT}`);
  const dayless = `(CASE WHEN ${midnight} THEN ${fn.replaceMatches(text, `${MIDNIGHT}$`, '')} WHEN ${fn.matches(text, TIME)} THEN NULL ELSE ${text} END)`;
  // 年, 月 and the separators become dashes and 日 goes; a month that
  // ended in 月 leaves a dash at the end.
  const dashes = fn.replaceMatches(
    `translate(${bare}, ${t('/.年月日')}, ${t('----')})`,
    '-$',
    '',
  );
  const rest = `substr(${dashed}, 6)`;
  const month = fn.replaceMatches(rest, '-.*', '');
  const day = fn.replaceMatches(rest, '^[^-]*-', '');
  const spaced =
    `substr(${dashed}, 1, 4) || ${t('-')} || lpad(${month}, 2, ${t('0')})` +
    ` || (CASE WHEN ${fn.includes(rest, t('-'))} THEN ${t('-')} || lpad(${day}, 2, ${t('0')}) ELSE ${t('')} END)`;
  const compact =
    `substr(${bare}, 1, 4) || ${t('-')} || substr(${bare}, 5, 2)` +
    ` || (CASE WHEN length(${bare}) = 8 THEN ${t('-')} || substr(${bare}, 7, 2) ELSE ${t('')} END)`;

  return [
    [[bare, fn.replaceMatches(dayless, '\\s+', '')]],
    [
      [
        form,
        `(CASE WHEN ${fn.matches(bare, COMPACT)} THEN ${t('compact')}` +
          ` WHEN ${fn.matches(bare, SPACED)} THEN ${t('spaced')}` +
          ` WHEN ${fn.matches(bare, SERIAL)} THEN ${t('serial')} END)`,
      ],
      [dashed, dashes],
    ],
    [
      [
        written,
        `(CASE ${form} WHEN ${t('compact')} THEN ${compact}` +
          ` WHEN ${t('spaced')} THEN ${spaced}` +
          ` WHEN ${t('serial')} THEN ${serialSql(q, bare)} END)`,
      ],
    ],
    [[date, `(CASE WHEN ${calendarDateSql(q, written)} THEN ${written} END)`]],
  ];
}

/**
 * The day an Excel serial names, as `fromExcelSerial` counts: 1 is
 * 1900-01-01, 60 the 29 February 1900 that never was (none), and from
 * 61 on day 0 is 1899-12-30.
 */
function serialSql(q: FactSqlContext, text: string): string {
  const whole = `floor(${q.fn.toNumber(text)})`;
  const epoch = `DATE ${q.text('1970-01-01')}`;
  const days = `(CASE WHEN ${whole} < 60 THEN ${whole} - 25568 ELSE ${whole} - 25569 END)`;

  return `(CASE WHEN ${whole} >= 1 AND ${whole} <> 60 THEN ${q.fn.dateText(q.fn.addDays(epoch, days))} END)`;
}

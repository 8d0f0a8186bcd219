import type { Case } from './compile-condition.operator-cases.js';

/**
 * Test support: cases on the spots where engines differ, each worked out by
 * hand from duibiao's operator table, so that every dialect is made to
 * agree there.
 */

const U = undefined;

/** Comparisons where PostgreSQL, left alone, would differ from DuckDB. */
export const ENGINE_DIFFERENCE_CASES: Case[] = [
  // Where PostgreSQL differs from DuckDB, the postgres dialect is made to
  // agree. Its `::date` raises an error on a day that does not exist, so
  // the day is checked against its month's length (leap years by 4, 100
  // and 400), and make_date raises on year 0.
  [
    'dateBefore',
    't',
    '2020-09-30',
    [
      ['2020-02-29', true],
      ['2021-02-29', U],
      ['1900-02-29', U],
      ['2000-02-29', true],
      ['2020-04-31', U],
      ['2020-12-31', false],
      ['2020-00-10', U],
      ['2020-01-00', U],
      ['0000-01-01', U],
      ['9999-12-31', false],
    ],
  ],
  // Under an ICU locale PostgreSQL's \d takes full-width digits in: they
  // are no ISO date to duibiao.
  [
    'dateBefore',
    't',
    '2020-09-30',
    [
      ['\uff12\uff10\uff12\uff10-\uff10\uff19-\uff12\uff19', U],
      ['\uff12\uff10\uff12\uff10-\uff10\uff19', U],
      ['2020-09-\uff12\uff19', U],
      ['2020-0\u0669', U],
    ],
  ],
  // Text is compared as written: quotes and backslashes kept, no locale's
  // folding of case or of ß.
  [
    'equal',
    's',
    "it's a\\b",
    [
      ["it's a\\b", true],
      ["it's a\\\\b", false],
      ["IT'S A\\B", false],
    ],
  ],
  [
    'in',
    's',
    ['ss'],
    [
      ['\u00df', false],
      ['SS', false],
      ['ss', true],
    ],
  ],
  // Numbers are doubles in both: 0.1 + 0.2 is not 0.3, -0 is 0.
  [
    'equal',
    'n',
    0.3,
    [
      [0.1 + 0.2, false],
      [0.3, true],
    ],
  ],
  [
    'equal',
    'n',
    0,
    [
      [-0, true],
      [5e-324, false],
    ],
  ],
  [
    'greaterThan',
    'n',
    1e300,
    [
      [1.7976931348623157e308, true],
      [1e300, false],
    ],
  ],
];

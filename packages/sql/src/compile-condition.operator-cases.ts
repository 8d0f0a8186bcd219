import type { JsonValue } from '@duibiao/core';

/**
 * Test support: each operator on rows chosen by hand, with the truth
 * duibiao's operator table (docs/rules.md) gives on each, worked out by
 * hand: blank and NULL unknown, a value of another type never equal.
 */

/** A comparison, the rows it is tried on and its truth on each, by hand. */
export type Case = [
  operator: string,
  fact: string,
  value: JsonValue,
  rows: [value: unknown, truth: boolean | undefined][],
  path?: string,
];

const U = undefined;

export const CASES: Case[] = [
  [
    'equal',
    's',
    'x',
    [
      ['x', true],
      ['y', false],
      ['', U],
      ['  ', U],
      ['\u3000', U],
      ['\ufeff\u00a0\u2028', U],
      // NEL is no whitespace to JavaScript's trim(): the text is known.
      ['\u0085', false],
      [null, U],
    ],
  ],
  [
    'equal',
    's',
    1,
    [
      ['x', false],
      ['1', false],
      ['', U],
    ],
  ],
  [
    'equal',
    's',
    null,
    [
      ['x', false],
      [null, U],
    ],
  ],
  [
    'equal',
    'n',
    2,
    [
      [2, true],
      [3, false],
      [null, U],
    ],
  ],
  [
    'equal',
    'b',
    true,
    [
      [true, true],
      [false, false],
      [null, U],
    ],
  ],
  ['equal', 'l', 'x', [[['x'], U]]],
  [
    'notEqual',
    's',
    'x',
    [
      ['x', false],
      ['y', true],
      ['', U],
      [null, U],
    ],
  ],
  [
    'notEqual',
    'n',
    'x',
    [
      [2, true],
      [null, U],
    ],
  ],
  [
    'in',
    's',
    ['x', null, 1],
    [
      ['x', true],
      ['y', false],
      ['', U],
      [null, U],
    ],
  ],
  [
    'in',
    'n',
    [null, 'x'],
    [
      [1, false],
      [null, U],
    ],
  ],
  [
    'notIn',
    's',
    ['x', null],
    [
      ['y', true],
      ['x', false],
      [' ', U],
      [null, U],
    ],
  ],
  [
    'notIn',
    'n',
    [1, null],
    [
      [2, true],
      [1, false],
      [null, U],
    ],
  ],
  [
    'notIn',
    'n',
    [null],
    [
      [2, true],
      [null, U],
    ],
  ],
  [
    'contains',
    'l',
    'x',
    [
      [['x', 'y'], true],
      [['y'], false],
      [[], false],
      [[''], false],
      [null, U],
    ],
  ],
  [
    'contains',
    'l',
    1,
    [
      [['x'], false],
      [null, U],
    ],
  ],
  ['contains', 's', 'x', [['x', U]]],
  [
    'doesNotContain',
    'l',
    'x',
    [
      [['y'], true],
      [['x'], false],
      [null, U],
    ],
  ],
  [
    'doesNotContain',
    'm',
    'x',
    [
      [[1], true],
      [null, U],
    ],
  ],
  [
    'containsAny',
    'm',
    [1, 'a', null],
    [
      [[1, 2], true],
      [[3], false],
      [[], false],
      [null, U],
    ],
  ],
  [
    'containsAny',
    'l',
    [],
    [
      [['x'], false],
      [null, U],
    ],
  ],
  [
    'doesNotContainAny',
    'm',
    [1],
    [
      [[3], true],
      [[1], false],
      [null, U],
    ],
  ],
  [
    'doesNotContainAny',
    'l',
    ['', 'x'],
    [
      [[''], false],
      [['y'], true],
    ],
  ],
  [
    'lessThan',
    'n',
    5,
    [
      [4, true],
      [5, false],
      [-0.5, true],
      [null, U],
    ],
  ],
  ['lessThan', 's', 5, [['4', U]]],
  ['lessThan', 'n', '5', [[4, U]]],
  [
    'lessThanInclusive',
    'n',
    5,
    [
      [5, true],
      [6, false],
    ],
  ],
  [
    'greaterThan',
    'n',
    5,
    [
      [6, true],
      [5, false],
      [null, U],
    ],
  ],
  [
    'greaterThanInclusive',
    'n',
    5,
    [
      [5, true],
      [4, false],
    ],
  ],
  [
    'dateBefore',
    't',
    '2020-09-30',
    [
      ['2020-09-29', true],
      ['2020-09-30', false],
      ['2020-09', U],
      ['2020-08', true],
      ['2020-10', false],
      ['2021-02-30', U],
      ['2020-13', U],
      ['0999-01-01', U],
      ['2020-9-1', U],
      ['x', U],
      ['', U],
      [null, U],
    ],
  ],
  ['dateBefore', 'n', '2020-09-30', [[1, U]]],
  ['dateBefore', 't', '2020-02-30', [['2020-01-01', U]]],
  [
    'dateOnOrBefore',
    't',
    '2020-09-30',
    [
      ['2020-09-30', true],
      ['2020-10-01', false],
    ],
  ],
  [
    'dateAfter',
    't',
    '2020-09-30',
    [
      ['2020-10-01', true],
      ['2020-09', U],
      ['2019-12-31', false],
    ],
  ],
  [
    'dateOnOrAfter',
    't',
    '2020-09',
    [
      ['2020-09', true],
      ['2020-09-15', U],
      ['2020-10-01', true],
      ['2020-08-31', false],
    ],
  ],
  [
    'equal',
    'o',
    'x',
    [
      [{ n: 1, s: 'x' }, true],
      [{ n: 1, s: '' }, U],
      [{ n: 1 }, U],
      [null, U],
    ],
    '$.s',
  ],
  [
    'greaterThan',
    'o',
    1,
    [
      [{ n: 2 }, true],
      [{ n: 1 }, false],
      [{}, U],
      [{ n: null, s: 'x' }, U],
    ],
    '$.n',
  ],
];

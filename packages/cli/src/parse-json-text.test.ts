import { describe, expect, it } from 'vitest';

import { parseJsonText } from './parse-json-text.js';

/** Where each mistake is, counted by hand: lines from 1, columns from 1. */
describe('parseJsonText', () => {
  it('reads JSON after a byte order mark, and JSON without one', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}')).toEqual({
      ok: true,
      value: { a: [1, 2] },
    });
    expect(parseJsonText(' [true, null, -1.5e+3, "\\u00e9"] ')).toEqual({
      ok: true,
      value: [true, null, -1500, 'é'],
    });
  });

  it.each([
    // A comma before `]`: Node names the token but not where it is.
    ['[1, 2,\n]', "Unexpected token ']' at line 2, column 1"],
    // A comma before `}` on the third line, as a trailing comma leaves it.
    [
      '{\n  "name": "x",\n  }',
      'Expected double-quoted property name at line 3, column 3',
    ],
    // A comment: JSON has none.
    [
      '{\n// note\n"a": 1}',
      "Expected property name or '}' at line 2, column 1",
    ],
    // `tru` stops at `}`, the ninth character.
    ['{"a":tru}', "Unexpected token '}' at line 1, column 9"],
    // Something after the value and a space: the ninth character.
    [
      '{"a":1} x',
      'Unexpected non-whitespace character after JSON at line 1, column 9',
    ],
    // A line break inside a string, after `"x` at the eighth character.
    [
      '{"a":"x\ny"}',
      'Bad control character in string literal at line 1, column 8',
    ],
    // `}` where the array needs `,` or `]`: the eighth character.
    ['{"a":[1}', "Expected ',' or ']' after array element at line 1, column 8"],
  ])('says where %j goes wrong', (text, reason) => {
    expect(parseJsonText(text)).toEqual({ ok: false, reason });
  });

  it('counts columns on a line after a Windows line end from the line’s start', () => {
    expect(parseJsonText('{\r\n  "a": 1,\r\n  "b" 2}')).toEqual({
      ok: false,
      reason: 'Unexpected number at line 3, column 7',
    });
  });
});

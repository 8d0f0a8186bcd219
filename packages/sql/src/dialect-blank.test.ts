import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestEngine } from './test-engine.js';
import { EMBEDDED } from './test-engines.js';

/**
 * `blank` decides which text cells the tables facts read hold as NULL. It
 * reads the first character before it trims, so text that starts with
 * whitespace but holds more must still count as text, and each of the
 * characters JavaScript's trim() removes must count as blank alone.
 * Expected values are JavaScript's: `s.trim() === ''`.
 */
const CASES: [text: string | undefined, blank: boolean | undefined][] = [
  ['', true],
  [' ', true],
  ['\t\r\n', true],
  ['\u3000', true], // ideographic space, three bytes in UTF-8
  ['\u00a0\u2028', true],
  ['\ufeff', true], // a byte-order mark JavaScript counts as whitespace
  [' 张三', false],
  ['\u3000x', false],
  ['x ', false],
  ['居民身份证', false],
  ['\u200b', false], // zero-width space: not whitespace to JavaScript
  ['\u0085', false], // NEL: not whitespace to JavaScript's trim either
  [undefined, undefined],
];

describe.each(EMBEDDED)('blank text on %s', (_, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('is blank exactly where JavaScript trims text to nothing', async () => {
    const column = engine.dialect.identifier('s');
    const truths = await engine.runOverRows(
      { s: 'text' },
      CASES.map(([s]) => (s === undefined ? {} : { s })),
      [engine.dialect.blank(column)],
    );

    expect(truths.map(([blank]) => blank)).toEqual(
      CASES.map(([, blank]) => blank),
    );
  });

  it('agrees with JavaScript on the table of cases itself', () => {
    for (const [text, blank] of CASES)
      if (text !== undefined) expect(text.trim() === '').toBe(blank);
  });
});

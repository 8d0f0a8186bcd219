import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { enginePattern, plainReplacement, RE2_ESCAPE } from './js-pattern.js';
import type { TestEngine } from './test-engine.js';
import { EMBEDDED } from './test-engines.js';

/**
 * `fn.matches` and `fn.replaceMatches` take JavaScript's patterns and must
 * mean what JavaScript means by them in every engine: `\s` the whitespace
 * JavaScript knows (U+3000 and U+FEFF, not U+0085 or U+200B), `\d` ASCII
 * digits only, `.` no line break, `$` the very end. Each expected value is
 * JavaScript's, worked out from its rules and checked against it below.
 * The Spark SQL and Trino they write are parsed with the golden cases
 * (golden-cases.ts, dialect-parse.test.ts).
 */
const MATCHES: [text: string, pattern: string, full: boolean][] = [
  ['\u3000\ufeff \t', '\\s*', true],
  ['\u0085', '\\s', false],
  ['\u200b', '\\s', false],
  ['\u200b', '[\\s\\u200b]', true],
  ['２', '\\d', false],
  ['٣', '\\d', false],
  ['7', '\\d', true],
  ['a\nb', 'a.b', false],
  ['a\u2028b', 'a.b', false],
  ['a\u0085b', 'a.b', true],
  ['x 0:00', '.*\\S\\s+0{1,2}:00(?::00)?', true],
  ['2020年9月', '\\d{4}[-/.年]\\d{1,2}(?:[-/.月]\\d{1,2}日?|月)?', true],
  ['12,345.5', '[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?', true],
  ['ab', 'a', false],
];

/** [text, pattern, replacement, JavaScript's `replace` with flag g]. */
const REPLACES: [string, string, string, string][] = [
  ['1.500', '0+$', '', '1.5'],
  ['0.50\n', '0+$', '', '0.50\n'],
  ['007', '^0+', '', '7'],
  ['a \u3000, b', '\\s*,\\s*', ',,', 'a,,b'],
  ['2019年 \u3000', '年\\s*$', '', '2019'],
  ['12-5', '-.*', '', '12'],
];

describe.each(EMBEDDED)('pattern functions on %s', (_, open) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await open();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('match in full as JavaScript matches', async () => {
    const fn = engine.dialect.functions;
    const got = await engine.runOverRows(
      { s: 'text' },
      [{ s: '' }],
      MATCHES.map(([text, pattern]) =>
        fn.matches(engine.dialect.text(text), pattern),
      ),
    );

    expect(got[0]).toEqual(MATCHES.map(([, , full]) => full));
  });

  it('replace every match as JavaScript replaces', async () => {
    const fn = engine.dialect.functions;
    const t = engine.dialect.text;
    const got = await engine.runOverRows(
      { s: 'text' },
      [{ s: '' }],
      REPLACES.map(
        ([text, pattern, by, result]) =>
          `(${fn.replaceMatches(t(text), pattern, by)} = ${t(result)})`,
      ),
    );

    expect(got[0]).toEqual(REPLACES.map(() => true));
  });

  it('read decimal text as numbers and trim as JavaScript trims', async () => {
    const fn = engine.dialect.functions;
    const t = engine.dialect.text;
    const n = engine.dialect.number;
    const got = await engine.runOverRows(
      { s: 'text' },
      [{ s: '' }],
      [
        `(${fn.toNumber(t('5.'))} = ${n(5)})`,
        `(${fn.toNumber(t('-.25'))} = ${n(-0.25)})`,
        `(${fn.toNumber(t('+007'))} = ${n(7)})`,
        `(${fn.trim(t('\u3000\ufeff x \u00a0'))} = ${t('x')})`,
        `(${fn.trim(t('\u200bx'))} = ${t('\u200bx')})`,
      ],
    );

    expect(got[0]).toEqual([true, true, true, true, true]);
  });
});

describe('the pattern cases', () => {
  it('are what JavaScript gives', () => {
    for (const [text, pattern, full] of MATCHES)
      expect(new RegExp(`^(?:${pattern})$`).test(text)).toBe(full);
    for (const [text, pattern, by, result] of REPLACES)
      expect(text.replace(new RegExp(pattern, 'g'), by)).toBe(result);
  });
});

describe('enginePattern', () => {
  it('writes \\d, \\s, \\S, . and \\u as the engine must', () => {
    expect(enginePattern('\\d[\\d,]', RE2_ESCAPE, '$')).toBe('[0-9][0-9,]');
    expect(enginePattern('[\\u200b]x$', RE2_ESCAPE, '\\z')).toBe(
      '[\\x{200b}]x\\z',
    );
    expect(enginePattern('.', RE2_ESCAPE, '$')).toBe(
      '[^\\x{a}\\x{d}\\x{2028}\\x{2029}]',
    );
    expect(enginePattern('\\S', RE2_ESCAPE, '$')).toMatch(/^\[\^\\x\{9\}/);
    // A sign escaped stays escaped; $ in a class is a sign.
    expect(enginePattern('\\.[$]', RE2_ESCAPE, '\\z')).toBe('\\.[$]');
  });

  it('refuses escapes it cannot carry to every engine', () => {
    expect(() => enginePattern('\\w', RE2_ESCAPE, '$')).toThrow(RangeError);
    expect(() => enginePattern('[\\S]', RE2_ESCAPE, '$')).toThrow(RangeError);
    expect(() => plainReplacement('$1')).toThrow(RangeError);
    expect(plainReplacement(',,')).toBe(',,');
  });
});

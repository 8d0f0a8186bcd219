import { describe, expect, it } from 'vitest';

import { spotCheckNames } from './spot-check.js';
import { FOLDED } from './spot-check-sql.js';

describe('spotCheckField in SQL folds only the characters that matter', () => {
  it('lowers every character whose small form could make a name', () => {
    const alphabet = new Set(spotCheckNames().join(''));
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      const small = c.toLowerCase();
      if (small === c || FOLDED.has(c)) continue;
      // Left as it is, it must make no name; lowered, neither.
      if (alphabet.has(c) || [...small].every((s) => alphabet.has(s)))
        missed.push(code.toString(16));
    }

    expect(missed).toEqual([]);
  });

  it('folds as toHalfWidth then toLowerCase do', () => {
    expect(FOLDED.get('Ｎ')).toBe('n');
    expect(FOLDED.get('（')).toBe('(');
    expect(FOLDED.get('Q')).toBe('q');
    expect(FOLDED.get('\u212a')).toBe('k');
    expect(FOLDED.has('n')).toBe(false);
  });
});

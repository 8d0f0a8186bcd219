import { FALSE_WORDS, TRUE_WORDS } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

/**
 * What the SQL readers of spot-check answers take for granted about
 * JavaScript's case mappings, held for every code point of the Node that
 * runs duibiao.
 */

const everyCharacter = function* () {
  for (let code = 0; code <= 0x10ffff; code += 1)
    if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
};

describe('upper case, as upperSql writes it', () => {
  it('maps each character alone, whatever stands beside it', () => {
    const cased = [...everyCharacter()].filter((c) => c.toUpperCase() !== c);
    const text = cased.join('');

    expect(text.toUpperCase()).toBe(cased.map((c) => c.toUpperCase()).join(''));
    // The Greek final sigma is a lower-case rule; upper case has none.
    expect('ΣΑΣ ς'.toLowerCase().toUpperCase()).toBe('ΣΑΣ Σ');
  });

  it('changes nothing a second time', () => {
    const changed = [...everyCharacter()].filter(
      (c) => c.toUpperCase().toUpperCase() !== c.toUpperCase(),
    );

    expect(changed).toEqual([]);
  });
});

describe('yes and no, as the SQL reads them', () => {
  it('lower-cases only the ASCII capitals into a word', () => {
    // parseBoolean lower-cases the half-width text; only characters whose
    // lower case is made of the words' characters could make a word.
    const alphabet = new Set([...TRUE_WORDS, ...FALSE_WORDS].join(''));
    const lowering = [...everyCharacter()].filter((c) => {
      const small = c.toLowerCase();
      return small !== c && [...small].every((s) => alphabet.has(s));
    });

    expect(lowering.join('')).toBe('AEFLNORSTUY');
  });
});

import { readFileSync } from 'node:fs';

import { REJECTION_CODES } from '@duibiao/io';
import { describe, expect, it } from 'vitest';

const read = (path: string) =>
  readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('rejection codes in the docs', () => {
  it('explains every code in a row of the data format guide, and no other', () => {
    const text = read('docs/data-format.md');
    const start = text.indexOf('| `code` |');
    const table = text.slice(start, text.indexOf('\n\n', start));
    // The header row names `code` too.
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)]
      .map((match) => match[1])
      .slice(1);

    expect(start).toBeGreaterThan(0);
    expect(listed).toEqual([...REJECTION_CODES]);
  });

  it('names every code in the README', () => {
    const text = read('README.md');
    const missing = REJECTION_CODES.filter(
      (code) => !text.includes(`\`${code}\``),
    );

    expect(missing).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';

import * as core from '@duibiao/core';
import { describe, expect, it } from 'vitest';

// The script is plain JavaScript, run by node to write the file.
const script: string = '../scripts/tables-doc.mjs';
const { renderTables } = (await import(script)) as {
  renderTables(module: typeof core): string;
};

describe('docs/tables.md', () => {
  it('lists every table and column the specs define (regenerate with node scripts/tables-doc.mjs)', async () => {
    const written = await readFile(
      new URL('../docs/tables.md', import.meta.url),
      'utf8',
    );

    expect(written).toBe(renderTables(core));
  });

  it('names each of the eighteen tables by key and Chinese name', async () => {
    const text = renderTables(core);

    expect(text).toContain('## households — 户信息');
    expect(text).toContain('## education — 教育学籍');
    expect(text).toContain('## projects — 项目库');
    expect(text.match(/^## /gm)).toHaveLength(18);
  });
});

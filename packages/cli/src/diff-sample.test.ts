import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao diff` of the city example against Shaanxi on the sample: the
 * worked comparison examples/city-plugin/README.md shows and explains.
 */
const CLI = fileURLToPath(new URL('..', import.meta.url));

/** What --json gives of a rule, as far as these tests read it. */
interface Change {
  kept: number;
}

describe('duibiao diff on the sample, as the city example shows it', () => {
  const REPO = join(CLI, '../..');
  const ARGS = [
    'diff',
    'examples/sample-province',
    '--plugin',
    'examples/city-plugin',
    '--against',
    'shaanxi',
    '--as-of',
    '2020-09-30',
  ];

  it('prints what the README shows', async () => {
    const readme = await readFile(
      join(REPO, 'examples/city-plugin/README.md'),
      'utf8',
    );
    const shown = /```text\n([^]*?)```/.exec(readme)?.[1];
    const { code, stdout } = await runMain(REPO, ...ARGS);

    expect(code).toBe(0);
    expect(stdout).toBe(shown);
  });

  it('keeps 2 findings of the changed rules and 105 of the others, as the README reads it', async () => {
    const { stdout } = await runMain(REPO, ...ARGS, '--json');
    const comparison = JSON.parse(stdout) as {
      rules: Change[];
      totals: { kept: number };
    };
    const keptByChanged = comparison.rules.reduce((n, r) => n + r.kept, 0);

    expect(keptByChanged).toBe(2);
    expect(comparison.totals.kept - keptByChanged).toBe(105);
  });
});

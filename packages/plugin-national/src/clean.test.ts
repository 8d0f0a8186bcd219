import { createChecker } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { expect, it } from 'vitest';

import { dataset } from './testing/fixtures.js';
import { AS_OF } from './testing/run.js';

it('raises nothing, and leaves nothing unknown, on the clean fixtures', async () => {
  const checker = createChecker({ plugins: [national], asOf: AS_OF });
  const { findings, stats } = await checker.check(dataset());

  // The fixtures give no department list, so the rules that compare with
  // one are unknown for want of its file, and for no other reason.
  const noFile = (missing: string) => missing.endsWith(' (no file)');
  expect(findings).toEqual([]);
  expect(
    stats.rules.filter(
      (rule) =>
        rule.errors > 0 ||
        (rule.unknown > 0 && !Object.keys(rule.missing).every(noFile)),
    ),
  ).toEqual([]);
});

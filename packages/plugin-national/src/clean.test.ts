import { createChecker } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { expect, it } from 'vitest';

import { dataset } from './testing/fixtures.js';
import { AS_OF } from './testing/run.js';

it('raises nothing, and leaves nothing unknown, on the clean fixtures', async () => {
  const checker = createChecker({ plugins: [national], asOf: AS_OF });
  const { findings, stats } = await checker.check(dataset());

  expect(findings).toEqual([]);
  expect(
    stats.rules.filter((rule) => rule.unknown > 0 || rule.errors > 0),
  ).toEqual([]);
});

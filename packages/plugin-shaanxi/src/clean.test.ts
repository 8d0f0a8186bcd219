import { createChecker } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { expect, it } from 'vitest';

import { dataset } from '../../plugin-national/src/testing/fixtures.js';
import { AS_OF } from '../../plugin-national/src/testing/run.js';

it('raises nothing, and leaves nothing unknown, on the clean fixtures', async () => {
  const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });
  const { findings, stats } = await checker.check(dataset());
  const doubtful = stats.rules.filter(
    (rule) => rule.unknown > 0 || rule.errors > 0,
  );

  expect(findings).toEqual([]);
  expect(doubtful).toEqual([]);
});

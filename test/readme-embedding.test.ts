import { readFileSync } from 'node:fs';

import { createChecker, households, members, parseRecord } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { expect, it } from 'vitest';

/**
 * The README's embedding example, statement for statement; the test also
 * checks that the README still shows these lines, so the two cannot drift.
 */
it('runs the README embedding example with the result its comment states', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.join(' '));

  const checker = createChecker({ plugins: [shaanxi], asOf: '2020-09-30' });
  const home = parseRecord(households, {
    householdId: 'H1',
    householdType: '贫困户',
    perCapitaNetIncome: '3,500',
    regionCode: '610124101201',
  });
  const head = parseRecord(members, {
    householdId: 'H1',
    idNumber: '610124197503121114',
    relation: '户主',
    sex: '男',
  });
  if (home.ok && head.ok) {
    const { findings } = await checker.check({
      households: [home.record],
      members: [head.record],
      villages: [],
    });
    for (const f of findings) log(f.ruleId, f.message);
  }

  expect(lines).toEqual([
    'national/income-below-line 人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
  ]);
  expect(readme).toContain(
    "const home = parseRecord(households, { householdId: 'H1', householdType: '贫困户', perCapitaNetIncome: '3,500', regionCode: '610124101201' });",
  );
  expect(readme).toContain(
    "const head = parseRecord(members, { householdId: 'H1', idNumber: '610124197503121114', relation: '户主', sex: '男' });",
  );
  expect(readme).toContain(
    '// national/income-below-line 人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
  );
});

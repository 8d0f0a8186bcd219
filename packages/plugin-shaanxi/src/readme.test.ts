import { readFileSync } from 'node:fs';

import { shaanxi } from '@duibiao/plugin-shaanxi';
import { expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('lists every rule of the plugin in its README with the rule metadata', () => {
  const rows = (shaanxi.rules ?? []).map(
    (rule) =>
      `| \`${rule.id}\` | ${rule.subject} | ${rule.category} | ${rule.indicator} | ${rule.severity} | ${rule.title} | ${rule.department} | ${rule.action} |`,
  );
  const listed = readme
    .split('\n')
    .filter((line) => line.startsWith('| `shaanxi/'));

  expect(listed).toEqual(rows);
});

it('lists every parameter value of the plugin in its README', () => {
  for (const parameter of shaanxi.parameters ?? []) {
    for (const { value, from } of parameter.values) {
      const shown =
        typeof value === 'object' ? JSON.stringify(value) : String(value);
      expect(readme).toContain(
        `| \`${parameter.name}\` | \`${shown}\` | ${from ?? 'always'} |`,
      );
    }
  }
});

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { RuleDefinition } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

const rules: readonly RuleDefinition[] = shaanxi.rules ?? [];

/** Where a rule's file lives: its id after `shaanxi/`, under this folder. */
function fileOf(rule: RuleDefinition, suffix: '.ts' | '.test.ts' | '.cases.ts'): string {
  const path = rule.id.replace(/^shaanxi\//, '');

  return fileURLToPath(new URL(`./${path}${suffix}`, import.meta.url));
}

describe('shaanxi rule files', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s lives in the file named after it, with a test beside it',
    async (_, rule) => {
      const file = fileOf(rule, '.ts');
      const test = fileOf(rule, '.test.ts');
      expect(existsSync(file), file).toBe(true);
      expect(existsSync(test), test).toBe(true);

      const exported: Record<string, unknown> = await import(file);
      expect(Object.values(exported)).toContain(rule);
    },
  );

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s has its test cases in the file beside it, declared by the plugin',
    async (_, rule) => {
      const file = fileOf(rule, '.cases.ts');
      expect(existsSync(file), file).toBe(true);

      const exported: Record<string, unknown> = await import(file);
      expect(Object.values(exported)).toContain(shaanxi.tests?.[rule.id]);
    },
  );
});

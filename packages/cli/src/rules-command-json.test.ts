import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CITY,
  CLI,
  type Entry,
  ownRules,
  REPLACED,
  rulesJson,
  SPELT,
  writePlugins,
} from './__fixtures__/rules-plugins.js';
import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao rules --json`, and the command's usage errors.
 */
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(CLI, '.tmp-rules-'));
  await writePlugins(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runMain(dir, ...argv);
const json = (...argv: string[]) => rulesJson(dir, ...argv);

describe('duibiao rules --json', () => {
  const REQUIRED = [
    'action',
    'basis',
    'category',
    'department',
    'id',
    'indicator',
    'parameters',
    'severity',
    'source',
    'subject',
    'tests',
    'title',
  ];

  it('gives each rule exactly the documented fields, its source and its number of cases', async () => {
    const entries = await json('--as-of', '2020-09-30');

    expect(entries.map((entry) => entry.id)).toEqual(
      ownRules.map(({ rule }) => rule.id),
    );
    for (const { rule, plugin } of ownRules) {
      const entry = entries.find((e) => e.id === rule.id) as Entry;
      const keys = [
        ...REQUIRED,
        ...(rule.description ? ['description'] : []),
        ...(rule.deadline ? ['deadline'] : []),
      ];
      expect(Object.keys(entry).sort(), rule.id).toEqual([...keys].sort());
      expect(entry.source).toBe(plugin.name);
      expect(entry.tests).toEqual({
        valid: plugin.tests?.[rule.id]?.valid.length ?? 0,
        invalid: plugin.tests?.[rule.id]?.invalid.length ?? 0,
      });
    }
  });

  it('gives national/income-below-line the poverty line of 4000 from 2020-01-01, set by national', async () => {
    const entries = await json('--plugin', 'national', '--as-of', '2020-09-30');
    const entry = entries.find((e) => e.id === 'national/income-below-line');

    expect(entry).toMatchObject({
      source: '@duibiao/plugin-national',
      severity: 'high',
      category: 'policy-gap',
      indicator: 'income',
    });
    expect(entry?.parameters).toEqual([
      {
        name: 'povertyLine',
        description: expect.any(String),
        unit: '元/人·年',
        value: 4000,
        from: '2020-01-01',
        source: '@duibiao/plugin-national',
        values: [
          {
            from: '2020-01-01',
            value: 4000,
            source: '@duibiao/plugin-national',
          },
        ],
      },
    ]);
  });

  it('gives long values whole', async () => {
    const entries = await json(
      '--plugin',
      './spelt.js',
      '--as-of',
      '2020-09-30',
    );
    const parameters = entries.flatMap((entry) => entry.parameters);

    expect(parameters.find((p) => p.name === 'schoolAgeBands')?.value).toEqual({
      primary: { min: 6, max: 14 },
      junior: { min: 12, max: 17 },
      senior: { min: 15, max: 20 },
      higher: { min: 17 },
      preschool: { max: 6 },
    });
    expect(
      parameters.find((p) => p.name === 'developmentMeasures')?.values,
    ).toEqual([
      {
        from: null,
        value: ['产业帮扶', '就业帮扶', '金融帮扶', '公益岗位', '生态护林员'],
        source: '@duibiao/plugin-national',
      },
      { from: '2020-07-01', value: ['产业帮扶', '就业帮扶'], source: SPELT },
    ]);
  });

  it('marks a rule whose parameter is not yet in force as skipped, with no parameters', async () => {
    const entries = await json('--plugin', 'national', '--as-of', '2019-12-31');
    const entry = entries.find((e) => e.id === 'national/income-below-line');

    expect(entry?.parameters).toEqual([]);
    expect(entry?.skipped).toMatch(/povertyLine/);
  });

  it("gives a replaced rule the replacer as source, the first definer and reason under replaced, and the replacer's cases", async () => {
    const entries = await json(
      '--plugin',
      './city.js',
      '--as-of',
      '2020-09-30',
    );
    const entry = entries.find((e) => e.id === 'national/income-below-line');

    expect(entry).toMatchObject({
      source: CITY,
      severity: 'medium',
      replaced: { source: '@duibiao/plugin-national', reason: REPLACED },
      tests: { valid: 1, invalid: 1 },
    });
    expect(entry?.parameters).toMatchObject([
      {
        name: 'povertyLine',
        value: 4500,
        from: '2020-07-01',
        source: CITY,
        values: [
          {
            from: '2020-01-01',
            value: 4000,
            source: '@duibiao/plugin-national',
          },
          { from: '2020-07-01', value: 4500, source: CITY },
        ],
      },
    ]);
    expect(entries.map((e) => e.id)).not.toContain('shaanxi/no-liaison');
    expect(entries).toHaveLength(ownRules.length - 1);
  });
});

describe('duibiao rules, mistakes', () => {
  it('is a usage error naming a plugin that cannot be loaded', async () => {
    const { code, stdout, stderr } = await run(
      'rules',
      '--plugin',
      'no-such-duibiao-plugin',
    );

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^duibiao: cannot load plugin no-such-duibiao-plugin: /,
    );
  });

  it('is a usage error for a folder argument, said on stderr', async () => {
    const { code, stdout, stderr } = await run('rules', 'some-folder');

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('rules takes no folder');
  });

  it('is a usage error for a bad date', async () => {
    const { code, stderr } = await run('rules', '--as-of', '2020-02-30');

    expect(code).toBe(2);
    expect(stderr).toContain('--as-of must be a real date');
  });
});

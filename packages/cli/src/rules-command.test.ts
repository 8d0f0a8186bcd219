import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  CITY,
  CLI,
  cells,
  linesOf,
  ownRules,
  REPLACED,
  SPELT,
  SWITCHED_OFF,
  writePlugins,
} from './__fixtures__/rules-plugins.js';
import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao rules` as text: the final rule set of a plugin, where each rule
 * and value came from. The expected rules are those the plugins define
 * (national's and Shaanxi's own lists), and the expected values those
 * their parameters and the plugins of the fixture set.
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

describe('duibiao rules as text', () => {
  it("lists each of national's and Shaanxi's rules once, with the plugin that defined it", async () => {
    const { code, stdout } = await run('rules', '--as-of', '2020-09-30');

    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `${ownRules.length} rules of @duibiao/plugin-national 0.1.0 → @duibiao/plugin-shaanxi 0.1.0, as of 2020-09-30`,
    );
    for (const { rule, plugin } of ownRules) {
      const lines = linesOf(stdout, rule.id);
      expect(lines, rule.id).toHaveLength(1);
      expect(cells(lines[0] ?? '')[3], rule.id).toBe(plugin.name);
    }
  });

  it('shows a replaced rule with its first definer and the reason, and a switched-off one apart', async () => {
    const { code, stdout } = await run(
      'rules',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-09-30',
    );
    const [replacedLine] = linesOf(stdout, 'national/income-below-line');

    expect(code).toBe(0);
    // Shaanxi's no-liaison is switched off: the list has one rule fewer.
    expect(stdout.split('\n')[0]).toMatch(
      new RegExp(`^${ownRules.length - 1} rules of .* → ${CITY} 0\\.2\\.0,`),
    );
    expect(cells(stdout.split('\n')[2] ?? '')).toEqual([
      'rule',
      'category',
      'severity',
      'source',
      'valid/invalid',
      'title',
    ]);
    expect(cells(replacedLine ?? '').slice(0, 5)).toEqual([
      'national/income-below-line',
      'policy-gap',
      'medium',
      `${CITY} (replaces @duibiao/plugin-national)`,
      '1/1',
    ]);
    expect(stdout).toContain(
      `Replaced:\n  national/income-below-line by ${CITY}: ${REPLACED}\n`,
    );
    expect(stdout).toContain(
      `Switched off:\n  shaanxi/no-liaison (@duibiao/plugin-shaanxi) by ${CITY}: ${SWITCHED_OFF}\n`,
    );
    expect(linesOf(stdout, 'shaanxi/no-liaison')).toEqual([]);
  });

  it('shows an overridden parameter with its new value, date and source, and every dated value', async () => {
    const { stdout } = await run(
      'rules',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-09-30',
    );
    const [row] = linesOf(stdout, 'povertyLine');

    expect(cells(row ?? '')).toEqual([
      'povertyLine',
      '4500',
      '2020-07-01',
      CITY,
      `2020-01-01: 4000 (@duibiao/plugin-national); 2020-07-01: 4500 (${CITY})`,
    ]);
  });

  it('lists a parameter the plugin sets that no rule names, and only that one', async () => {
    const { code, stdout } = await run(
      'rules',
      '--plugin',
      './spelt.js',
      '--as-of',
      '2020-09-30',
    );

    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `\\n\\nParameters ${SPELT} sets that no rule names:\\n  monitoringLin: used by no rule's conditions or message; a fact may still read it\\n$`,
      ),
    );
    expect(linesOf(stdout, 'spelt/under-city-line')[0]).toContain(
      'not on 2020-09-30',
    );
  });

  it('lists no unused parameter when the plugin uses every one it sets', async () => {
    const { stdout } = await run('rules', '--plugin', './city.js');

    expect(stdout).not.toContain('sets that no rule names');
  });

  // Shaanxi sets four parameters; censusIssueDeadline is read by national's
  // census-issue fact, not named by any rule: the note says a fact may
  // still read it.
  it("lists Shaanxi's censusIssueDeadline, which only a fact reads", async () => {
    const { stdout } = await run('rules', '--as-of', '2020-09-30');

    expect(stdout).toMatch(
      /\n\nParameters @duibiao\/plugin-shaanxi sets that no rule names:\n {2}censusIssueDeadline: used by no rule's conditions or message; a fact may still read it\n$/,
    );
  });

  it('cuts a long value at 40 columns with an ellipsis, in the value and among all values', async () => {
    const { stdout } = await run(
      'rules',
      '--plugin',
      './spelt.js',
      '--as-of',
      '2020-09-30',
    );

    expect(cells(linesOf(stdout, 'schoolAgeBands')[0] ?? '')[1]).toBe(
      '{"primary":{"min":6,"max":14},"junior":…',
    );
    // Chinese characters take two columns: 公益 ends at column 39.
    expect(cells(linesOf(stdout, 'developmentMeasures')[0] ?? '')).toEqual([
      'developmentMeasures',
      '["产业帮扶","就业帮扶"]',
      '2020-07-01',
      SPELT,
      `always: ["产业帮扶","就业帮扶","金融帮扶","公益… (@duibiao/plugin-national); 2020-07-01: ["产业帮扶","就业帮扶"] (${SPELT})`,
    ]);
  });

  it("shows national's value on a date before the override took effect", async () => {
    const { stdout } = await run(
      'rules',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-06-30',
    );

    expect(cells(linesOf(stdout, 'povertyLine')[0] ?? '').slice(0, 4)).toEqual([
      'povertyLine',
      '4000',
      '2020-01-01',
      '@duibiao/plugin-national',
    ]);
  });
});

import { createChecker, loadRuleSet, type Plugin } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  base,
  belowLine,
  city,
  DISABLED,
  home,
  lowBusiness,
  lowWage,
  problems,
  province,
  REPLACED,
  reported,
  rule,
} from './__fixtures__/composed-plugins.js';

// X earns 8000 in wages and 6000 from business: the base's rule reports
// it, the province's not. Y earns 20 000 and 2000: the other way round.
const X = home('X', { wageIncome: 8000, businessIncome: 6000 });
const Y = home('Y', { wageIncome: 20000, businessIncome: 2000 });

describe('a replaced rule', () => {
  it('keeps its id, runs the replacer’s definition, and names the original and the reason', () => {
    const ruleSet = loadRuleSet([city], '2020-09-30');
    const replaced = ruleSet.rules.find(
      (loaded) => loaded.definition.id === 'base/low-wage',
    );

    expect(ruleSet.rules.map((loaded) => loaded.definition.id)).toEqual([
      'base/below-line',
      'base/low-wage',
    ]);
    expect(replaced?.definition).toBe(lowBusiness);
    expect(replaced?.source).toBe('province');
    expect(replaced?.replaced).toEqual({ source: 'base', reason: REPLACED });
    expect(ruleSet.rules[0]?.source).toBe('base');
    expect(ruleSet.rules[0]?.replaced).toBeUndefined();
  });

  it('reports what its new conditions say, not what the old ones did', async () => {
    expect(await reported([base], '2020-09-30', [X, Y])).toEqual([
      'base/low-wage X',
    ]);
    expect(await reported([province], '2020-09-30', [X, Y])).toEqual([
      'base/low-wage Y',
    ]);
  });
});

describe('a disabled rule', () => {
  const silent = home('Z', { phone: null });

  it('is listed with the plugin that defined it, the one that switched it off, and why', () => {
    const ruleSet = loadRuleSet([city], '2020-09-30');

    expect(ruleSet.disabled).toEqual([
      {
        ruleId: 'base/no-phone',
        source: 'base',
        by: 'city',
        reason: DISABLED,
      },
    ]);
  });

  it('does not run', async () => {
    const checker = createChecker({ plugins: [city], asOf: '2020-09-30' });
    const { stats } = await checker.check({
      households: [silent],
      members: [],
      villages: [],
    });

    expect(await reported([province], '2020-09-30', [silent])).toEqual([
      'base/no-phone Z',
    ]);
    expect(await reported([city], '2020-09-30', [silent])).toEqual([]);
    expect(stats.rules.map((r) => r.ruleId).sort()).toEqual([
      'base/below-line',
      'base/low-wage',
    ]);
  });
});

describe('changes in a chain of plugins', () => {
  it('let the city switch off what the province replaced', () => {
    const strict: Plugin = {
      ...city,
      disables: [{ ruleId: 'base/low-wage', reason: DISABLED }],
    };
    const ruleSet = loadRuleSet([strict], '2020-09-30');

    expect(ruleSet.rules.map((loaded) => loaded.definition.id)).toEqual([
      'base/below-line',
      'base/no-phone',
    ]);
    expect(ruleSet.disabled).toEqual([
      { ruleId: 'base/low-wage', source: 'base', by: 'city', reason: DISABLED },
    ]);
  });

  it('let the city bring back, as its own, what the province switched off', () => {
    const quiet: Plugin = {
      ...province,
      replaces: [],
      disables: [{ ruleId: 'base/low-wage', reason: DISABLED }],
    };
    const loud: Plugin = {
      ...city,
      extends: [quiet],
      disables: [],
      replaces: [{ rule: lowBusiness, reason: REPLACED }],
    };
    const ruleSet = loadRuleSet([loud], '2020-09-30');
    const back = ruleSet.rules.find(
      (loaded) => loaded.definition.id === 'base/low-wage',
    );

    expect(ruleSet.disabled).toEqual([]);
    expect(back).toMatchObject({
      source: 'city',
      replaced: { source: 'base', reason: REPLACED },
    });
  });
});

describe('compositions refused', () => {
  it('a change to a rule no base defines, at its path', () => {
    const other: Plugin = {
      name: 'other',
      id: 'other',
      version: '1.0.0',
      rules: [rule('other/x', lowWage.conditions, '无')],
    };
    const stray: Plugin = {
      name: 'stray',
      id: 'stray',
      version: '1.0.0',
      extends: [base],
      replaces: [{ rule: { ...lowWage, id: 'base/low-wages' }, reason: 'x' }],
      disables: [
        { ruleId: 'base/no-phon', reason: 'x' },
        { ruleId: 'other/x', reason: 'x' },
      ],
    };
    expect(problems([other, stray])).toEqual([
      {
        code: 'DUIBIAO_UNKNOWN_RULE',
        plugin: 'stray',
        rule: 'base/low-wages',
        path: 'replaces[0].rule.id',
      },
      {
        code: 'DUIBIAO_UNKNOWN_RULE',
        plugin: 'stray',
        rule: 'base/no-phon',
        path: 'disables[0].ruleId',
      },
      {
        code: 'DUIBIAO_UNKNOWN_RULE',
        plugin: 'stray',
        rule: 'other/x',
        path: 'disables[1].ruleId',
      },
    ]);
  });

  it('a change without a reason', () => {
    const curt: Plugin = {
      ...province,
      replaces: [{ rule: lowBusiness, reason: '' }],
      disables: [{ ruleId: 'base/no-phone', reason: undefined as never }],
    };

    expect(
      problems([curt]).map(({ code, plugin, rule: id, path }) => [
        code,
        plugin,
        id,
        path,
      ]),
    ).toEqual([
      [
        'DUIBIAO_INVALID_RULE',
        'province',
        'base/low-wage',
        'replaces[0].reason',
      ],
      [
        'DUIBIAO_INVALID_RULE',
        'province',
        'base/no-phone',
        'disables[0].reason',
      ],
    ]);
  });

  it('two plugins, neither extending the other, changing one parameter or rule', () => {
    const east: Plugin = { ...city, name: 'east', id: 'east', extends: [base] };
    const west: Plugin = { ...east, name: 'west', id: 'west' };
    const replacing: Plugin = { ...province, name: 'north', id: 'north' };

    expect(problems([east, west])).toEqual([
      { code: 'DUIBIAO_CONFLICT', plugin: 'west', path: 'parameters[0]' },
      {
        code: 'DUIBIAO_CONFLICT',
        plugin: 'west',
        rule: 'base/no-phone',
        path: 'disables[0].ruleId',
      },
    ]);
    expect(problems([province, replacing])).toEqual([
      {
        code: 'DUIBIAO_CONFLICT',
        plugin: 'north',
        rule: 'base/low-wage',
        path: 'replaces[0].rule.id',
      },
    ]);
  });

  it('a rule id defined twice', () => {
    const copy: Plugin = { ...city, rules: [belowLine] };

    expect(problems([copy])).toEqual([
      { code: 'DUIBIAO_DUPLICATE', plugin: 'city', rule: 'base/below-line' },
    ]);
  });

  it('a rule from JSON with a misspelt key, at that key', () => {
    const json = JSON.stringify(lowWage).replace('"category"', '"catgory"');
    const misspelt: Plugin = { ...base, rules: [JSON.parse(json)] };

    expect(problems([misspelt])).toEqual([
      {
        code: 'DUIBIAO_INVALID_RULE',
        plugin: 'base',
        rule: 'base/low-wage',
        path: 'catgory',
      },
      {
        code: 'DUIBIAO_INVALID_RULE',
        plugin: 'base',
        rule: 'base/low-wage',
        path: 'category',
      },
    ]);
  });
});

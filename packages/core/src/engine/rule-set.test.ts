import {
  loadRuleSet,
  type Plugin,
  type RuleDefinition,
  RuleSetError,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

function rule(overrides: Partial<RuleDefinition> = {}): RuleDefinition {
  return {
    id: 'base/low-income',
    subject: 'household',
    category: 'policy-gap',
    indicator: 'income',
    severity: 'high',
    title: '低收入',
    basis: 'test',
    department: '扶贫部门',
    action: '核实',
    conditions: {
      all: [
        {
          fact: 'perCapitaNetIncome',
          operator: 'lessThan',
          value: { param: 'line' },
        },
      ],
    },
    message: {
      zh: '{perCapitaNetIncome} < {line}',
      en: '{perCapitaNetIncome} < {line}',
    },
    ...overrides,
  };
}

const base: Plugin = {
  name: 'base',
  id: 'base',
  version: '1.0.0',
  parameters: [
    {
      name: 'line',
      description: 'a line',
      values: [
        { from: '2019-01-01', value: 3000 },
        { from: '2020-01-01', value: 4000 },
      ],
    },
  ],
  rules: [rule()],
};

function problems(plugins: Plugin[]): unknown[] {
  try {
    loadRuleSet(plugins, '2020-09-30');
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).problems.map((p) => ({
      code: p.code,
      rule: p.rule,
      path: p.path,
    }));
  }
  throw new Error('expected the rule set to be refused');
}

describe('loadRuleSet', () => {
  it('resolves parameters as of the reference date', () => {
    expect(
      loadRuleSet([base], '2019-06-30').parameters.get('line')?.value,
    ).toBe(3000);
    expect(
      loadRuleSet([base], '2020-01-01').parameters.get('line')?.value,
    ).toBe(4000);
    expect(loadRuleSet([base], '2018-12-31').skipped).toEqual([
      {
        ruleId: 'base/low-income',
        reason: 'parameter line has no value in force on this date',
      },
    ]);
  });

  it('lets a plugin that extends another override a parameter with a new dated value', () => {
    const city: Plugin = {
      name: 'city',
      id: 'city',
      version: '1.0.0',
      extends: [base],
      parameters: [
        {
          name: 'line',
          description: 'city line',
          values: [{ from: '2020-07-01', value: 4500 }],
        },
      ],
    };
    const early = loadRuleSet([city], '2020-06-30').parameters.get('line');
    const late = loadRuleSet([city], '2020-07-01').parameters.get('line');

    expect(early).toMatchObject({ value: 4000, source: 'base' });
    expect(late).toMatchObject({ value: 4500, source: 'city' });
  });

  it('names the rule and path of an unknown fact, parameter, operator or condition', () => {
    const bad = {
      ...base,
      rules: [
        rule({
          id: 'base/bad',
          conditions: {
            all: [
              { fact: 'incomePerHead', operator: 'lessThan', value: 1 },
              {
                fact: 'netIncome',
                operator: 'lessThan',
                value: { param: 'nope' },
              },
              { fact: 'netIncome', operator: 'below', value: 1 },
              { condition: 'missing' },
            ],
          },
        }),
      ],
    };

    expect(problems([bad])).toEqual([
      {
        code: 'DUIBIAO_UNKNOWN_FACT',
        rule: 'base/bad',
        path: 'conditions.all[0].fact',
      },
      {
        code: 'DUIBIAO_UNKNOWN_PARAMETER',
        rule: 'base/bad',
        path: 'conditions.all[1].value.param',
      },
      {
        code: 'DUIBIAO_UNKNOWN_OPERATOR',
        rule: 'base/bad',
        path: 'conditions.all[2].operator',
      },
      {
        code: 'DUIBIAO_UNKNOWN_CONDITION',
        rule: 'base/bad',
        path: 'conditions.all[3].condition',
      },
    ]);
  });

  it('refuses empty all/any, a string for in, a bad priority and a misspelt key', () => {
    const bad = {
      ...base,
      rules: [
        rule({ id: 'base/empty', conditions: { any: [] } }),
        rule({
          id: 'base/shapes',
          conditions: {
            all: [
              { fact: 'householdType', operator: 'in', value: '贫困户' },
              {
                fact: 'netIncome',
                operator: 'lessThan',
                value: 1,
                priority: 0,
              },
              { fact: 'netIncome', operator: 'lessThan', vlaue: 1 } as never,
            ],
          },
        }),
      ],
    };

    expect(problems([bad])).toEqual([
      {
        code: 'DUIBIAO_INVALID_CONDITION',
        rule: 'base/empty',
        path: 'conditions.any',
      },
      {
        code: 'DUIBIAO_INVALID_CONDITION',
        rule: 'base/shapes',
        path: 'conditions.all[0].value',
      },
      {
        code: 'DUIBIAO_INVALID_CONDITION',
        rule: 'base/shapes',
        path: 'conditions.all[1].priority',
      },
      {
        code: 'DUIBIAO_INVALID_CONDITION',
        rule: 'base/shapes',
        path: 'conditions.all[2].vlaue',
      },
      {
        code: 'DUIBIAO_INVALID_CONDITION',
        rule: 'base/shapes',
        path: 'conditions.all[2].value',
      },
    ]);
  });

  it('refuses a rule id defined twice and a cycle in extends', () => {
    const twice = { ...base, rules: [rule(), rule()] };
    const a: Plugin = { name: 'a', id: 'a', version: '1.0.0' };
    const b: Plugin = { name: 'b', id: 'b', version: '1.0.0', extends: [a] };
    (a as { extends?: Plugin[] }).extends = [b];

    expect(problems([twice])).toEqual([
      { code: 'DUIBIAO_DUPLICATE', rule: 'base/low-income', path: undefined },
    ]);
    expect(problems([b])).toEqual([
      { code: 'DUIBIAO_EXTENDS_CYCLE', rule: undefined, path: undefined },
    ]);
  });

  it('refuses metadata outside the catalog and a message naming nothing known', () => {
    const bad = {
      ...base,
      rules: [
        rule({ category: 'bug' as never, message: { zh: '{who}', en: 'x' } }),
      ],
    };

    expect(problems([bad])).toEqual([
      {
        code: 'DUIBIAO_INVALID_RULE',
        rule: 'base/low-income',
        path: 'category',
      },
      {
        code: 'DUIBIAO_UNKNOWN_FACT',
        rule: 'base/low-income',
        path: 'message.zh',
      },
    ]);
  });
});

describe('messages naming parameters', () => {
  const ages: Plugin = {
    name: 'ages',
    id: 'ages',
    version: '1.0.0',
    parameters: [
      {
        name: 'band',
        description: 'ages',
        values: [{ from: '2020-01-01', value: { min: 16, max: 69 } }],
      },
    ],
    rules: [
      rule({
        id: 'ages/band',
        conditions: {
          all: [{ fact: 'netIncome', operator: 'lessThan', value: 1 }],
        },
        message: {
          zh: '{band.min}–{band.max} 周岁（{band.year} 年起）',
          en: '{band.min}',
        },
      }),
    ],
  };

  it('reach into object values and give the year a value took effect', async () => {
    const { createChecker } = await import('@duibiao/core');
    const checker = createChecker({ plugins: [ages], asOf: '2020-09-30' });
    const { findings } = await checker.check({
      households: [{ householdId: 'H', netIncome: 0 }],
      members: [],
      villages: [],
    });

    expect(findings[0]?.message).toBe('16–69 周岁（2020 年起）');
  });

  it('refuse a path the value does not have', () => {
    const typo = {
      ...ages,
      rules: [rule({ id: 'ages/typo', message: { zh: '{band.mni}', en: '' } })],
    };

    expect(() => loadRuleSet([typo, base], '2020-09-30')).toThrow(
      /parameter band has no mni/,
    );
  });
});

describe('names the evaluators keep for themselves', () => {
  it('refuses a fact named with $', () => {
    const plugin: Plugin = {
      ...base,
      facts: [
        {
          name: '$run',
          subject: 'household',
          type: 'number',
          description: 'x',
          inputs: [],
          compute: () => 1,
        },
      ],
    };
    expect(() => loadRuleSet([plugin], '2020-09-30')).toThrow(
      /fact name "\$run" must not start with \$/,
    );
  });

  it('refuses a fact param named with $, at its JSON path', () => {
    const conditions = {
      all: [
        {
          fact: 'perCapitaNetIncome',
          operator: 'lessThan',
          value: { param: 'line' },
          params: { $path: '$.x' },
        },
      ],
    };
    const plugin: Plugin = { ...base, rules: [rule({ conditions })] };
    expect(problems([plugin])).toContainEqual(
      expect.objectContaining({ path: 'conditions.all[0].params' }),
    );
  });
});

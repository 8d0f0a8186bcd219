import type { Condition, RuleDefinition } from '@duibiao/core';
import {
  dataset,
  defineParameter,
  definePlugin,
  household,
  ruleCatalogue,
  ruleDocs,
  rulePage,
  rulePagePath,
} from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

// A county plugin sets the line at 3000 yuan for good; a town plugin
// builds on it, raises the line to 4000 from 2020-07-01, and checks
// poor households (a shared condition) below the line, or whose record
// is not of 2020.
const poor: Condition = {
  all: [
    {
      fact: 'householdType',
      operator: 'in',
      value: ['贫困户', '已脱贫户'],
    },
  ],
};

const county = definePlugin({
  name: '@test/county',
  id: 'county',
  version: '1.0.0',
  parameters: [
    defineParameter({
      name: 'incomeLine',
      description: 'The income line per head and year.',
      unit: '元/人·年',
      values: [{ from: null, value: 3000 }],
    }),
  ],
  conditions: { poor },
});

const meta = {
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  department: '扶贫部门',
  action: '核实',
} as const;

const lowIncome: RuleDefinition = {
  ...meta,
  id: 'town/low-income',
  title: '人均纯收入低于线',
  description: 'A poor household whose income per head is below the line.',
  basis: '镇发〔2020〕1号 二（三）',
  conditions: {
    all: [
      { condition: 'poor' },
      {
        any: [
          {
            fact: 'perCapitaNetIncome',
            operator: 'lessThan',
            value: { param: 'incomeLine' },
          },
          { not: { fact: 'incomeYear', operator: 'equal', value: 2020 } },
        ],
      },
    ],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元，低于 {incomeLine} 元',
    en: '{perCapitaNetIncome} below {incomeLine}',
  },
};

const noHelper: RuleDefinition = {
  ...meta,
  id: 'town/no-helper/name',
  title: '未填写帮扶责任人',
  basis: '镇发〔2020〕1号 三',
  conditions: {
    all: [{ fact: 'helperName', operator: 'equal', value: null }],
  },
  message: { zh: '未填写帮扶责任人', en: 'No helper' },
};

const town = definePlugin({
  name: '@test/town',
  id: 'town',
  version: '1.0.0',
  extends: [county],
  parameters: [
    defineParameter({
      name: 'incomeLine',
      description: 'The income line per head and year.',
      unit: '元/人·年',
      values: [{ from: '2020-07-01', value: 4000 }],
    }),
  ],
  rules: [lowIncome, noHelper],
  tests: {
    'town/low-income': {
      valid: [
        {
          name: 'on the line',
          data: {
            ...dataset(),
            households: [household({ perCapitaNetIncome: 4000 })],
          },
        },
        { name: 'a clean household', data: dataset() },
      ],
      invalid: [
        {
          name: 'a yuan below the line',
          data: {
            ...dataset(),
            households: [household({ perCapitaNetIncome: 3999 })],
          },
          findings: [{ householdId: 'H001' }],
        },
      ],
    },
  },
});

const AS_OF = '2020-09-30';
const entry = (id: string) => {
  const found = ruleCatalogue(town, AS_OF).rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('rulePage', () => {
  const lowIncomeEntry = entry('town/low-income');
  const logic = {
    conditions: lowIncome.conditions,
    shared: { poor },
  };
  const page = rulePage(
    lowIncomeEntry,
    logic,
    {
      fires: { name: 'a yuan below the line', messages: ['收入低'] },
      silent: { name: 'on the line' },
    },
    AS_OF,
  );

  it('opens with the id and the Chinese title, then what the rule checks', () => {
    expect(page).toMatch(
      /^# town\/low-income — 人均纯收入低于线\n[^]*## What it checks\n\nA poor household whose income per head is below the line.\n/,
    );
  });

  it('gives the metadata, the plugin that defined the rule and the basis', () => {
    expect(page).toContain(
      [
        '| category | policy-gap |',
        '| indicator | income |',
        '| severity | high |',
        '| subject | household |',
        '| department | 扶贫部门 |',
        '| action | 核实 |',
        '| defined by | @test/town |',
      ].join('\n'),
    );
    expect(page).toContain('## Basis\n\n镇发〔2020〕1号 二（三）\n');
  });

  it('shows one line per condition, nested, with the shared condition by name and the parameter by name', () => {
    expect(page).toContain(
      [
        'It reports a finding when:',
        '',
        '- all of:',
        '  - shared condition `poor`, all of:',
        '    - `householdType` `in` `["贫困户","已脱贫户"]`',
        '  - any of:',
        '    - `perCapitaNetIncome` `lessThan` parameter `incomeLine`',
        '    - not:',
        '      - `incomeYear` `equal` `2020`',
      ].join('\n'),
    );
  });

  it('lists every dated value of a parameter with the plugin that set it, marking the one in force', () => {
    expect(page).toContain(
      [
        '| parameter | from | value | unit | set by | in force on 2020-09-30 |',
        '|---|---|---|---|---|---|',
        '| `incomeLine` | always | `3000` | 元/人·年 | @test/county |  |',
        '| `incomeLine` | 2020-07-01 | `4000` | 元/人·年 | @test/town | yes |',
        '',
        '- `incomeLine`: The income line per head and year.',
      ].join('\n'),
    );
  });

  it('names the example that fires with its message, the one that does not, and counts the cases', () => {
    expect(page).toContain(
      'Reports:\n\n- case “a yuan below the line”, with the finding:\n  - 收入低\n',
    );
    expect(page).toContain('Stays silent:\n\n- case “on the line”.\n');
    expect(page).toMatch(
      /## Cases\n\n3 cases of @test\/town: 2 valid, 1 invalid\.\n$/,
    );
  });

  it('falls back to the title, and says so when a rule has no parameter or case', () => {
    const bare = rulePage(
      entry('town/no-helper/name'),
      { conditions: noHelper.conditions, shared: {} },
      {},
      AS_OF,
    );

    expect(bare).toContain('## What it checks\n\n未填写帮扶责任人\n');
    expect(bare).toContain('## Parameters\n\nNone.\n');
    expect(bare).toContain('- no invalid case.');
    expect(bare).toContain('- no valid case.');
    expect(bare).toContain('0 cases of @test/town: 0 valid, 0 invalid.');
  });

  it('refuses a shared condition it is not given', () => {
    expect(() =>
      rulePage(lowIncomeEntry, { ...logic, shared: {} }, {}, AS_OF),
    ).toThrow(/shared condition "poor"/);
  });
});

describe('ruleDocs', () => {
  it('writes a page per rule at its id and an index linking them', async () => {
    const docs = await ruleDocs(town, AS_OF);

    expect([...docs.keys()]).toEqual([
      'README.md',
      'town/low-income.md',
      'town/no-helper/name.md',
    ]);
    expect(rulePagePath('town/no-helper/name')).toBe('town/no-helper/name.md');
    expect(docs.get('README.md')).toContain(
      '| [`town/low-income`](town/low-income.md) | 人均纯收入低于线 | household | policy-gap | high | @test/town | 3 |',
    );
  });

  it('shows the message the first invalid case really gives, under the line in force', async () => {
    const page = (await ruleDocs(town, AS_OF)).get('town/low-income.md');

    expect(page).toContain(
      '- case “a yuan below the line”, with the finding:\n  - 人均纯收入 3999 元，低于 4000 元\n',
    );
  });
});

import { loadRuleSet, type Plugin, type RuleCases } from '@duibiao/core';
import { checkCases, definePlugin } from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

import { incomes, LOW_INCOME, lowIncome, xian } from './__fixtures__/xian.js';

const RULE = LOW_INCOME;

describe('checkCases', () => {
  const rule = (id: string) => ({ ...lowIncome, id });
  const data = incomes(3999);
  // Written as a plain object: definePlugin would refuse the cases of
  // xian/gone, which checkCases must report too.
  const plugin: Plugin = {
    ...xian,
    rules: [lowIncome, rule('xian/no-phone'), rule('xian/no-helper')],
    tests: {
      [RULE]: { valid: [{ name: ' ', data }], invalid: [] },
      'xian/no-helper': {
        valid: [{ name: 'at the line', data: incomes(4000) }],
        invalid: [{ name: 'below', data, findings: [] }],
      },
      'xian/gone': { valid: [{ name: 'a case', data }], invalid: [] },
    },
  };

  it('reports rules without cases, unnamed cases, and cases expecting nothing', () => {
    const problems = checkCases(plugin, loadRuleSet([plugin], '2020-09-30'));

    expect(problems).toEqual([
      { ruleId: RULE, message: 'has no invalid case' },
      { ruleId: 'xian/no-phone', message: 'has no valid case' },
      { ruleId: 'xian/no-phone', message: 'has no invalid case' },
      { ruleId: RULE, message: 'valid case 1 has no name' },
      {
        ruleId: 'xian/no-helper',
        message: 'invalid case "below" does not say which findings it expects',
      },
      {
        ruleId: 'xian/gone',
        message: 'has cases, but the plugin neither defines nor replaces it',
      },
    ]);
  });

  it('asks cases of the rules a plugin replaces, not of its bases’ other rules', () => {
    const city = definePlugin({
      name: '@xian/city',
      id: 'city',
      version: '1.0.0',
      extends: [plugin],
      replaces: [{ rule: rule('xian/no-phone'), reason: '市级口径' }],
    });

    expect(checkCases(city, loadRuleSet([city], '2020-09-30'))).toEqual([
      { ruleId: 'xian/no-phone', message: 'has no valid case' },
      { ruleId: 'xian/no-phone', message: 'has no invalid case' },
    ]);
  });
});

describe('checkCases on the cases of one rule', () => {
  const data = incomes(3999);
  const valid = [{ name: 'at the line', data: incomes(4000) }];
  const problemsOf = (cases: RuleCases) => {
    const plugin: Plugin = { ...xian, tests: { [RULE]: cases } };

    return checkCases(plugin, loadRuleSet([plugin], '2020-09-30'));
  };

  it('says which kind of case has no name, counting within its kind', () => {
    const problems = problemsOf({
      valid: [...valid, { name: '', data }],
      invalid: [
        { name: 'below', data, findings: [{ householdId: 'H001' }] },
        { name: ' ', data, findings: [{ householdId: 'H001' }] },
      ],
    });

    expect(problems).toEqual([
      { ruleId: RULE, message: 'valid case 2 has no name' },
      { ruleId: RULE, message: 'invalid case 2 has no name' },
    ]);
  });

  it('reports an expected finding with a key no finding is matched on', () => {
    const findings = [
      { householdId: 'H001' },
      { householdID: 'H001' },
      { householdId: 'H001', messsage: '人均纯收入 3999 元' },
    ];
    const matched =
      'a finding is matched on householdId, memberId, data, message';

    expect(
      problemsOf({ valid, invalid: [{ name: 'below', data, findings }] }),
    ).toEqual([
      {
        ruleId: RULE,
        message: `invalid case "below": finding 2 has the unknown key "householdID"; ${matched}`,
      },
      {
        ruleId: RULE,
        message: `invalid case "below": finding 3 has the unknown key "messsage"; ${matched}`,
      },
    ]);
  });

  it('reports an expected finding that names nothing, which any finding would meet', () => {
    const nothing =
      'says nothing the finding must be: give its householdId, memberId, message or data';
    const findings = [{}, { data: {} }];

    expect(
      problemsOf({ valid, invalid: [{ name: 'below', data, findings }] }),
    ).toEqual([
      {
        ruleId: RULE,
        message: `invalid case "below": finding 1 ${nothing}`,
      },
      {
        ruleId: RULE,
        message: `invalid case "below": finding 2 ${nothing}`,
      },
    ]);
  });

  it('takes an expected finding that names one field, whichever it is', () => {
    const findings = [
      { householdId: 'H001' },
      { memberId: null },
      { message: '人均纯收入 3999 元，低于 4000 元' },
      { data: { perCapitaNetIncome: 3999 } },
    ];

    expect(
      problemsOf({
        valid,
        invalid: findings.map((finding, i) => ({
          name: `by field ${i + 1}`,
          data,
          findings: [finding],
        })),
      }),
    ).toEqual([]);
  });
});

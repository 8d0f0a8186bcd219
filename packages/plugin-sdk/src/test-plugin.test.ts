import type { RuleCases } from '@duibiao/core';
import {
  CaseRunner,
  defineFact,
  definePlugin,
  defineRule,
  testPlugin,
} from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

import {
  H001_AT_3999,
  incomes,
  LOW_INCOME,
  meta,
  xian,
} from './__fixtures__/xian.js';

const RULE = LOW_INCOME;

const runner = new CaseRunner(xian);

describe('CaseRunner.valid', () => {
  it('passes when the rule reports nothing: 4000 is not below 4000', async () => {
    const result = await runner.valid(RULE, {
      name: 'at the line',
      data: incomes(4000),
    });

    expect(result).toEqual({
      ruleId: RULE,
      kind: 'valid',
      name: 'at the line',
      problems: [],
    });
  });

  it('fails when the rule fires, showing the finding', async () => {
    const result = await runner.valid(RULE, {
      name: 'one yuan below',
      data: incomes(3999),
    });

    expect(result.problems).toEqual([
      `expected no finding, got 1:\n${H001_AT_3999}`,
    ]);
  });

  it('passes an unknown outcome only when the case names the blank fields', async () => {
    const blank = incomes(undefined);
    const field = 'households.perCapitaNetIncome';
    const named = await runner.valid(RULE, {
      name: 'blank',
      data: blank,
      unknown: [field],
    });
    const unnamed = await runner.valid(RULE, { name: 'blank', data: blank });
    const other = await runner.valid(RULE, {
      name: 'blank',
      data: blank,
      unknown: ['households.netIncome'],
    });

    expect(named.problems).toEqual([]);
    expect(unnamed.problems).toEqual([
      `expected a judgement, but it was unknown for want of ${field}`,
    ]);
    expect(other.problems).toEqual([
      `expected unknown for want of households.netIncome, got ${field}`,
    ]);
  });

  it('fails a case expecting unknown on which the rule judged', async () => {
    const result = await runner.valid(RULE, {
      name: 'known',
      data: incomes(6500),
      unknown: ['households.perCapitaNetIncome'],
    });

    expect(result.problems).toEqual([
      'expected unknown for want of households.perCapitaNetIncome, but it was judged',
    ]);
  });

  it('fails a case of a rule not in the plugin, or not running on its date', async () => {
    const absent = await runner.valid('xian/low-incme', {
      name: 'typo',
      data: incomes(6500),
    });
    const early = await runner.valid(RULE, {
      name: 'before the line',
      data: incomes(6500),
      asOf: '2019-12-31',
    });

    expect(absent.problems).toEqual(['the rule is not in the plugin']);
    expect(early.problems).toEqual([
      'the rule did not run: parameter incomeLine has no value in force on this date',
    ]);
  });

  it('fails a case on which the rule throws', async () => {
    const ledger = defineFact({
      name: 'onLedger',
      subject: 'household',
      type: 'boolean',
      description: 'Throws, as a broken fact would.',
      inputs: [],
      compute: () => {
        throw new Error('the ledger cannot be read');
      },
    });
    const broken = definePlugin({
      ...xian,
      facts: [ledger],
      rules: [
        defineRule({
          ...meta,
          id: 'xian/off-ledger',
          title: '不在台账',
          conditions: {
            all: [{ fact: 'onLedger', operator: 'equal', value: false }],
          },
          message: { zh: '不在台账', en: 'Off the ledger' },
        }),
      ],
    });
    const result = await new CaseRunner(broken).valid('xian/off-ledger', {
      name: 'any household',
      data: incomes(6500),
    });

    expect(result.problems).toEqual([
      'the rule threw: Fact onLedger of plugin @xian/duibiao-plugin threw: the ledger cannot be read',
    ]);
  });
});

describe('CaseRunner.invalid', () => {
  it('passes when the findings are exactly those expected', async () => {
    const result = await runner.invalid(RULE, {
      name: 'one yuan below',
      data: incomes(3999),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message: '人均纯收入 3999 元，低于 4000 元',
          data: { perCapitaNetIncome: 3999, incomeLine: 4000 },
        },
      ],
    });

    expect(result).toEqual({
      ruleId: RULE,
      kind: 'invalid',
      name: 'one yuan below',
      problems: [],
    });
  });

  it('fails when an expected data value is wrong', async () => {
    const result = await runner.invalid(RULE, {
      name: 'wrong income',
      data: incomes(3999),
      findings: [{ householdId: 'H001', data: { perCapitaNetIncome: 3900 } }],
    });

    expect(result.problems).toEqual([
      'expected a finding {"householdId":"H001","data":{"perCapitaNetIncome":3900}}',
      `the rule reported 1:\n${H001_AT_3999}`,
    ]);
  });

  it('reports an expected finding that is missing', async () => {
    const result = await runner.invalid(RULE, {
      name: 'H002 is at the line',
      data: incomes(3999, 4000),
      findings: [{ householdId: 'H001' }, { householdId: 'H002' }],
    });

    expect(result.problems).toEqual([
      'expected a finding {"householdId":"H002"}',
      `the rule reported 1:\n${H001_AT_3999}`,
    ]);
  });

  it('reports a finding no expectation asked for', async () => {
    const result = await runner.invalid(RULE, {
      name: 'H002 below too',
      data: incomes(3999, 3000),
      findings: [{ householdId: 'H001' }],
    });

    expect(result.problems).toEqual([
      `the rule reported 2:\n${H001_AT_3999}\n  H002: 人均纯收入 3000 元，低于 4000 元 {"incomeLine":4000,"perCapitaNetIncome":3000}`,
    ]);
  });

  it('fails when the rule reports nothing, or is unknown', async () => {
    const findings = [{ householdId: 'H001' }];
    const clean = await runner.invalid(RULE, {
      name: 'clean',
      data: incomes(6500),
      findings,
    });
    const blank = await runner.invalid(RULE, {
      name: 'blank',
      data: incomes(undefined),
      findings,
    });
    const none = [
      'expected a finding {"householdId":"H001"}',
      'the rule reported 0:\n  (none)',
    ];

    expect(clean.problems).toEqual(none);
    expect(blank.problems).toEqual([
      ...none,
      'it was unknown for want of households.perCapitaNetIncome',
    ]);
  });
});

describe('testPlugin', () => {
  const cases: RuleCases = {
    valid: [
      { name: 'at the line', data: incomes(4000) },
      {
        name: 'blank income',
        data: incomes(undefined),
        unknown: ['households.perCapitaNetIncome'],
      },
    ],
    invalid: [
      {
        name: 'one yuan below',
        data: incomes(3999),
        findings: [{ householdId: 'H001', data: { perCapitaNetIncome: 3999 } }],
      },
      {
        name: 'a wrong expectation',
        data: incomes(3999),
        findings: [{ householdId: 'H002' }],
      },
    ],
  };
  const tested = definePlugin({ ...xian, tests: { [RULE]: cases } });

  it('reports each case and counts those that passed and failed', async () => {
    const report = await testPlugin(tested);

    expect(report).toMatchObject({
      plugin: '@xian/duibiao-plugin',
      caseProblems: [],
      passed: 3,
      failed: 1,
    });
    expect(report.rules).toHaveLength(1);
    expect(report.rules[0]).toMatchObject({ ruleId: RULE, passed: 3 });
    expect(
      report.rules[0]?.cases.map((c) => [c.kind, c.name, c.problems.length]),
    ).toEqual([
      ['valid', 'at the line', 0],
      ['valid', 'blank income', 0],
      ['invalid', 'one yuan below', 0],
      ['invalid', 'a wrong expectation', 2],
    ]);
  });

  it('runs cases that give no date on the date it is given', async () => {
    const report = await testPlugin(tested, { asOf: '2019-12-31' });

    expect(report.passed).toBe(0);
    expect(report.failed).toBe(4);
    expect(report.rules[0]?.cases[0]?.problems).toEqual([
      'the rule did not run: parameter incomeLine has no value in force on this date',
    ]);
  });
});

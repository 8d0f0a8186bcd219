import {
  loadRuleSet,
  type Plugin,
  type RuleDefinition,
  RuleSetError,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

/** A rule whose message states {dueOn} and {line}, with a deadline. */
function plugin(deadline: unknown): Plugin {
  const rule = {
    id: 'base/late',
    subject: 'household',
    category: 'policy-gap',
    indicator: 'income',
    severity: 'high',
    title: '逾期',
    basis: 'test',
    department: '扶贫部门',
    action: '核实',
    conditions: {
      all: [{ fact: 'perCapitaNetIncome', operator: 'lessThan', value: 1 }],
    },
    message: { zh: '应于 {line} 前 {householdId}', en: 'by {line}' },
    deadline,
  } as RuleDefinition;
  return {
    name: 'base',
    id: 'base',
    version: '1.0.0',
    parameters: [
      {
        name: 'line',
        description: 'a day',
        values: [{ from: null, value: '2020-08-31' }],
      },
      {
        name: 'days',
        description: 'days',
        values: [{ from: null, value: 10 }],
      },
    ],
    rules: [rule],
  };
}

function problems(deadline: unknown): unknown[] {
  try {
    loadRuleSet([plugin(deadline)], '2020-09-30');
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).problems.map((p) => [
      p.code,
      p.path,
      p.message,
    ]);
  }
}

describe('a rule deadline', () => {
  it('may name a value its Chinese message states, or a parameter of days', () => {
    expect(problems({ date: 'line' })).toEqual([]);
    expect(problems({ date: 'householdId' })).toEqual([]);
    expect(problems({ days: 'days' })).toEqual([]);
    expect(
      loadRuleSet([plugin({ days: 'days' })], '2020-09-30').rules[0]?.definition
        .deadline,
    ).toEqual({ days: 'days' });
  });

  it('is refused naming what is wrong', () => {
    expect(problems({ date: 'perCapitaNetIncome' })).toEqual([
      [
        'DUIBIAO_INVALID_RULE',
        'deadline.date',
        'deadline.date names {perCapitaNetIncome}, which the Chinese message does not state: a finding carries only the values its message states',
      ],
    ]);
    expect(problems({ days: 'weeks' })).toEqual([
      [
        'DUIBIAO_UNKNOWN_PARAMETER',
        'deadline.days',
        'deadline.days names "weeks", which no plugin defines',
      ],
    ]);
    expect(problems({ date: 'line', days: 'days' })).toEqual([
      [
        'DUIBIAO_INVALID_RULE',
        'deadline',
        'deadline must be { "date": "<a value the message states>" } or { "days": "<a parameter>" }, not {"date":"line","days":"days"}',
      ],
    ]);
    expect(problems('2020-08-31')[0]).toEqual([
      'DUIBIAO_INVALID_RULE',
      'deadline',
      'deadline must be { "date": "<a value the message states>" } or { "days": "<a parameter>" }, not "2020-08-31"',
    ]);
  });
});

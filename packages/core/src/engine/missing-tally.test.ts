import { describe, expect, it } from 'vitest';

import type { RuleStats } from './check-types.js';
import { pick } from './input-lists.js';
import { MissingTally } from './missing-tally.js';

const stats = (ruleId: string): RuleStats => ({
  ruleId,
  subject: 'member',
  fired: 0,
  passed: 0,
  unknown: 0,
  errors: 0,
  notApplicable: 0,
  missing: {},
  unknownExamples: [],
  errorSamples: [],
});

describe('MissingTally', () => {
  it('counts each field once an outcome, by rule, in name order', () => {
    const tally = new MissingTally();
    const [a, b] = [stats('a'), stats('b')];
    const income = ['households.netIncome'];
    const birth = ['members.birthDate', 'members.idNumber'];
    // Rule a: two outcomes blank on income alone; one on income and the
    // birth fields, with income named by two facts (counted once).
    tally.add(a, [income]);
    tally.add(a, [income]);
    tally.add(a, [income, birth, income]);
    // Rule b: one outcome on the birth fields.
    tally.add(b, [birth]);

    expect(tally.stats(a).missing).toEqual({
      'households.netIncome': 3,
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
    expect(Object.keys(tally.stats(a).missing)).toEqual([
      'households.netIncome',
      'members.birthDate',
      'members.idNumber',
    ]);
    expect(tally.stats(b).missing).toEqual({
      'members.birthDate': 1,
      'members.idNumber': 1,
    });
    expect(tally.stats(stats('c')).missing).toEqual({});
  });

  it('adds to counts the stats had already', () => {
    const tally = new MissingTally();
    const rule = { ...stats('a'), missing: { 'members.sex': 2 } };
    tally.add(rule, [['members.sex']]);

    expect(tally.stats(rule).missing).toEqual({ 'members.sex': 3 });
  });
});

describe('pick', () => {
  const inputs = ['members.a', 'members.b', 'members.c'];

  it('gives the same list for the same inputs picked, and nothing for none', () => {
    const made = new Map<number, readonly string[]>();
    const picked = (names: string[]) =>
      pick(
        made,
        inputs,
        (input) => names.includes(input),
        (input) => input.toUpperCase(),
      );
    const first = picked(['members.a', 'members.c']);

    expect(first).toEqual(['MEMBERS.A', 'MEMBERS.C']);
    expect(picked(['members.c', 'members.a'])).toBe(first);
    expect(picked(['members.b'])).toEqual(['MEMBERS.B']);
    expect(picked([])).toBeUndefined();
    expect(made.size).toBe(2);
  });

  it('picks among more inputs than a mask holds, afresh each time', () => {
    const many = Array.from({ length: 40 }, (_, i) => `t.f${i}`);
    const made = new Map<number, readonly string[]>();
    const odd = (input: string) => Number(input.slice(3)) % 13 === 12;

    expect(pick(made, many, odd, (input) => input)).toEqual([
      't.f12',
      't.f25',
      't.f38',
    ]);
    expect(made.size).toBe(0);
  });
});

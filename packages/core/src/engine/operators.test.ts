import { OPERATOR_NAMES, OPERATORS } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

const run = (name: string, fact: unknown, value: unknown) =>
  OPERATORS[name]?.evaluate(fact, value);

describe('operators', () => {
  it('keep an unknown fact unknown, even when negated', () => {
    for (const name of [
      'equal',
      'notEqual',
      'in',
      'notIn',
      'contains',
      'doesNotContain',
      'containsAny',
      'doesNotContainAny',
      'lessThan',
      'greaterThanInclusive',
      'dateBefore',
    ]) {
      expect(
        run(
          name,
          undefined,
          name.includes('In') || name.endsWith('Any') ? ['x'] : 'x',
        ),
      ).toBeUndefined();
    }
  });

  it('compare null as a known value', () => {
    expect(run('equal', null, null)).toBe(true);
    expect(run('notEqual', null, '失学辍学')).toBe(true);
    expect(run('in', null, [null, '失学辍学'])).toBe(true);
    expect(run('notIn', null, ['送教上门'])).toBe(true);
  });

  it('never coerce strings to numbers', () => {
    expect(run('lessThan', '3500', 4000)).toBeUndefined();
    expect(run('lessThan', 3500, 4000)).toBe(true);
    expect(run('lessThan', 4000, 4000)).toBe(false);
    expect(run('lessThanInclusive', 4000, 4000)).toBe(true);
    expect(run('greaterThan', null, 1)).toBeUndefined();
    expect(run('greaterThan', [5], 1)).toBeUndefined();
  });

  it('answer unknown for a scalar operator given a list and the reverse', () => {
    expect(run('equal', ['a'], 'a')).toBeUndefined();
    expect(run('contains', 'abc', 'a')).toBeUndefined();
    expect(run('in', 'a', 'abc')).toBeUndefined();
  });

  it('test lists', () => {
    expect(run('contains', ['产业帮扶'], '产业帮扶')).toBe(true);
    expect(run('doesNotContain', [], '产业帮扶')).toBe(true);
    expect(run('containsAny', ['健康帮扶'], ['产业帮扶', '健康帮扶'])).toBe(
      true,
    );
    expect(
      run('doesNotContainAny', ['健康帮扶'], ['产业帮扶', '就业帮扶']),
    ).toBe(true);
  });

  it('compare calendar dates, unknown where a month overlaps a day', () => {
    expect(run('dateBefore', '2020-08-31', '2020-09-01')).toBe(true);
    expect(run('dateOnOrAfter', '2020-09-01', '2020-09-01')).toBe(true);
    expect(run('dateBefore', '2020-09', '2020-09-15')).toBeUndefined();
    expect(run('dateBefore', 'not a date', '2020-09-15')).toBeUndefined();
  });
});

describe('numeric operators on ranges', () => {
  it('are true when the whole range passes, false when none does, else unknown', () => {
    expect(run('greaterThanInclusive', { min: 9, max: 10 }, 6)).toBe(true);
    expect(run('lessThan', { min: 9, max: 10 }, 6)).toBe(false);
    expect(run('greaterThanInclusive', { min: 5, max: 6 }, 6)).toBeUndefined();
    expect(run('equal', { min: 5, max: 6 }, 5)).toBeUndefined();
  });
});

describe('OPERATOR_NAMES', () => {
  it('names every operator once, and nothing else', () => {
    expect([...OPERATOR_NAMES].sort()).toEqual(Object.keys(OPERATORS).sort());
    expect(OPERATOR_NAMES).toHaveLength(16);
  });
});

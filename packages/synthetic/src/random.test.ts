import { Random } from '@duibiao/synthetic';
import { describe, expect, it } from 'vitest';

const draws = (random: Random, n: number) =>
  Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(new Random(42), 20)).toEqual(draws(new Random(42), 20));
    expect(draws(new Random('42'), 5)).toEqual(draws(new Random(42), 5));
    expect(draws(new Random(43), 5)).not.toEqual(draws(new Random(42), 5));
  });

  it('pins the first numbers, so that a change of algorithm (and of every sample) is seen', () => {
    const random = new Random('duibiao');

    expect([
      random.int(0, 999_999),
      random.int(0, 999_999),
      random.int(0, 999_999),
    ]).toEqual([185666, 580938, 682517]);
  });

  it('forks independent streams that do not depend on earlier draws', () => {
    const a = new Random(7);
    const b = new Random(7);
    draws(b, 100);

    expect(draws(a.fork('x'), 10)).toEqual(draws(b.fork('x'), 10));
    expect(draws(a.fork('x'), 10)).not.toEqual(draws(a.fork('y'), 10));
  });

  it('keeps int() within its bounds, both included, and reaches both', () => {
    const random = new Random(1);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(3, 7)));

    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws in proportion to weights and never picks a zero weight', () => {
    const random = new Random(2);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i += 1) {
      counts[
        random.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ] += 1;
    }

    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
  });

  it('spreads next() evenly over [0, 1)', () => {
    const random = new Random(3);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i += 1) {
      const bucket = Math.floor(random.next() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }

    for (const count of buckets)
      expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Random(1).pick([])).toThrow(RangeError);
    expect(() => new Random(1).weighted([['a', 0]])).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { KeyTable, packKey, unpackKey } from './key-table.js';

const key = fc.oneof(
  fc.stringMatching(/^[0-9X]{0,18}$/),
  fc.constantFrom('610124199204088499', '6101240012130001', '0', '00', '', 'X'),
  fc.string({ maxLength: 20 }),
);

describe('KeyTable', () => {
  it('answers as a Map of the same keys does, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.nat()), { maxLength: 300 }),
        (entries) => {
          const table = new KeyTable(2, 4);
          const map = new Map<string, number>();
          for (const [k, v] of entries) {
            const { values, added } = table.add(k);
            expect(added).toBe(!map.has(k));
            if (added) values[1] = v;
            if (!map.has(k)) map.set(k, v);
          }
          expect(table.size).toBe(map.size);
          for (const [k, v] of map) expect(table.get(k)?.[1]).toBe(v >>> 0);
          for (const [k] of entries) {
            const absent = `${k}~`;
            if (!map.has(absent)) expect(table.get(absent)).toBeUndefined();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells keys apart that differ only by leading zeros or the check character', () => {
    const table = new KeyTable(1);
    for (const k of [
      '0',
      '00',
      '000000000',
      '0000000000',
      '61012419920408849X',
      '610124199204088490',
    ])
      table.add(k).values[0] = k.length;
    expect(table.size).toBe(6);
    expect(table.get('00')?.[0]).toBe(2);
    expect(table.get('0000000000')?.[0]).toBe(10);
  });

  it('packs a key of digits and X into numbers and back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9X]{0,18}$/), (k) => {
        const packed = packKey(k);
        expect(packed).toBeDefined();
        const [length, high, low] = packed as [number, number, number];
        expect(high).toBeLessThan(2 ** 32);
        expect(low).toBeLessThan(2 ** 32);
        expect(unpackKey(length, high, low)).toBe(k);
      }),
    );
    expect(packKey('6101-24')).toBeUndefined();
    expect(packKey('6'.repeat(19))).toBeUndefined();
  });
});

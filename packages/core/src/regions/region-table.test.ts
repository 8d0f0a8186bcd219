import { RegionTable } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

const table = new RegionTable([
  ['610124', '周至县'],
  ['610124101', '哑柏镇'],
  ['610124101201', '南集贤村'],
]);

describe('RegionTable.place', () => {
  it('names county, township and village of a village code', () => {
    expect(table.place('610124101201')).toEqual({
      county: '周至县',
      township: '哑柏镇',
      village: '南集贤村',
    });
  });

  it('names only the county of a county code', () => {
    expect(table.place('610124')).toEqual({
      county: '周至县',
      township: null,
      village: null,
    });
  });

  it('names nothing for a blank code', () => {
    expect(table.place(null)).toEqual({
      county: null,
      township: null,
      village: null,
    });
  });
});

describe('RegionTable.codes', () => {
  it('lists the codes of one length, or all, in the order added', () => {
    expect(table.codes(9)).toEqual(['610124101']);
    expect(table.codes(4)).toEqual([]);
    expect(table.codes()).toEqual(['610124', '610124101', '610124101201']);
  });
});

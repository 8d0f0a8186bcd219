import type { LedgerEntry, SavedReport } from '@duibiao/ledger';

import { entry } from './entry.js';

/**
 * Two counties of two townships each, for a report dated 2020-10-15
 * (a6 is first seen after it):
 *
 * | id | place        | category    | status   | present | deadline   |
 * |----|--------------|-------------|----------|---------|------------|
 * | a1 | 甲县 城关镇  | policy-gap  | 待核实   | yes     | 2020-10-10 |
 * | a2 | 甲县 城关镇  | measure-gap | 双线已核 | yes     | 2020-10-15 |
 * | a3 | 甲县 城关镇  | risk        | 已补正   | yes     | 2020-10-01 |
 * | a4 | 甲县 东关镇  | data-error  | 乡镇已核 | no      | 2020-10-01 |
 * | a5 | 甲县 东关镇  | policy-gap  | 部门已核 | yes     | none       |
 * | a6 | 甲县 东关镇  | data-error  | 待核实   | yes     | 2020-10-01 |
 * | b1 | 乙县 南镇    | policy-gap  | 确认误报 | yes     | 2020-10-01 |
 * | b2 | 乙县 南镇    | risk        | 已复核   | yes     | 2020-10-14 |
 * | b3 | 乙县 北镇    | measure-gap | 已消疑   | yes     | 2020-10-01 |
 * | b4 | 乙县 北镇    | data-error  | 待核实   | yes     | 2020-10-01 |
 *
 * @param jia - The name to give 甲县.
 * @returns The entries.
 */
export function dispatchFixture(jia = '甲县'): LedgerEntry[] {
  const a = { county: jia };
  const b = { county: '乙县' };
  const early = '2020-10-01';

  return [
    entry({
      ...a,
      id: 'a1',
      township: '城关镇',
      category: 'policy-gap',
      deadline: '2020-10-10',
    }),
    entry({
      ...a,
      id: 'a2',
      township: '城关镇',
      category: 'measure-gap',
      status: '双线已核',
      deadline: '2020-10-15',
    }),
    entry({
      ...a,
      id: 'a3',
      township: '城关镇',
      category: 'risk',
      status: '已补正',
      deadline: early,
    }),
    entry({
      ...a,
      id: 'a4',
      township: '东关镇',
      category: 'data-error',
      status: '乡镇已核',
      present: false,
      deadline: early,
    }),
    entry({
      ...a,
      id: 'a5',
      township: '东关镇',
      category: 'policy-gap',
      status: '部门已核',
    }),
    entry({
      ...a,
      id: 'a6',
      township: '东关镇',
      category: 'data-error',
      deadline: early,
      firstSeen: '2020-10-20',
    }),
    entry({
      ...b,
      id: 'b1',
      township: '南镇',
      category: 'policy-gap',
      status: '确认误报',
      deadline: early,
    }),
    entry({
      ...b,
      id: 'b2',
      township: '南镇',
      category: 'risk',
      status: '已复核',
      deadline: '2020-10-14',
    }),
    entry({
      ...b,
      id: 'b3',
      township: '北镇',
      category: 'measure-gap',
      status: '已消疑',
      deadline: early,
    }),
    entry({
      ...b,
      id: 'b4',
      township: '北镇',
      category: 'data-error',
      deadline: early,
    }),
  ];
}

/** The report before, of 2020-10-01: 甲县 only. */
export const PREVIOUS: SavedReport = {
  asOf: '2020-10-01',
  madeAt: '2020-10-01T08:00:00.000Z',
  body: {
    asOf: '2020-10-01',
    counties: { 甲县: { total: 3, cleared: 0, overdue: 1 } },
  },
};

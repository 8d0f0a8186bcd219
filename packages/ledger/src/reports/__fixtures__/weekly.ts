import type { SpotCheckRecord } from '@duibiao/core';
import type { LedgerEntry } from '@duibiao/ledger';

import { entry, step } from './entry.js';

const ID = '610124198001180178';

/**
 * Spot checks around the week 2020-09-24 .. 2020-09-30 (a report of
 * 2020-09-30 over 7 days):
 *
 * | row | household | item             | day        | department    |
 * |-----|-----------|------------------|------------|---------------|
 * | s1  | H1        | 是否享受低保     | 2020-09-23 | out (asOf-7)  |
 * | s2  | H1        | 是否享受低保     | 2020-09-24 | 民政 (asOf-6) |
 * | s3  | H2        | minimumLiving    | 2020-09-30 | 民政 (asOf)   |
 * | s4  | H2        | 是否特困供养     | 2020-09-27 | 民政          |
 * | s5  | H3        | 是否享受低保     | 2020-10-01 | out (after)   |
 * | s6  | H3        | 是否解决安全饮用水 | 2020-09-25 | 水利          |
 * | s7  | H4        | 耕地面积         | 2020-09-25 | 扶贫 (no field) |
 * | s8  | H4        | 户类型           | 2020-09-26 | 扶贫          |
 * | s9  | H5        | 是否享受低保     | 2020-09    | out (a month) |
 */
export const SPOT_CHECKS: SpotCheckRecord[] = [
  ['H1', '是否享受低保', '2020-09-23'],
  ['H1', '是否享受低保', '2020-09-24'],
  ['H2', 'minimumLiving', '2020-09-30'],
  ['H2', '是否特困供养', '2020-09-27'],
  ['H3', '是否享受低保', '2020-10-01'],
  ['H3', '是否解决安全饮用水', '2020-09-25'],
  ['H4', '耕地面积', '2020-09-25'],
  ['H4', '户类型', '2020-09-26'],
  ['H5', '是否享受低保', '2020-09'],
].map(
  ([householdId, item, checkedOn]) =>
    ({ householdId, item, checkedOn, answer: '是' }) as SpotCheckRecord,
);

const ANSWER = 'national/spot-check-mismatch/answer';

/**
 * The ledger's findings on them:
 *
 * - m1: s2 (H1, 低保, 09-24), 部门已核, the department said 属实 on 09-28.
 * - m2: s3 (H2, minimumLiving, 09-30), 待核实, no opinion; answer 是|否.
 * - m3: s1 (09-23): out of the week.
 * - m4: s6 (水利).
 * - m5: s7 (unknown item, 扶贫).
 * - m6: not a spot-check rule, though its data names 低保 in the week.
 * - m7: s4 (H2's member, 特困, 09-27), 已补正 by the review on 09-29.
 *
 * @returns The entries.
 */
export function weeklyEntries(): LedgerEntry[] {
  const mismatch = (
    id: string,
    householdId: string,
    item: string,
    checkedOn: string,
    more: Partial<Parameters<typeof entry>[0]> = {},
  ) =>
    entry({
      id,
      county: '甲县',
      township: '城关镇',
      ruleId: ANSWER,
      householdId,
      data: { checkedOn, item, answer: '否', spotCheckRecorded: true },
      history: [step('run', '发现', '2020-09-30')],
      ...more,
    });

  return [
    mismatch('m1', 'H1', '是否享受低保', '2020-09-24', {
      status: '部门已核',
      history: [
        step('run', '发现', '2020-09-30'),
        step('department', '属实', '2020-09-28', '县民政局'),
      ],
    }),
    mismatch('m2', 'H2', 'minimumLiving', '2020-09-30', {
      data: {
        checkedOn: '2020-09-30',
        item: 'minimumLiving',
        answer: '是|否',
        spotCheckRecorded: false,
      },
    }),
    mismatch('m3', 'H1', '是否享受低保', '2020-09-23'),
    mismatch('m4', 'H3', '是否解决安全饮用水', '2020-09-25'),
    mismatch('m5', 'H4', '耕地面积', '2020-09-25', {
      ruleId: 'national/spot-check-mismatch/unknown-item',
    }),
    mismatch('m6', 'H1', '是否享受低保', '2020-09-25', {
      ruleId: 'national/recorded-not-enjoyed/minimum-living',
    }),
    mismatch('m7', 'H2', '是否特困供养', '2020-09-27', {
      memberId: ID,
      status: '已补正',
      history: [
        step('run', '发现', '2020-09-27'),
        step('township', '属实', '2020-09-28', '城关镇'),
        step('department', '属实', '2020-09-28', '县民政局'),
        step('review', '已复核', '2020-09-29', '县扶贫办'),
        step('review', '已补正', '2020-09-29', '县扶贫办'),
        step('run', '发现', '2020-09-30'),
      ],
    }),
  ];
}

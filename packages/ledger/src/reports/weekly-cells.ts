import { maskPrivateText } from '@duibiao/io';

import { lineLabel } from '../ledger-rows.js';
import { VERIFICATION_STATUSES } from '../statuses.js';
import type {
  WeeklyMismatch,
  WeeklyOpinion,
  WeeklyReport,
} from './weekly-report.js';

/** The columns of the weekly report's list of mismatches. */
export const MISMATCH_HEADERS: readonly string[] = [
  '抽查日期',
  '县区',
  '乡镇',
  '村',
  '户编号',
  '证件号码',
  '核查项',
  '群众回答',
  '系统记录',
  '处置状态',
  '最新意见',
  '问题编号',
];

/**
 * A mismatch's cells, in the order of {@link MISMATCH_HEADERS}: ID and
 * mobile numbers masked unless `unmask` is set; blanks as `''`.
 *
 * @param mismatch - The mismatch.
 * @param unmask - Whether to show the numbers in full.
 * @returns The cells' texts.
 */
export function mismatchCells(
  mismatch: WeeklyMismatch,
  unmask: boolean,
): string[] {
  const shown = (text: string | null) =>
    text === null ? '' : unmask ? text : maskPrivateText(text);

  return [
    mismatch.checkedOn,
    mismatch.county ?? '',
    mismatch.township ?? '',
    mismatch.village ?? '',
    mismatch.householdId ?? '',
    shown(mismatch.memberId),
    shown(mismatch.item),
    shown(mismatch.answer),
    shown(mismatch.recorded),
    `${mismatch.status}（${mismatch.statusSince}）`,
    shown(opinionText(mismatch.opinion)),
    mismatch.findingId,
  ];
}

/**
 * An opinion in one line: `部门 属实（张三，2020-09-29）：理由`.
 *
 * @param opinion - The opinion, or `null`.
 * @returns The text; `尚无核查意见` for none.
 */
export function opinionText(opinion: WeeklyOpinion | null): string {
  if (opinion === null) return '尚无核查意见';

  const by = [opinion.who, opinion.on].filter((part) => part !== null);
  const reason = opinion.reason === null ? '' : `：${opinion.reason}`;
  return `${lineLabel(opinion.line)} ${opinion.result}（${by.join('，')}）${reason}`;
}

/**
 * The report's counts as label and value pairs: the week, checks,
 * households, mismatches, then mismatches by each status that has any.
 *
 * @param report - The report.
 * @returns The pairs, in order.
 */
export function weeklyFacts(report: WeeklyReport): [string, string][] {
  const facts: [string, string][] = [
    ['报送部门', report.department],
    ['统计周期', `${report.from} 至 ${report.asOf}（${report.days} 天）`],
    [
      '电话抽查',
      report.checks === null
        ? '未提供电话抽查表（下列不一致取自台账）'
        : `${report.checks} 次`,
    ],
    ['抽查户数', `${report.households} 户`],
    ['发现不一致', `${report.mismatches.length} 条`],
  ];
  const handled = VERIFICATION_STATUSES.filter((s) => report.byStatus[s] > 0);
  facts.push([
    '处置情况',
    handled.length === 0
      ? '无'
      : handled.map((s) => `${s} ${report.byStatus[s]} 条`).join('，'),
  ]);

  return facts;
}

import { CLOSING_STATUSES, VERIFICATION_OPINIONS } from '../statuses.js';
import type { VerificationLine } from '../statuses.js';

/** The name of the worksheet a verification sheet's findings are on. */
export const SHEET_NAME = '核实表';

/** The name of the worksheet that says how to fill the sheet. */
export const GUIDE_NAME = '填写说明';

/** The header of the column that names each row's finding. */
export const ID_HEADER = '问题编号';

/**
 * The headers of the columns that describe each finding, in the order
 * the sheet writes them.
 */
export const FINDING_HEADERS = [
  ID_HEADER,
  '规则编号',
  '问题类别',
  '严重程度',
  '县',
  '乡镇',
  '村',
  '户编号',
  '证件号码',
  '问题描述',
  '责任部门',
  '处置建议',
  '当前状态',
  '完成时限',
] as const;

/** What each line fills in: its opinion (or result), who, and when. */
export interface LineColumns {
  /** The line. */
  line: VerificationLine;
  /** The opinion's header (the review's result for `review`). */
  opinion: string;
  /** The header of who gave it. */
  who: string;
  /** The header of the date it was given. */
  on: string;
  /** What the opinion's drop-down list offers. */
  choices: readonly string[];
}

/**
 * The lines' columns, in the order their opinions apply: the township,
 * the department, then the review (陕脱贫发〔2020〕9号 四（三）).
 */
export const LINE_COLUMNS: readonly LineColumns[] = [
  {
    line: 'township',
    opinion: '乡镇核查意见',
    who: '乡镇核查人',
    on: '乡镇核查日期',
    choices: VERIFICATION_OPINIONS,
  },
  {
    line: 'department',
    opinion: '部门核查意见',
    who: '部门核查人',
    on: '部门核查日期',
    choices: VERIFICATION_OPINIONS,
  },
  {
    line: 'review',
    opinion: '复核结果',
    who: '复核人',
    on: '复核日期',
    choices: ['已复核', ...CLOSING_STATUSES],
  },
];

/** The header of the reason, required for 已消疑 and 确认误报. */
export const REASON_HEADER = '理由';

/** The header of the evidence's reference, required for 已消疑. */
export const EVIDENCE_HEADER = '佐证材料';

/** The headers of the columns the verifiers fill in, in sheet order. */
export const FILL_IN_HEADERS: readonly string[] = [
  ...LINE_COLUMNS.flatMap((c) => [c.opinion, c.who, c.on]),
  REASON_HEADER,
  EVIDENCE_HEADER,
];

/** Every header of the 核实表 sheet, in order. */
export const SHEET_HEADERS: readonly string[] = [
  ...FINDING_HEADERS,
  ...FILL_IN_HEADERS,
];

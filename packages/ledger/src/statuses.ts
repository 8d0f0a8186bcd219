/**
 * Where a finding stands in its verification (双线核实, 陕脱贫发〔2020〕9号
 * 四（三）): 待核实 until the township and the line department have each
 * given an opinion (乡镇已核 and 部门已核 when one of them has, 双线已核
 * when both have), 已复核 once the poverty-alleviation office has
 * reviewed them, then closed as 已补正 (record corrected), 已落实 (help
 * put in place), 已消疑 (doubt cleared) or 确认误报 (false alarm).
 */
export const VERIFICATION_STATUSES = [
  '待核实',
  '乡镇已核',
  '部门已核',
  '双线已核',
  '已复核',
  '已补正',
  '已落实',
  '已消疑',
  '确认误报',
] as const;

/** A verification status; see {@link VERIFICATION_STATUSES}. */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The statuses that close a finding. */
export const CLOSING_STATUSES = [
  '已补正',
  '已落实',
  '已消疑',
  '确认误报',
] as const satisfies readonly VerificationStatus[];

/** A status that closes a finding; see {@link CLOSING_STATUSES}. */
export type ClosingStatus = (typeof CLOSING_STATUSES)[number];

/**
 * The closing statuses that keep a finding from being raised again while
 * its key evidence is unchanged: the problem was looked into and is not
 * one. (已补正 and 已落实 say it was fixed: a finding that comes back
 * after them was not, and is reopened.)
 */
export const SUPPRESSING_STATUSES = [
  '已消疑',
  '确认误报',
] as const satisfies readonly ClosingStatus[];

/** What a township or a department found when it verified a finding. */
export const VERIFICATION_OPINIONS = ['属实', '不属实', '已整改'] as const;

/** A verification opinion; see {@link VERIFICATION_OPINIONS}. */
export type VerificationOpinion = (typeof VERIFICATION_OPINIONS)[number];

/**
 * Who gives an opinion: the township (乡镇), the responsible line
 * department (部门), or the poverty-alleviation office's review (复核).
 */
export type VerificationLine = 'township' | 'department' | 'review';

/** The Chinese name of each line, as sheets and messages write it. */
export const LINE_LABELS: Readonly<Record<VerificationLine, string>> = {
  township: '乡镇',
  department: '部门',
  review: '复核',
};

/**
 * Whether a status closes a finding.
 *
 * @param status - A status.
 * @returns True for 已补正, 已落实, 已消疑 and 确认误报.
 */
export function isClosed(status: VerificationStatus): boolean {
  return (CLOSING_STATUSES as readonly string[]).includes(status);
}

/**
 * Whether a status keeps an unchanged finding from being raised again.
 *
 * @param status - A status.
 * @returns True for 已消疑 and 确认误报.
 */
export function suppresses(status: VerificationStatus): boolean {
  return (SUPPRESSING_STATUSES as readonly string[]).includes(status);
}

/** What one line asks of a finding: its opinion, or the review's result. */
export interface LineStep {
  /** Who acts. */
  line: VerificationLine;
  /**
   * For the township and the department, their opinion; for the review,
   * 已复核 or a closing status (which implies the review).
   */
  result: string;
  /** Why: required for 已消疑 and 确认误报. */
  reason?: string;
  /** A reference to the evidence (a file, a photo's number): required for 已消疑. */
  evidence?: string;
}

/** What {@link nextStatus} gives: the new status, or why the step is refused. */
export type StatusStep =
  | {
      /** The status the finding moves to. */
      status: VerificationStatus;
      /** Never set when the step is allowed. */
      refused?: undefined;
    }
  | {
      /** Why the step is refused, in Chinese. */
      refused: string;
    };

/**
 * The status a finding moves to when a line acts, or why it cannot.
 *
 * @param status - The finding's status now.
 * @param step - What the line asks.
 * @returns The new status, or a refusal in Chinese and English.
 * @example
 * nextStatus('待核实', { line: 'township', result: '属实' }); // { status: '乡镇已核' }
 * nextStatus('乡镇已核', { line: 'review', result: '已复核' }).refused; // needs the department
 */
export function nextStatus(
  status: VerificationStatus,
  step: LineStep,
): StatusStep {
  if (isClosed(status))
    return { refused: `已是「${status}」，已办结的问题不能再变更` };

  if (step.line === 'township' || step.line === 'department') {
    if (!(VERIFICATION_OPINIONS as readonly string[]).includes(step.result))
      return {
        refused: `${LINE_LABELS[step.line]}核查意见应为 ${VERIFICATION_OPINIONS.join('、')} 之一，不是「${step.result}」`,
      };
    const own = step.line === 'township' ? '乡镇已核' : '部门已核';
    const other = step.line === 'township' ? '部门已核' : '乡镇已核';
    if (status === '待核实') return { status: own };
    if (status === other) return { status: '双线已核' };
    return {
      refused: `${LINE_LABELS[step.line]}已出具核查意见（状态「${status}」），不能再次出具`,
    };
  }

  const closing = (CLOSING_STATUSES as readonly string[]).includes(step.result);
  if (step.result !== '已复核' && !closing)
    return {
      refused: `复核结果应为 已复核、${CLOSING_STATUSES.join('、')} 之一，不是「${step.result}」`,
    };
  if (status === '待核实' || status === '乡镇已核' || status === '部门已核')
    return {
      refused: `复核需乡镇和部门双线核查意见都已出具，现为「${status}」`,
    };
  if (step.result === '已复核') {
    if (status === '已复核') return { refused: '已复核，不能再次复核' };
    return { status: '已复核' };
  }
  if (
    (step.result === '已消疑' || step.result === '确认误报') &&
    blank(step.reason)
  )
    return { refused: `「${step.result}」须写明理由` };
  if (step.result === '已消疑' && blank(step.evidence))
    return { refused: '「已消疑」须注明佐证材料' };

  return { status: step.result as ClosingStatus };
}

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

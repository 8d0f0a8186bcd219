import {
  MISMATCH_HEADERS,
  mismatchCells,
  weeklyFacts,
} from './weekly-cells.js';
import type { WeeklyReport } from './weekly-report.js';

/** Options of the weekly report's writers. */
export interface WeeklyWriteOptions {
  /**
   * Write ID and mobile numbers in full. Only for staff entitled to see
   * them.
   *
   * @default false
   */
  unmask?: boolean;
}

/**
 * Writes a department's weekly spot-check report as Markdown, in Chinese:
 * the week and its counts, then a table of the mismatches and how each
 * is handled. ID and mobile numbers are masked unless `unmask` is set;
 * every text from the data is escaped, so that none can make a link, an
 * HTML element or a new table cell.
 *
 * @param report - From `weeklyReport`.
 * @param options - Whether to show numbers in full.
 * @returns The Markdown text, ending in a line feed.
 * @example
 * await writeFile('out/民政部门周报.md', weeklyMarkdown(report));
 */
export function weeklyMarkdown(
  report: WeeklyReport,
  options: WeeklyWriteOptions = {},
): string {
  const unmask = options.unmask ?? false;
  const lines = [
    `# ${markdownText(report.department)}电话抽查情况周报`,
    '',
    ...weeklyFacts(report).map(
      ([label, value]) => `- ${label}：${markdownText(value)}`,
    ),
    '',
    '## 发现的问题及处置情况',
    '',
  ];

  if (report.mismatches.length === 0) {
    lines.push(
      report.checks === null
        ? '未提供电话抽查表；台账中也没有本周期的不一致问题。'
        : '本周期电话抽查未发现与系统记录不一致的问题。',
    );
  } else {
    lines.push(
      `| ${MISMATCH_HEADERS.join(' | ')} |`,
      `|${MISMATCH_HEADERS.map(() => ' --- |').join('')}`,
    );
    for (const mismatch of report.mismatches) {
      const cells = mismatchCells(mismatch, unmask).map(markdownText);
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  lines.push(
    '',
    `依据：陕脱贫发〔2020〕9号 三（二）。${unmask ? '证件号码未脱敏。' : '证件号码、手机号码已脱敏。'}`,
    '',
  );

  return lines.join('\n');
}

/**
 * Escapes text for a Markdown line or table cell: the characters that
 * could start a link, an element, emphasis, code or a new cell get a
 * backslash, and line breaks become spaces.
 */
function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#!~]/g, (char) => `\\${char}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

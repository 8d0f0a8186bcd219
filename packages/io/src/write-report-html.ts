import {
  reportHtml,
  type ReportHtmlInput,
  type ReportHtmlOptions,
} from './report-html.js';
import { writeTextFile } from './write-text-file.js';

/**
 * Writes the HTML report of a check (see {@link reportHtml}): one
 * self-contained page with charts of the findings and a table to search
 * and filter them, ID numbers masked unless `unmask` is set. It loads
 * nothing from the network, so it can be mailed or opened offline.
 *
 * @param path - The file to write, such as `out/report.html`; parent
 * folders are created.
 * @param input - The findings, with `status` when they were compared
 * with an earlier run, and the run's summary.
 * @param options - Whether to write ID numbers in full.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written or
 * Chart.js cannot be read.
 * @example
 * await writeReportHtml('out/report.html', { findings, summary });
 */
export async function writeReportHtml(
  path: string,
  input: ReportHtmlInput,
  options: ReportHtmlOptions = {},
): Promise<void> {
  await writeTextFile(path, await reportHtml(input, options));
}

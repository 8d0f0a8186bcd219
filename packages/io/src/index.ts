/**
 * @duibiao/io reads folders of spreadsheet exports into data sets and
 * writes check reports. Node only.
 *
 * @packageDocumentation
 */

export { buildSummary } from './summary.js';
export { chartPage } from './chart-page.js';
export { loadChartLibrary } from './chart-library.js';
export { checkFolder } from './check-folder.js';
export { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.js';
export { openTextStream, TextStreamError } from './text-stream.js';
export { escapeHtml } from './html-text.js';
export { InputError } from './input-error.js';
export { likelyField } from './likely-field.js';
export { maskFinding, maskIdsInText, maskPrivateText } from './mask-ids.js';
export { readFindingsJsonl } from './read-findings-jsonl.js';
export { DEFAULT_READ_LIMITS } from './read-limits.js';
export { readFolder } from './read-folder.js';
export { REJECTION_CODES } from './rejection-code.js';
export { reportHtml } from './report-html.js';
export { writeFindingsCsv } from './write-findings-csv.js';
export { writeFindingsJsonl } from './write-findings-jsonl.js';
export { writeFindingsXlsx } from './write-findings-xlsx.js';
export { writeRejectedJsonl } from './write-rejected-jsonl.js';
export { writeReportHtml } from './write-report-html.js';
export { writeResolvedJsonl } from './write-resolved-jsonl.js';
export { writeSummary } from './summary.js';
export { CUT_MARK, MAX_CELL_CHARACTERS, textCell } from './xlsx-layout.js';

export type {
  CheckFolderOptions,
  CheckProgress,
  FolderCheck,
  FolderRead,
} from './check-folder.js';
export type { ChartLibrary } from './chart-library.js';
export type { ChartPageParts } from './chart-page.js';
export type { CsvRowHandler } from './csv-tokenizer.js';
export type {
  FindingsFile,
  StoredFinding,
  UnreadLine,
} from './read-findings-jsonl.js';
export type {
  CsvEncoding,
  CsvFinding,
  FindingsCsvOptions,
  FindingsCsvResult,
} from './write-findings-csv.js';
export type { FindingsXlsxOptions } from './write-findings-xlsx.js';
export type { ReportHtmlInput, ReportHtmlOptions } from './report-html.js';
export type { OpenedTextStream, TextStreamOptions } from './text-stream.js';
export type { InputProblem } from './input-error.js';
export type { BlankRowsWithText } from './blank-rows-with-text.js';
export type { OtherSheet } from './read-result.js';
export type { ReadFolderOptions } from './read-folder.js';
export type { ReadLimits } from './read-limits.js';
export type { ReadResult } from './read-result.js';
export type { Rejection } from './read-result.js';
export type { RejectionCode } from './rejection-code.js';
export type { RejectionsByReason } from './rejections-by-reason.js';
export type { ListSummary, NotCompared, RuleNotCompared } from './summary.js';
export type { RowCounts } from './summary.js';
export type { RuleErrors } from './summary.js';
export type { SkippedFile } from './read-result.js';
export type { Summary } from './summary.js';
export type { SummaryDiff } from './summary.js';
export type { SummaryLedger } from './summary-ledger.js';
export type { SummaryInput } from './summary.js';
export type { TableFormat } from './read-result.js';
export type { CoreTableKey, TableKey } from './tables.js';
export type { TableReport } from './read-result.js';
export type { TextEncoding } from './read-result.js';
export type { UnknownOutcomes } from './summary.js';

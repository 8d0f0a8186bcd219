export {
  EVIDENCE_HEADER,
  FILL_IN_HEADERS,
  FINDING_HEADERS,
  GUIDE_NAME,
  ID_HEADER,
  LINE_COLUMNS,
  REASON_HEADER,
  SHEET_HEADERS,
  SHEET_NAME,
} from './columns.js';
export { importVerificationSheets } from './import-sheets.js';
export { readVerificationSheets } from './read-sheets.js';
export { writeVerificationSheets } from './write-sheets.js';
export type { LineColumns } from './columns.js';
export type {
  ImportResult,
  ReadSheetsOptions,
  SheetFile,
  SheetProblem,
  SheetRow,
  SheetsRead,
  WriteSheetsOptions,
} from './types.js';

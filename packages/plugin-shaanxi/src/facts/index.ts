import { onEmploymentLedger } from './employment-ledger.js';
import { screeningFacts } from './screening.js';
import { spotCheckReportFacts } from './spot-check-reports.js';

/** Every fact the Shaanxi plugin defines. */
export const facts = [
  ...screeningFacts,
  onEmploymentLedger,
  ...spotCheckReportFacts,
] as const;

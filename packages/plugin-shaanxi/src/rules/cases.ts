import type { RuleCases } from '@duibiao/core';

import { noEmploymentLedgerCases } from './no-employment-ledger.cases.js';
import { noLiaisonCases } from './no-liaison.cases.js';
import { screeningOverdueCases } from './screening-overdue.cases.js';
import { spotCheckReportLateCases } from './spot-check-report-late.cases.js';
import { sushaanProjectStalledCases } from './sushaan-project-stalled.cases.js';

/**
 * Test cases of the Shaanxi rules, by rule id: subjects on which each
 * rule must stay silent and subjects on which it must report.
 */
export const shaanxiCases: Readonly<Record<string, RuleCases>> = {
  'shaanxi/no-employment-ledger': noEmploymentLedgerCases,
  'shaanxi/no-liaison': noLiaisonCases,
  'shaanxi/screening-overdue': screeningOverdueCases,
  'shaanxi/spot-check-report-late': spotCheckReportLateCases,
  'shaanxi/sushaan-project-stalled': sushaanProjectStalledCases,
};

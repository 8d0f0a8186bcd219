import type { RuleDefinition } from '@duibiao/core';

import { noEmploymentLedger } from './no-employment-ledger.js';
import { noLiaison } from './no-liaison.js';
import { spotCheckReportLate } from './spot-check-report-late.js';
import { sushaanProjectStalled } from './sushaan-project-stalled.js';

/** Shaanxi rules of category measure-gap (帮扶措施空白点). */
export const measureGapRules: readonly RuleDefinition[] = [
  noLiaison,
  noEmploymentLedger,
  sushaanProjectStalled,
  spotCheckReportLate,
];

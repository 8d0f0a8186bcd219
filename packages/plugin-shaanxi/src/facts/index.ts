import type { FactDefinition } from '@duibiao/core';

import { onEmploymentLedger } from './employment-ledger.js';
import { screeningFacts } from './screening.js';
import { spotCheckReportFacts } from './spot-check-reports.js';

/** Every fact the Shaanxi plugin defines. */
export const facts: readonly FactDefinition<any>[] = [
  ...screeningFacts,
  onEmploymentLedger,
  ...spotCheckReportFacts,
];

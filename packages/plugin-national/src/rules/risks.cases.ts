import type { RuleCases } from '@duibiao/core';

import { expenseSpikeCases } from './expense-spike.cases.js';
import { incomeBelowMonitoringLineCases } from './income-drop/below-line.cases.js';
import { incomeDropShareCases } from './income-drop/share.cases.js';
import { removedWithDropoutCases } from './removed-core-problem/dropout.cases.js';
import { removedUnsafeHouseCases } from './removed-core-problem/house.cases.js';
import { removedWithUninsuredCases } from './removed-core-problem/uninsured.cases.js';
import { removedUnsafeWaterCases } from './removed-core-problem/water.cases.js';
import { removedNoLabourCases } from './removed-no-labour.cases.js';
import { removedStillPoorCases } from './removed-still-poor.cases.js';
import { removedTooEarlyCases } from './removed-too-early.cases.js';

/**
 * Test cases of the national rules in risks.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const risksCases: Readonly<Record<string, RuleCases>> = {
  'national/income-drop/share': incomeDropShareCases,
  'national/income-drop/below-line': incomeBelowMonitoringLineCases,
  'national/expense-spike': expenseSpikeCases,
  'national/removed-too-early': removedTooEarlyCases,
  'national/removed-still-poor': removedStillPoorCases,
  'national/removed-no-labour': removedNoLabourCases,
  'national/removed-core-problem/house': removedUnsafeHouseCases,
  'national/removed-core-problem/water': removedUnsafeWaterCases,
  'national/removed-core-problem/dropout': removedWithDropoutCases,
  'national/removed-core-problem/uninsured': removedWithUninsuredCases,
};

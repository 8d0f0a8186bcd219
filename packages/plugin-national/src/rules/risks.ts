import type { RuleDefinition } from '@duibiao/core';

import { expenseSpike } from './expense-spike.js';
import { incomeBelowMonitoringLine } from './income-drop/below-line.js';
import { incomeDropShareRule } from './income-drop/share.js';
import { removedWithDropout } from './removed-core-problem/dropout.js';
import { removedUnsafeHouse } from './removed-core-problem/house.js';
import { removedWithUninsured } from './removed-core-problem/uninsured.js';
import { removedUnsafeWater } from './removed-core-problem/water.js';
import { removedNoLabour } from './removed-no-labour.js';
import { removedStillPoor } from './removed-still-poor.js';
import { removedTooEarly } from './removed-too-early.js';

/**
 * National rules of category risk (返贫致贫风险点). The removed-* rules
 * judge monitored households only (监测对象类别 not blank): for other
 * households 风险是否已消除 means nothing and is left blank.
 */
export const riskRules: readonly RuleDefinition[] = [
  incomeDropShareRule,
  incomeBelowMonitoringLine,
  expenseSpike,
  removedTooEarly,
  removedStillPoor,
  removedNoLabour,
  removedUnsafeHouse,
  removedUnsafeWater,
  removedWithDropout,
  removedWithUninsured,
];

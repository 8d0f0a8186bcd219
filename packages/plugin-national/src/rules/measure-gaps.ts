import type { RuleDefinition } from '@duibiao/core';

import { disabilityWithoutMeasure } from './cause-without-measure/disability.js';
import { educationWithoutMeasure } from './cause-without-measure/education.js';
import { housingWithoutMeasure } from './cause-without-measure/housing.js';
import { illnessWithoutMeasure } from './cause-without-measure/illness.js';
import { waterWithoutMeasure } from './cause-without-measure/water.js';
import { loanAmount } from './loan-overdue/amount.js';
import { borrowerAge } from './loan-overdue/borrower-age.js';
import { loanOverdue } from './loan-overdue/overdue.js';
import { loanTerm } from './loan-overdue/term.js';
import { measureNotCarriedOut } from './measure-not-carried-out.js';
import { noDevelopmentMeasure } from './no-development-measure.js';
import { noMeasure } from './no-measure.js';
import { onlySafetyNet } from './only-safety-net.js';
import { projectNoBeneficiaries } from './project-stalled/no-beneficiaries.js';
import { projectNotStartedRule } from './project-stalled/not-started.js';
import { pvEqualShares } from './pv-distribution/equal-shares.js';
import { pvNotPublished } from './pv-distribution/not-published.js';
import { relocatedNoJob } from './relocated-no-job.js';
import { rangerIneligible } from './welfare-job-ineligible/ranger.js';
import { welfareJobIneligible } from './welfare-job-ineligible/welfare-job.js';

/**
 * National rules of category measure-gap (帮扶措施空白点), in catalog
 * order.
 */
export const measureGapRules: readonly RuleDefinition[] = [
  noDevelopmentMeasure,
  onlySafetyNet,
  illnessWithoutMeasure,
  educationWithoutMeasure,
  disabilityWithoutMeasure,
  housingWithoutMeasure,
  waterWithoutMeasure,
  noMeasure,
  measureNotCarriedOut,
  rangerIneligible,
  welfareJobIneligible,
  relocatedNoJob,
  pvEqualShares,
  pvNotPublished,
  loanOverdue,
  loanAmount,
  loanTerm,
  borrowerAge,
  projectNotStartedRule,
  projectNoBeneficiaries,
];

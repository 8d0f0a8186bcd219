import type { RuleCases } from '@duibiao/core';

import { disabilityWithoutMeasureCases } from './cause-without-measure/disability.cases.js';
import { educationWithoutMeasureCases } from './cause-without-measure/education.cases.js';
import { housingWithoutMeasureCases } from './cause-without-measure/housing.cases.js';
import { illnessWithoutMeasureCases } from './cause-without-measure/illness.cases.js';
import { waterWithoutMeasureCases } from './cause-without-measure/water.cases.js';
import { loanAmountCases } from './loan-overdue/amount.cases.js';
import { borrowerAgeCases } from './loan-overdue/borrower-age.cases.js';
import { loanOverdueCases } from './loan-overdue/overdue.cases.js';
import { loanTermCases } from './loan-overdue/term.cases.js';
import { measureNotCarriedOutCases } from './measure-not-carried-out.cases.js';
import { noDevelopmentMeasureCases } from './no-development-measure.cases.js';
import { noMeasureCases } from './no-measure.cases.js';
import { onlySafetyNetCases } from './only-safety-net.cases.js';
import { projectNoBeneficiariesCases } from './project-stalled/no-beneficiaries.cases.js';
import { projectNotStartedCases } from './project-stalled/not-started.cases.js';
import { pvEqualSharesCases } from './pv-distribution/equal-shares.cases.js';
import { pvNotPublishedCases } from './pv-distribution/not-published.cases.js';
import { relocatedNoJobCases } from './relocated-no-job.cases.js';
import { rangerIneligibleCases } from './welfare-job-ineligible/ranger.cases.js';
import { welfareJobIneligibleCases } from './welfare-job-ineligible/welfare-job.cases.js';

/**
 * Test cases of the national rules in measure-gaps.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const measureGapsCases: Readonly<Record<string, RuleCases>> = {
  'national/no-development-measure': noDevelopmentMeasureCases,
  'national/only-safety-net': onlySafetyNetCases,
  'national/cause-without-measure/illness': illnessWithoutMeasureCases,
  'national/cause-without-measure/education': educationWithoutMeasureCases,
  'national/cause-without-measure/disability': disabilityWithoutMeasureCases,
  'national/cause-without-measure/housing': housingWithoutMeasureCases,
  'national/cause-without-measure/water': waterWithoutMeasureCases,
  'national/no-measure': noMeasureCases,
  'national/measure-not-carried-out': measureNotCarriedOutCases,
  'national/welfare-job-ineligible/ranger': rangerIneligibleCases,
  'national/welfare-job-ineligible/welfare-job': welfareJobIneligibleCases,
  'national/relocated-no-job': relocatedNoJobCases,
  'national/pv-distribution/equal-shares': pvEqualSharesCases,
  'national/pv-distribution/not-published': pvNotPublishedCases,
  'national/loan-overdue/overdue': loanOverdueCases,
  'national/loan-overdue/amount': loanAmountCases,
  'national/loan-overdue/term': loanTermCases,
  'national/loan-overdue/borrower-age': borrowerAgeCases,
  'national/project-stalled/not-started': projectNotStartedCases,
  'national/project-stalled/no-beneficiaries': projectNoBeneficiariesCases,
};

import type { RuleCases } from '@duibiao/core';

import { censusIssueOpenCases } from './census-issue-open.cases.js';
import { deceasedCases } from './deceased-member/death.cases.js';
import { movedOutCases } from './deceased-member/moved-out.cases.js';
import { disabilitySubsidyCases } from './enjoyed-not-recorded/disability-subsidy.cases.js';
import { extremePovertyCases } from './enjoyed-not-recorded/extreme-poverty.cases.js';
import { forestRangerCases } from './enjoyed-not-recorded/forest-ranger.cases.js';
import { medicalInsuranceCases } from './enjoyed-not-recorded/medical-insurance.cases.js';
import { microcreditCases } from './enjoyed-not-recorded/microcredit.cases.js';
import { minimumLivingCases } from './enjoyed-not-recorded/minimum-living.cases.js';
import { pensionCases } from './enjoyed-not-recorded/pension.cases.js';
import { seriousIllnessInsuranceCases } from './enjoyed-not-recorded/serious-illness-insurance.cases.js';
import { enrolledNotRecordedCases } from './enrolment-mismatch/enrolled-not-recorded.cases.js';
import { houseGradeCases } from './house-mismatch/grade.cases.js';
import { renovationUnfinishedCases } from './house-mismatch/renovation-unfinished.cases.js';
import { renovationUnrecordedCases } from './house-mismatch/renovation-unrecorded.cases.js';
import { houseSafetyCases } from './house-mismatch/safety.cases.js';
import { monitoringPeriodInvalidCases } from './monitoring-period-invalid.cases.js';
import { spotCheckAnswerCases } from './spot-check-mismatch/answer.cases.js';
import { spotCheckUnknownItemCases } from './spot-check-mismatch/unknown-item.cases.js';

/**
 * Test cases of the national data-error rules that compare the registry
 * with the line departments' lists and the follow-up tables, by rule id.
 */
export const dataErrorsListsCases: Readonly<Record<string, RuleCases>> = {
  'national/enjoyed-not-recorded/minimum-living': minimumLivingCases,
  'national/enjoyed-not-recorded/extreme-poverty': extremePovertyCases,
  'national/enjoyed-not-recorded/disability-subsidy': disabilitySubsidyCases,
  'national/enjoyed-not-recorded/forest-ranger': forestRangerCases,
  'national/enjoyed-not-recorded/pension': pensionCases,
  'national/enjoyed-not-recorded/medical-insurance': medicalInsuranceCases,
  'national/enjoyed-not-recorded/serious-illness-insurance':
    seriousIllnessInsuranceCases,
  'national/enjoyed-not-recorded/microcredit': microcreditCases,
  'national/enrolment-mismatch/enrolled-not-recorded': enrolledNotRecordedCases,
  'national/house-mismatch/safety': houseSafetyCases,
  'national/house-mismatch/grade': houseGradeCases,
  'national/house-mismatch/renovation-unfinished': renovationUnfinishedCases,
  'national/house-mismatch/renovation-unrecorded': renovationUnrecordedCases,
  'national/deceased-member/death': deceasedCases,
  'national/deceased-member/moved-out': movedOutCases,
  'national/spot-check-mismatch/answer': spotCheckAnswerCases,
  'national/spot-check-mismatch/unknown-item': spotCheckUnknownItemCases,
  'national/census-issue-open': censusIssueOpenCases,
  'national/monitoring-period-invalid': monitoringPeriodInvalidCases,
};

import { age } from './age.js';
import { departmentBenefitFacts } from './department-benefits.js';
import { departmentLoanFacts } from './department-loans.js';
import { departmentRecordFacts } from './department-records.js';
import { followUpFacts } from './follow-up.js';
import { householdFacts } from './household.js';
import { identityFacts } from './identity.js';
import { incomeFacts } from './income.js';
import { loanFacts } from './loan.js';
import { memberFacts } from './member.js';
import { monitoringFacts } from './monitoring.js';
import { policyAndMeasureFacts } from './policy-and-measures.js';
import { regionFacts } from './region.js';
import { spotCheckFacts } from './spot-check.js';

/** Every fact the national plugin defines. */
export const facts = [
  age,
  ...identityFacts,
  ...memberFacts,
  ...householdFacts,
  ...incomeFacts,
  ...regionFacts,
  ...policyAndMeasureFacts,
  ...departmentRecordFacts,
  ...departmentBenefitFacts,
  ...departmentLoanFacts,
  ...loanFacts,
  ...spotCheckFacts,
  ...followUpFacts,
  ...monitoringFacts,
] as const;

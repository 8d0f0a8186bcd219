import type { RuleDefinition } from '@duibiao/core';

import { childLabour } from './age-labour/child-labour.js';
import { disabledLabourer } from './age-labour/disabled-labourer.js';
import { elderlySkilled } from './age-labour/elderly-skilled.js';
import { higherAge } from './age-school/higher.js';
import { juniorAge } from './age-school/junior.js';
import { preschoolAge } from './age-school/preschool.js';
import { primaryAge } from './age-school/primary.js';
import { seniorAge } from './age-school/senior.js';
import { bothInsured } from './both-insured.js';
import { disabilityCause } from './cause-contradicts-facts/disability.js';
import { illnessCause } from './cause-contradicts-facts/illness.js';
import { labourCause } from './cause-contradicts-facts/labour.js';
import { censusIssueOpen } from './census-issue-open.js';
import { deceased } from './deceased-member/death.js';
import { movedOut } from './deceased-member/moved-out.js';
import { disabilitySubsidyNotRecorded } from './enjoyed-not-recorded/disability-subsidy.js';
import { extremePovertyNotRecorded } from './enjoyed-not-recorded/extreme-poverty.js';
import { forestRangerNotRecorded } from './enjoyed-not-recorded/forest-ranger.js';
import { medicalInsuranceNotRecorded } from './enjoyed-not-recorded/medical-insurance.js';
import { microcreditNotRecorded } from './enjoyed-not-recorded/microcredit.js';
import { minimumLivingNotRecorded } from './enjoyed-not-recorded/minimum-living.js';
import { pensionNotRecorded } from './enjoyed-not-recorded/pension.js';
import { seriousIllnessNotRecorded } from './enjoyed-not-recorded/serious-illness-insurance.js';
import { enrolledNotRecorded } from './enrolment-mismatch/enrolled-not-recorded.js';
import { houseGradeMismatch } from './house-mismatch/grade.js';
import { renovationUnfinished } from './house-mismatch/renovation-unfinished.js';
import { renovationUnrecorded } from './house-mismatch/renovation-unrecorded.js';
import { houseSafetyMismatch } from './house-mismatch/safety.js';
import { headCountNotOne } from './household-head/head-count.js';
import { relationSexMismatch } from './household-head/relation-sex.js';
import { spouseSameSex } from './household-head/spouse-same-sex.js';
import { idBirthDateMismatch } from './id-birth-sex/birth-date.js';
import { idSexMismatch } from './id-birth-sex/sex.js';
import { idCheckDigit } from './id-checksum/check-digit.js';
import { idFormat } from './id-checksum/format.js';
import { idDuplicate } from './id-duplicate.js';
import { regionCodeFormat } from './id-region/format.js';
import { regionCodeUnknown } from './id-region/unknown-prefix.js';
import { netIncomeArithmetic } from './income-arithmetic/net-income.js';
import { perCapitaArithmetic } from './income-arithmetic/per-capita.js';
import { assistanceWithoutTransfer } from './measure-contradicts-income/assistance.js';
import { employmentWithoutWage } from './measure-contradicts-income/employment.js';
import { industryWithoutBusiness } from './measure-contradicts-income/industry.js';
import { monitoringPeriodInvalid } from './monitoring-period-invalid.js';
import { spotCheckAnswer } from './spot-check-mismatch/answer.js';
import { spotCheckUnknownItem } from './spot-check-mismatch/unknown-item.js';

/** National rules of category data-error (数据信息差错点). */
export const dataErrorRules: readonly RuleDefinition[] = [
  idFormat,
  idCheckDigit,
  idBirthDateMismatch,
  idSexMismatch,
  idDuplicate,
  regionCodeFormat,
  regionCodeUnknown,
  headCountNotOne,
  spouseSameSex,
  relationSexMismatch,
  childLabour,
  elderlySkilled,
  disabledLabourer,
  primaryAge,
  juniorAge,
  seniorAge,
  higherAge,
  preschoolAge,
  bothInsured,
  netIncomeArithmetic,
  perCapitaArithmetic,
  disabilityCause,
  illnessCause,
  labourCause,
  employmentWithoutWage,
  assistanceWithoutTransfer,
  industryWithoutBusiness,
  minimumLivingNotRecorded,
  extremePovertyNotRecorded,
  disabilitySubsidyNotRecorded,
  forestRangerNotRecorded,
  pensionNotRecorded,
  medicalInsuranceNotRecorded,
  seriousIllnessNotRecorded,
  microcreditNotRecorded,
  enrolledNotRecorded,
  houseSafetyMismatch,
  houseGradeMismatch,
  renovationUnfinished,
  renovationUnrecorded,
  deceased,
  movedOut,
  spotCheckAnswer,
  spotCheckUnknownItem,
  censusIssueOpen,
  monitoringPeriodInvalid,
];

import type { RuleCases } from '@duibiao/core';

import { assistanceMeasureCases } from './assistance-not-recorded/assistance-measure.cases.js';
import { disabilitySubsidyCases } from './assistance-not-recorded/disability-subsidy.cases.js';
import { noLabourNoAssistanceCases } from './assistance-not-recorded/no-labour-no-assistance.cases.js';
import { complaintClosedLateCases } from './complaint-overdue/closed-late.cases.js';
import { complaintOpenOverdueCases } from './complaint-overdue/open.cases.js';
import { dropoutCases } from './dropout.cases.js';
import { droppedOutCases } from './enrolment-mismatch/dropped-out.cases.js';
import { notOnRollCases } from './enrolment-mismatch/not-on-roll.cases.js';
import { incomeBelowLineCases } from './income-below-line.cases.js';
import { noPensionCases } from './no-pension.cases.js';
import { noSeriousIllnessInsuranceCases } from './no-serious-illness-insurance.cases.js';
import { disabilitySubsidyNotEnjoyedCases } from './recorded-not-enjoyed/disability-subsidy.cases.js';
import { extremePovertyNotEnjoyedCases } from './recorded-not-enjoyed/extreme-poverty.cases.js';
import { forestRangerNotEnjoyedCases } from './recorded-not-enjoyed/forest-ranger.cases.js';
import { medicalInsuranceNotEnjoyedCases } from './recorded-not-enjoyed/medical-insurance.cases.js';
import { microcreditNotEnjoyedCases } from './recorded-not-enjoyed/microcredit.cases.js';
import { minimumLivingNotEnjoyedCases } from './recorded-not-enjoyed/minimum-living.cases.js';
import { pensionNotEnjoyedCases } from './recorded-not-enjoyed/pension.cases.js';
import { seriousIllnessNotEnjoyedCases } from './recorded-not-enjoyed/serious-illness-insurance.cases.js';
import { shouldBeMonitoredCases } from './should-be-monitored.cases.js';
import { uninsuredMedicalCases } from './uninsured-medical.cases.js';
import { unsafeHouseCases } from './unsafe-house.cases.js';
import { waterLitresCases } from './unsafe-water/litres.cases.js';
import { waterNotSolvedCases } from './unsafe-water/not-solved.cases.js';
import { waterOutageCases } from './unsafe-water/outage.cases.js';
import { waterTripCases } from './unsafe-water/trip.cases.js';
import { broadbandCases } from './village-infrastructure/broadband.cases.js';
import { busCases } from './village-infrastructure/bus.cases.js';
import { cleanEnvironmentCases } from './village-infrastructure/clean-environment.cases.js';
import { clinicCases } from './village-infrastructure/clinic.cases.js';
import { doctorCases } from './village-infrastructure/doctor.cases.js';
import { industrialPowerCases } from './village-infrastructure/industrial-power.cases.js';
import { meterCases } from './village-infrastructure/meter.cases.js';
import { pavedRoadCases } from './village-infrastructure/paved-road.cases.js';
import { roadMaintenanceCases } from './village-infrastructure/road-maintenance.cases.js';
import { yuluMissingCases } from './yulu-missing.cases.js';
/**
 * Test cases of the national rules in policy-gaps.ts, by rule id: subjects on
 * which each rule must stay silent and subjects on which it must report.
 */
export const policyGapsCases: Readonly<Record<string, RuleCases>> = {
  'national/income-below-line': incomeBelowLineCases,
  'national/should-be-monitored': shouldBeMonitoredCases,
  'national/dropout': dropoutCases,
  'national/uninsured-medical': uninsuredMedicalCases,
  'national/no-serious-illness-insurance': noSeriousIllnessInsuranceCases,
  'national/unsafe-house': unsafeHouseCases,
  'national/unsafe-water/not-solved': waterNotSolvedCases,
  'national/unsafe-water/litres': waterLitresCases,
  'national/unsafe-water/trip': waterTripCases,
  'national/unsafe-water/outage': waterOutageCases,
  'national/no-pension': noPensionCases,
  'national/yulu-missing': yuluMissingCases,
  'national/assistance-not-recorded/assistance-measure': assistanceMeasureCases,
  'national/assistance-not-recorded/disability-subsidy': disabilitySubsidyCases,
  'national/assistance-not-recorded/no-labour-no-assistance':
    noLabourNoAssistanceCases,
  'national/village-infrastructure/clinic': clinicCases,
  'national/village-infrastructure/doctor': doctorCases,
  'national/village-infrastructure/paved-road': pavedRoadCases,
  'national/village-infrastructure/bus': busCases,
  'national/village-infrastructure/road-maintenance': roadMaintenanceCases,
  'national/village-infrastructure/industrial-power': industrialPowerCases,
  'national/village-infrastructure/meter': meterCases,
  'national/village-infrastructure/broadband': broadbandCases,
  'national/village-infrastructure/clean-environment': cleanEnvironmentCases,
  'national/recorded-not-enjoyed/minimum-living': minimumLivingNotEnjoyedCases,
  'national/recorded-not-enjoyed/extreme-poverty':
    extremePovertyNotEnjoyedCases,
  'national/recorded-not-enjoyed/disability-subsidy':
    disabilitySubsidyNotEnjoyedCases,
  'national/recorded-not-enjoyed/forest-ranger': forestRangerNotEnjoyedCases,
  'national/recorded-not-enjoyed/pension': pensionNotEnjoyedCases,
  'national/recorded-not-enjoyed/medical-insurance':
    medicalInsuranceNotEnjoyedCases,
  'national/recorded-not-enjoyed/serious-illness-insurance':
    seriousIllnessNotEnjoyedCases,
  'national/recorded-not-enjoyed/microcredit': microcreditNotEnjoyedCases,
  'national/enrolment-mismatch/not-on-roll': notOnRollCases,
  'national/enrolment-mismatch/dropped-out': droppedOutCases,
  'national/complaint-overdue/open': complaintOpenOverdueCases,
  'national/complaint-overdue/closed-late': complaintClosedLateCases,
};

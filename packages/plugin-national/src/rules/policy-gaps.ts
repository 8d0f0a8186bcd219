import type { RuleDefinition } from '@duibiao/core';

import { assistanceMeasure } from './assistance-not-recorded/assistance-measure.js';
import { disabilitySubsidy } from './assistance-not-recorded/disability-subsidy.js';
import { noLabourNoAssistance } from './assistance-not-recorded/no-labour-no-assistance.js';
import { complaintClosedLate } from './complaint-overdue/closed-late.js';
import { complaintOpenOverdue } from './complaint-overdue/open.js';
import { dropout } from './dropout.js';
import { droppedOut } from './enrolment-mismatch/dropped-out.js';
import { notOnRoll } from './enrolment-mismatch/not-on-roll.js';
import { incomeBelowLine } from './income-below-line.js';
import { noPension } from './no-pension.js';
import { noSeriousIllnessInsurance } from './no-serious-illness-insurance.js';
import { disabilitySubsidyNotEnjoyed } from './recorded-not-enjoyed/disability-subsidy.js';
import { extremePovertyNotEnjoyed } from './recorded-not-enjoyed/extreme-poverty.js';
import { forestRangerNotEnjoyed } from './recorded-not-enjoyed/forest-ranger.js';
import { medicalInsuranceNotEnjoyed } from './recorded-not-enjoyed/medical-insurance.js';
import { microcreditNotEnjoyed } from './recorded-not-enjoyed/microcredit.js';
import { minimumLivingNotEnjoyed } from './recorded-not-enjoyed/minimum-living.js';
import { pensionNotEnjoyed } from './recorded-not-enjoyed/pension.js';
import { seriousIllnessNotEnjoyed } from './recorded-not-enjoyed/serious-illness-insurance.js';
import { shouldBeMonitored } from './should-be-monitored.js';
import { uninsuredMedical } from './uninsured-medical.js';
import { unsafeHouse } from './unsafe-house.js';
import { waterLitres } from './unsafe-water/litres.js';
import { waterNotSolved } from './unsafe-water/not-solved.js';
import { waterOutage } from './unsafe-water/outage.js';
import { waterTrip } from './unsafe-water/trip.js';
import { broadband } from './village-infrastructure/broadband.js';
import { bus } from './village-infrastructure/bus.js';
import { cleanEnvironment } from './village-infrastructure/clean-environment.js';
import { clinic } from './village-infrastructure/clinic.js';
import { doctor } from './village-infrastructure/doctor.js';
import { industrialPower } from './village-infrastructure/industrial-power.js';
import { meter } from './village-infrastructure/meter.js';
import { pavedRoad } from './village-infrastructure/paved-road.js';
import { roadMaintenance } from './village-infrastructure/road-maintenance.js';
import { yuluMissing } from './yulu-missing.js';

/**
 * National rules of category policy-gap (政策落实漏点), in catalog order.
 */
export const policyGapRules: readonly RuleDefinition[] = [
  incomeBelowLine,
  shouldBeMonitored,
  dropout,
  uninsuredMedical,
  noSeriousIllnessInsurance,
  unsafeHouse,
  waterNotSolved,
  waterLitres,
  waterTrip,
  waterOutage,
  noPension,
  yuluMissing,
  assistanceMeasure,
  disabilitySubsidy,
  noLabourNoAssistance,
  clinic,
  doctor,
  pavedRoad,
  bus,
  roadMaintenance,
  industrialPower,
  meter,
  broadband,
  cleanEnvironment,
  minimumLivingNotEnjoyed,
  extremePovertyNotEnjoyed,
  disabilitySubsidyNotEnjoyed,
  forestRangerNotEnjoyed,
  pensionNotEnjoyed,
  medicalInsuranceNotEnjoyed,
  seriousIllnessNotEnjoyed,
  microcreditNotEnjoyed,
  notOnRoll,
  droppedOut,
  complaintOpenOverdue,
  complaintClosedLate,
];

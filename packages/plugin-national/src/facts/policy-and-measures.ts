import { hasAnyLabour } from './labour-capacity.js';
import { waterStandardLitres } from './water-standard.js';

/**
 * Facts the national policy-gap and measure-gap rules add to the shared
 * ones: `hasAnyLabour` (no-labour-no-assistance) and `waterStandardLitres`
 * (the standard stated by unsafe-water/litres).
 */
export const policyAndMeasureFacts = [
  hasAnyLabour,
  waterStandardLitres,
] as const;

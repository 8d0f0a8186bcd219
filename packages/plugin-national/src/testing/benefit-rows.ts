// Department rows for tests come from the SDK's fixtures.
export {
  assistanceRow,
  creditRow,
  disabilityRow,
  medicalRow,
  pensionRow,
  rangerRow,
  ROW_DATE,
} from '@duibiao/plugin-sdk';

// Follow-up rows for tests come from the SDK's fixtures.
export {
  censusIssue,
  complaint,
  HEAD_ID,
  loan,
  monitoringRow,
  project,
  spotCheck,
} from '@duibiao/plugin-sdk';

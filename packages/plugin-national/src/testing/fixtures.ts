// The clean records rule tests start from are the SDK's, so that the
// plugin's test cases and its vitest tests build the same households.
export {
  child,
  dataset,
  family,
  household,
  makeIdNumber,
  member,
  outsider,
  VILLAGE_CODE,
  village,
} from '@duibiao/plugin-sdk';

export { checkCases, ownRuleIds } from './check-cases.js';
export { compareRuleSets } from './compare-rule-sets.js';
export { definePlugin } from './define-plugin.js';
export { defineFact } from './define-fact.js';
export { defineParameter } from './define-parameter.js';
export { defineRule, ruleAuthoring } from './define-rule.js';
export {
  assistanceRow,
  creditRow,
  disabilityRow,
  medicalRow,
  pensionRow,
  rangerRow,
  ROW_DATE,
} from './fixtures/benefit-rows.js';
export {
  censusIssue,
  complaint,
  HEAD_ID,
  loan,
  monitoringRow,
  project,
  spotCheck,
} from './fixtures/follow-up-rows.js';
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
} from './fixtures/records.js';
export { JsonPluginError, pluginFromJson } from './json-plugin.js';
export { matchesFinding, pairFindings } from './match-findings.js';
export { RuleCaseError, RuleTester } from './rule-tester.js';
export { pluginsByName, ruleCatalogue } from './rule-catalogue.js';
export { ruleDocs, rulePagePath } from './rule-docs.js';
export { rulePage } from './rule-page.js';
export { CaseRunner, DEFAULT_AS_OF, testPlugin } from './test-plugin.js';

export type { CaseProblem } from './check-cases.js';
export type {
  CompareOptions,
  ParameterChange,
  RuleChange,
  RuleSetComparison,
} from './compare-rule-sets.js';
export type {
  BaseNames,
  NamesOf,
  PluginSpec,
  TypedPlugin,
} from './define-plugin.js';
export type { RuleAuthoring } from './define-rule.js';
export type {
  FactKey,
  FactName,
  FactsOf,
  FieldFactNames,
  NoNames,
  PluginNames,
  RegistryFactNames,
} from './names.js';
export type { Describe, It } from './rule-tester.js';
export type { JsonPluginOptions, JsonPluginProblem } from './json-plugin.js';
export type {
  CatalogueEntry,
  CatalogueParameter,
  RuleCatalogue,
} from './rule-catalogue.js';
export type { RuleExamples, RuleLogic } from './rule-page.js';
export type {
  CaseResult,
  PluginTestReport,
  RuleTestResult,
  TestOptions,
} from './test-plugin.js';
export type {
  ConditionMeta,
  ConditionValue,
  Spelled,
  TypedCondition,
  TypedFactCondition,
  TypedParameterReference,
  TypedRule,
  TypedTopLevelCondition,
} from './typed-rule.js';

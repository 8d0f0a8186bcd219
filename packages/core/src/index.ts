export { Checker, createChecker } from './engine/checker.js';
export { compareFindings } from './engine/finding-order.js';
export { diffFindings } from './engine/diff-findings.js';
export {
  compileRule,
  compileRuleSet,
  priorityOf,
} from './engine/compiled-evaluator.js';
export { createContext } from './engine/fact-context.js';
export { isParameterReference } from './engine/condition.js';
export { fieldFacts } from './engine/field-facts.js';
export { SUBJECT_KINDS } from './engine/types.js';
export { fingerprint } from './engine/fingerprint.js';
export { formatValue, renderMessage, templateNames } from './engine/message.js';
export { OPERATOR_NAMES, OPERATORS } from './engine/operators.js';
export { pickPath, valueInForce } from './engine/parameters.js';
export { readPath } from './engine/path.js';
export { ReferenceEvaluator } from './engine/reference-evaluator.js';
export { parameterData } from './engine/message-data.js';
export { loadRuleSet, sharedConditions } from './engine/rule-set.js';
export { FactSlots } from './engine/fact-slots.js';
export { SubjectFacts } from './engine/subject-facts.js';
export { countFindings } from './engine/summary.js';
export { DuibiaoError, FactError, RuleSetError } from './errors.js';
export { idCheckCharacter, readIdNumber } from './identity/id-number.js';
export { field } from './model/field.js';
export {
  blankValue,
  NONE_WORDS,
  readCell,
  SPREADSHEET_ERRORS,
} from './model/read-cell.js';
export {
  ACTIONS,
  CATEGORIES,
  FINDING_COLUMNS,
  findingSchema,
  INDICATORS,
  SEVERITIES,
} from './model/finding.js';
export {
  civilAffairs,
  credit,
  disability,
  education,
  employment,
  forestry,
  housing,
  medicalInsurance,
  pension,
  publicSecurity,
} from './model/department-lists.js';
export {
  censusIssues,
  complaints,
  monitoring,
  projects,
  spotChecks,
} from './model/follow-up-tables.js';
export {
  FINDING_STATUS_COLUMN,
  FINDING_STATUSES,
} from './model/finding-status.js';
export { households } from './model/household.js';
export { isListKey, LIST_KEYS, LISTS } from './model/lists.js';
export type {
  ListKey,
  ListRecords,
  ListSpec,
  ListTables,
} from './model/lists.js';
export type {
  CivilAffairsRecord,
  CreditRecord,
  DisabilityRecord,
  EducationRecord,
  EmploymentRecord,
  ForestryRecord,
  HousingRecord,
  MedicalInsuranceRecord,
  PensionRecord,
  PublicSecurityRecord,
} from './model/department-lists.js';
export type {
  CensusIssueRecord,
  ComplaintRecord,
  MonitoringRecord,
  ProjectRecord,
  SpotCheckRecord,
} from './model/follow-up-tables.js';
export {
  CATEGORY_LABELS,
  FINDING_STATUS_LABELS,
  INDICATOR_LABELS,
  SEVERITY_LABELS,
} from './model/labels.js';
export { members } from './model/member.js';
export { parseRecord, parseRow } from './model/parse-record.js';
export { defineTable } from './model/table.js';
export { villages } from './model/village.js';
export * as vocabulary from './model/vocabulary.js';
export {
  maskIdNumber,
  maskName,
  maskPhone,
  maskPrivateText,
} from './privacy.js';
export { RegionTable } from './regions/region-table.js';
export { ageOn, ageRangeOn } from './values/age.js';
export {
  addDays,
  compareDates,
  datePartsOf,
  daysBetween,
  daysInMonth,
  hasDay,
  isCalendarDate,
  isLeapYear,
  localDate,
  monthsBetween,
  monthsRangeBetween,
} from './values/calendar-date.js';
export { CELL_ERROR_CODES } from './values/cell-error-code.js';
export {
  isNumberRange,
  numberOrRange,
  testNumber,
} from './values/number-range.js';
export {
  FALSE_WORDS,
  isBlankCell,
  parseBoolean,
  parseDate,
  parseList,
  parseText,
  toHalfWidth,
  TRUE_WORDS,
} from './values/cells.js';
export { parseInteger, parseNumber, parseYear } from './values/number-cells.js';

export type {
  CheckerOptions,
  CheckOptions,
  EvaluatorKind,
  CheckResult,
  DecidedOutcome,
  DecidedUnknown,
  CheckStats,
  ListRejections,
  ListStats,
  Dataset,
  RuleStats,
} from './engine/checker.js';
export type {
  AllConditions,
  AnyConditions,
  Condition,
  ConditionReference,
  FactCondition,
  JsonValue,
  NotConditions,
  ParameterReference,
  TopLevelCondition,
} from './engine/condition.js';
export type {
  OperandKind,
  Operator,
  OperatorName,
  OperatorSpec,
} from './engine/operators.js';
export type { ResolvedParameter, SourcedValue } from './engine/parameters.js';
export type { Evaluator, RuleOutcome } from './engine/reference-evaluator.js';
export type {
  CompiledKind,
  CompiledRule,
} from './engine/compiled-evaluator.js';
export type {
  LoadedFact,
  LoadedRule,
  RuleSet,
  SkippedRule,
} from './engine/rule-set.js';
export type {
  DiffCounts,
  FindingsDiff,
  HasFindingId,
} from './engine/diff-findings.js';
export type { FindingCounts } from './engine/summary.js';
export type { DisabledRule, Replaced } from './engine/compose-rules.js';
export type {
  ExpectedFinding,
  InvalidCase,
  RuleCase,
  RuleCases,
  ValidCase,
} from './engine/rule-cases.js';
export type {
  CensusIssueSubject,
  ComplaintSubject,
  CountySubject,
  DatasetIndex,
  DatedValue,
  FactContext,
  FactDefinition,
  FactType,
  HouseholdSubject,
  ListLookups,
  LoanSubject,
  MemberSubject,
  MessageTemplate,
  ParameterDefinition,
  Plugin,
  ProjectSubject,
  RegistryPlace,
  RuleDeadline,
  RuleDefinition,
  RuleDisable,
  RuleReplacement,
  SpotCheckSubject,
  Subject,
  SubjectKind,
  SubjectOf,
  VillageSubject,
} from './engine/types.js';
export type {
  FactSql,
  FactSqlContext,
  RelatedRows,
  SqlDatasetIndex,
  SqlFunctions,
} from './engine/fact-sql-types.js';
export type { DuibiaoErrorCode, LoadProblem } from './errors.js';
export type { IdNumberInfo } from './identity/id-number.js';
export type {
  BlankMeaning,
  FieldKind,
  FieldOptions,
  FieldSpec,
  OptionalField,
  OptionalNullable,
} from './model/field.js';
export type {
  Action,
  Category,
  Finding,
  Indicator,
  Severity,
} from './model/finding.js';
export type { FindingStatus } from './model/finding-status.js';
export type { Household } from './model/household.js';
export type { Member } from './model/member.js';
export type { CellProblem, RecordResult } from './model/parse-record.js';
export type {
  ExtraColumns,
  FieldMap,
  RecordSchema,
  TableSpec,
} from './model/table.js';
export type { Village } from './model/village.js';
export type { CalendarDate, DateParts } from './values/calendar-date.js';
export type { CellErrorCode } from './values/cell-error-code.js';
export type { CellResult, RawCell } from './values/cells.js';
export type { NumberRange } from './values/number-range.js';

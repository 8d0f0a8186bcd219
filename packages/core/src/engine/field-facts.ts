import type { FieldKind, FieldSpec } from '../model/field.js';
import { credit } from '../model/department-lists.js';
import {
  censusIssues,
  complaints,
  projects,
  spotChecks,
} from '../model/follow-up-tables.js';
import { households } from '../model/household.js';
import { members } from '../model/member.js';
import type { FieldMap, TableSpec } from '../model/table.js';
import { villages } from '../model/village.js';
import type {
  FactDefinition,
  FactType,
  Subject,
  SubjectKind,
} from './types.js';

const TYPES: Record<FieldKind, FactType> = {
  key: 'string',
  text: 'string',
  'id-number': 'string',
  code: 'string',
  enum: 'string',
  list: 'list',
  boolean: 'boolean',
  number: 'number',
  year: 'number',
  date: 'date',
};

type Record_ = Record<string, unknown> | undefined;
type Pick = (subject: Subject) => Record_;

const pickers = {
  household: (subject: Subject): Record_ =>
    'household' in subject ? subject.household : undefined,
  member: (subject: Subject): Record_ =>
    'member' in subject ? subject.member : undefined,
  village: (subject: Subject): Record_ =>
    'village' in subject ? subject.village : undefined,
  loan: (subject: Subject): Record_ =>
    subject.kind === 'loan' ? subject.loan : undefined,
  project: (subject: Subject): Record_ =>
    subject.kind === 'project' ? subject.project : undefined,
  complaint: (subject: Subject): Record_ =>
    subject.kind === 'complaint' ? subject.complaint : undefined,
  censusIssue: (subject: Subject): Record_ =>
    subject.kind === 'censusIssue' ? subject.issue : undefined,
  spotCheck: (subject: Subject): Record_ =>
    subject.kind === 'spotCheck' ? subject.check : undefined,
};

/** The registry records a row of a department or follow-up table is tied to. */
function registryFacts(kind: SubjectKind): FactDefinition[] {
  return [
    ...factsOf(kind, members, 'member.', pickers.member),
    ...factsOf(kind, households, 'household.', pickers.household),
    ...factsOf(kind, villages, 'village.', pickers.village),
  ];
}

/**
 * Every field of the tables is a fact of the subjects that can see it: on a
 * member, `birthDate` and `household.measures`; on a household,
 * `perCapitaNetIncome` and `village.povertyVillage`; on a village,
 * `broadband`; on a loan, `amount` and `member.relation` of its borrower;
 * on a project, `fundsArrived` and `village.name`. The value is the parsed
 * field: `undefined` when unknown.
 *
 * @returns The field facts of every subject kind.
 */
export function fieldFacts(): FactDefinition[] {
  return [
    ...factsOf('member', members, '', pickers.member),
    ...factsOf('member', households, 'household.', pickers.household),
    ...factsOf('member', villages, 'village.', pickers.village),
    ...factsOf('household', households, '', pickers.household),
    ...factsOf('household', villages, 'village.', pickers.village),
    ...factsOf('village', villages, '', pickers.village),
    ...factsOf('loan', credit, '', pickers.loan),
    ...registryFacts('loan'),
    ...factsOf('project', projects, '', pickers.project),
    ...factsOf('project', villages, 'village.', pickers.village),
    ...factsOf('complaint', complaints, '', pickers.complaint),
    ...registryFacts('complaint'),
    ...factsOf('censusIssue', censusIssues, '', pickers.censusIssue),
    ...registryFacts('censusIssue'),
    ...factsOf('spotCheck', spotChecks, '', pickers.spotCheck),
    ...registryFacts('spotCheck'),
  ];
}

function factsOf<F extends FieldMap>(
  subject: SubjectKind,
  table: TableSpec<F>,
  prefix: string,
  pick: Pick,
): FactDefinition[] {
  return Object.entries(table.fields).map(
    ([key, spec]: [string, FieldSpec]) => ({
      name: `${prefix}${key}`,
      subject,
      type: TYPES[spec.kind],
      description: `${spec.header}: ${spec.description}`,
      inputs: [`${table.key}.${key}`],
      compute: (value: Subject) => pick(value)?.[key],
      sql: (q) => q.column(table.key, key),
    }),
  );
}

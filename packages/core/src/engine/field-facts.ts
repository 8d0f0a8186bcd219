import type { FieldKind, FieldSpec } from '../model/field.js';
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
    subject.kind === 'village' ? undefined : subject.household,
  member: (subject: Subject): Record_ =>
    subject.kind === 'member' ? subject.member : undefined,
  village: (subject: Subject): Record_ =>
    subject.kind === 'village' ? subject.village : subject.village,
};

/**
 * Every field of the tables is a fact of the subjects that can see it: on a
 * member, `birthDate` and `household.measures`; on a household,
 * `perCapitaNetIncome` and `village.povertyVillage`; on a village,
 * `broadband`. The value is the parsed field: `undefined` when unknown.
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
    }),
  );
}

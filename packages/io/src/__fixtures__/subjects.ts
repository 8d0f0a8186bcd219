import { SUBJECT_KINDS, type SubjectKind } from '@duibiao/core';

/** Subject counts with every kind at 0. */
export function noSubjects(): Record<SubjectKind, number> {
  return Object.fromEntries(SUBJECT_KINDS.map((kind) => [kind, 0])) as Record<
    SubjectKind,
    number
  >;
}

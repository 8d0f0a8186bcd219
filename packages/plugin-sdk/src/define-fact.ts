import type { FactDefinition, SubjectKind } from '@duibiao/core';

/**
 * Defines a fact, keeping its name and subject kind as literal types so
 * that rules naming it are checked by the compiler.
 *
 * @param fact - The fact: name, subject kind, type, description, the
 * fields it reads, and its computation.
 * @returns The same fact.
 * @throws {TypeError} When the name is empty or starts with `$`, or the
 * computation is not a function.
 * @example
 * const retired = defineFact({
 *   name: 'retired',
 *   subject: 'member',
 *   type: 'boolean',
 *   description: 'Whether the member draws an employee pension.',
 *   inputs: ['members.employeePension'],
 *   compute: (subject) => subject.member.employeePension,
 * });
 */
export function defineFact<const N extends string, K extends SubjectKind>(
  fact: FactDefinition<K> & {
    /** The fact's name, kept as a literal type. */
    name: N;
    /** The kind of subject it describes, kept as a literal type. */
    subject: K;
  },
): FactDefinition<K> & {
  /** The fact's name, as a literal type. */
  name: N;
  /** The kind of subject it describes, as a literal type. */
  subject: K;
} {
  if (typeof fact.name !== 'string' || !/^[A-Za-z][\w.]*$/.test(fact.name)) {
    throw new TypeError(
      `a fact's name must start with a letter and hold letters, digits, _ and ., not ${JSON.stringify(fact.name)}`,
    );
  }
  if (typeof fact.compute !== 'function') {
    throw new TypeError(
      `fact ${fact.name}: compute must be a function, not ${typeof fact.compute}`,
    );
  }

  return fact;
}

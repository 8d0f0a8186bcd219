import { FactError } from '../errors.js';
import type { JsonValue } from './condition.js';
import type { LoadedFact } from './rule-set.js';
import type { FactContext, Subject } from './types.js';

const THREW = Symbol('threw');

interface Thrown {
  [THREW]: FactError;
}

/**
 * The facts of one subject, each computed at most once per set of params
 * and shared by every rule. A fact that throws is remembered as thrown, so
 * every rule that reads it gets the same error.
 */
export class SubjectFacts {
  readonly subject: Subject;
  readonly #facts: ReadonlyMap<string, LoadedFact>;
  readonly #context: FactContext;
  readonly #cache = new Map<string, unknown>();

  /**
   * @param subject - The subject.
   * @param facts - The facts of its kind, by name.
   * @param context - Reference date, parameters and look-ups.
   */
  constructor(
    subject: Subject,
    facts: ReadonlyMap<string, LoadedFact>,
    context: FactContext,
  ) {
    this.subject = subject;
    this.#facts = facts;
    this.#context = context;
  }

  /**
   * A fact's value: `undefined` when unknown.
   *
   * @param name - The fact.
   * @param params - Arguments from the condition.
   * @returns The value.
   * @throws {FactError} When the fact's function throws.
   */
  get(name: string, params: Readonly<Record<string, JsonValue>> = {}): unknown {
    const key = Object.keys(params).length === 0 ? name : `${name} ${JSON.stringify(params)}`;
    if (!this.#cache.has(key)) this.#cache.set(key, this.#compute(name, params));

    const value = this.#cache.get(key);
    if (isThrown(value)) throw value[THREW];

    return value;
  }

  /**
   * The fields behind an unknown fact that are blank on this subject, as
   * `table.field`; when none of them is, the fact's own name.
   *
   * @param name - A fact that was unknown.
   * @returns The missing fields.
   */
  missingInputs(name: string): string[] {
    const fact = this.#facts.get(name);
    const blank = (fact?.inputs ?? []).filter(
      (input) =>
        !this.#context.hasTable(input.split('.')[0] ?? '') ||
        isBlankInput(this.subject, input),
    );

    return blank.length > 0 ? blank : [name];
  }

  #compute(name: string, params: Readonly<Record<string, JsonValue>>): unknown {
    const fact = this.#facts.get(name);
    if (!fact) return { [THREW]: new FactError(name, 'unknown', new Error('no such fact')) };

    // A fact that reads a table that was not provided is unknown, whatever
    // its function would make of the missing rows.
    const absent = fact.inputs.some((input) => !this.#context.hasTable(input.split('.')[0] ?? ''));
    if (absent) return undefined;

    try {
      const value = fact.compute(this.subject as never, this.#context, params);
      return Number.isNaN(value) ? undefined : value;
    } catch (error) {
      return { [THREW]: new FactError(name, fact.source, error) };
    }
  }
}

function isThrown(value: unknown): value is Thrown {
  return typeof value === 'object' && value !== null && THREW in value;
}

function isBlankInput(subject: Subject, input: string): boolean {
  const [table, field = ''] = input.split('.');
  const blank = (record: Record<string, unknown> | undefined) =>
    record === undefined || record[field] === undefined;

  if (subject.kind === 'village') {
    if (table === 'villages') return blank(subject.village);
    if (table === 'households') return subject.households.some(blank);
    return false;
  }
  if (table === 'households') return blank(subject.household);
  if (table === 'villages') return blank(subject.village);
  if (table !== 'members') return false;

  // A member's own facts read its own fields; a household's facts read
  // every member's.
  return subject.kind === 'member' ? blank(subject.member) : subject.members.some(blank);
}

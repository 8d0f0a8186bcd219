import { FactError } from '../errors.js';
import { isNumberRange } from '../values/number-range.js';
import type { JsonValue } from './condition.js';
import type { LoadedFact } from './rule-set.js';
import type { FactContext, Subject } from './types.js';

const THREW = Symbol('threw');

const NO_PARAMS: Readonly<Record<string, JsonValue>> = Object.freeze({});

/**
 * The key a fact's value is cached under: its name, followed by its
 * params as JSON when it has any.
 *
 * @param name - The fact.
 * @param params - Its arguments.
 * @returns The key.
 */
export function cacheKey(
  name: string,
  params: Readonly<Record<string, JsonValue>>,
): string {
  return Object.keys(params).length === 0
    ? name
    : `${name} ${JSON.stringify(params)}`;
}

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
   * @param key - The cache key of name and params, when the caller has
   * worked it out once (`name`, or `name` and the params as JSON).
   * @returns The value.
   * @throws {FactError} When the fact's function throws.
   */
  get(
    name: string,
    params: Readonly<Record<string, JsonValue>> = NO_PARAMS,
    key: string = cacheKey(name, params),
  ): unknown {
    let value = this.#cache.get(key);
    if (value === undefined && !this.#cache.has(key)) {
      value = this.#compute(name, params);
      this.#cache.set(key, value);
    }
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
    const inputs = this.#facts.get(name)?.inputs ?? [];
    const unseen = inputs.filter((input) => this.#unseen(input));
    if (unseen.length > 0)
      return unseen.map((input) => this.#unseenLabel(input));

    // Fields that are not blank can still leave a fact open (a birth date
    // known only to the month gives an age range); then every field the
    // fact reads is named.
    const blank = inputs.filter((input) => isBlankInput(this.subject, input));
    if (blank.length > 0 && !isNumberRange(this.#cache.get(name))) return blank;

    return inputs.length > 0 ? [...inputs] : [name];
  }

  /** Whether an input's rows were not all seen: absent table, rejected rows. */
  #unseen(input: string): boolean {
    const table = input.split('.')[0] ?? '';
    if (!this.#context.hasTable(table)) return true;

    return this.subject.kind === 'household' && table === 'members'
      ? !this.#context.hasAllMembers(this.subject.household.householdId)
      : false;
  }

  #unseenLabel(input: string): string {
    const table = input.split('.')[0] ?? '';

    return this.#context.hasTable(table)
      ? `${table} (a row was rejected)`
      : `${table} (no file)`;
  }

  #compute(name: string, params: Readonly<Record<string, JsonValue>>): unknown {
    const fact = this.#facts.get(name);
    if (!fact)
      return {
        [THREW]: new FactError(name, 'unknown', new Error('no such fact')),
      };

    // A fact that reads a table that was not provided, or the members of a
    // household some of whose member rows were rejected, is unknown,
    // whatever its function would make of the rows it sees.
    if (fact.inputs.some((input) => this.#unseen(input))) return undefined;

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
  return subject.kind === 'member'
    ? blank(subject.member)
    : subject.members.some(blank);
}

import type { JsonValue } from './condition.js';
import type { LoadedFact } from './rule-set.js';

/** @internal */
export const NO_PARAMS: Readonly<Record<string, JsonValue>> = Object.freeze({});

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

/** What a slot holds before its fact is computed. @internal */
export const NOT_YET = Symbol('not yet computed');

/**
 * Numbered places for the facts of one subject kind, worked out once per
 * rule set: every fact without params, and every fact-and-params a
 * condition reads. A subject's values then live in an array, not a map,
 * and what each fact needs from the tables is known in advance.
 */
export class FactSlots {
  readonly #slots = new Map<string, number>();
  readonly #names: string[] = [];
  readonly #params: Readonly<Record<string, JsonValue>>[] = [];
  readonly #tables: string[][] = [];
  readonly #facts: ReadonlyMap<string, LoadedFact>;
  #blank: unknown[] = [];

  /**
   * @param facts - The facts of the kind, by name.
   */
  constructor(facts: ReadonlyMap<string, LoadedFact>) {
    this.#facts = facts;
    for (const name of facts.keys()) this.add(name, NO_PARAMS);
  }

  /**
   * The slot of a fact with params, added when new.
   *
   * @param name - The fact.
   * @param params - Its arguments.
   * @param key - The key its value is cached under: the name, followed
   * by the params as JSON when there are any.
   * @returns The slot number.
   */
  add(
    name: string,
    params: Readonly<Record<string, JsonValue>>,
    key: string = cacheKey(name, params),
  ): number {
    const known = this.#slots.get(key);
    if (known !== undefined) return known;

    const slot = this.#names.length;
    const inputs = this.#facts.get(name)?.inputs ?? [];
    const tables = [...new Set(inputs.map((input) => tableOf(input)))];
    this.#slots.set(key, slot);
    this.#names.push(name);
    this.#params.push(params);
    this.#tables.push(tables);
    this.#blank = this.#names.map(() => NOT_YET);

    return slot;
  }

  /** @internal */
  slotOf(key: string): number | undefined {
    return this.#slots.get(key);
  }

  /** @internal */
  blank(): unknown[] {
    return this.#blank.slice();
  }

  /** @internal */
  nameOf(slot: number): string {
    return this.#names[slot] as string;
  }

  /** @internal */
  paramsOf(slot: number): Readonly<Record<string, JsonValue>> {
    return this.#params[slot] as Readonly<Record<string, JsonValue>>;
  }

  /** @internal */
  tablesOf(slot: number): readonly string[] {
    return this.#tables[slot] as string[];
  }
}

/**
 * Each input's table, made once: the inputs are the facts' own strings,
 * and a table name cut from one afresh would be hashed again by every
 * look-up it goes to (millions, counting the blank fields of unknown
 * outcomes).
 */
const tables = new Map<string, string>();

/**
 * The table an input names: `education` of `education.status`.
 *
 * @internal
 */
export function tableOf(input: string): string {
  let table = tables.get(input);
  if (table === undefined) {
    const dot = input.indexOf('.');
    table = dot < 0 ? input : input.slice(0, dot);
    tables.set(input, table);
  }

  return table;
}

import { FactError } from '../errors.js';
import { isListKey, type ListKey, LISTS } from '../model/lists.js';
import { isNumberRange } from '../values/number-range.js';
import { isBlankInput, isBlankText } from './blank-input.js';
import type { JsonValue } from './condition.js';
import {
  cacheKey,
  FactSlots,
  NO_PARAMS,
  NOT_YET,
  tableOf,
} from './fact-slots.js';
import type { LoadedFact } from './rule-set.js';
import { blankInputs, pick, unseenLabelLists } from './input-lists.js';
import type { FactContext, Subject } from './types.js';

/** What a fact that threw leaves in its place, so every reader gets the error. */
class Thrown {
  readonly error: FactError;

  constructor(error: FactError) {
    this.error = error;
  }
}

const shared = new WeakMap<ReadonlyMap<string, LoadedFact>, FactSlots>();

/**
 * The facts of one subject, each computed at most once per set of params
 * and shared by every rule. A fact that throws is remembered as thrown, so
 * every rule that reads it gets the same error.
 */
export class SubjectFacts {
  /** The subject the facts describe. */
  readonly subject: Subject;
  readonly #facts: ReadonlyMap<string, LoadedFact>;
  readonly #context: FactContext;
  readonly #slots: FactSlots;
  readonly #values: unknown[];
  #cache: Map<string, unknown> | undefined;
  #membersSeen: boolean | undefined;

  /**
   * @param subject - The subject.
   * @param facts - The facts of its kind, by name.
   * @param context - Reference date, parameters and look-ups.
   * @param slots - Numbered places for the facts, when the caller made
   * them (a compiled rule set does); else made once per facts map.
   */
  constructor(
    subject: Subject,
    facts: ReadonlyMap<string, LoadedFact>,
    context: FactContext,
    slots?: FactSlots,
  ) {
    this.subject = subject;
    this.#facts = facts;
    this.#context = context;
    let table = slots ?? shared.get(facts);
    if (!table) {
      table = new FactSlots(facts);
      shared.set(facts, table);
    }
    this.#slots = table;
    this.#values = table.blank();
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
    const slot = this.#slots.slotOf(key);
    if (slot !== undefined) return this.at(slot);

    this.#cache ??= new Map();
    let value = this.#cache.get(key);
    if (value === undefined && !this.#cache.has(key)) {
      value = this.#compute(name, params, this.#unseenInputs(name));
      this.#cache.set(key, value);
    }
    if (value instanceof Thrown) throw value.error;

    return value;
  }

  /**
   * A fact's value by its slot in the rule set's {@link FactSlots}.
   *
   * @param slot - The slot.
   * @returns The value; `undefined` when unknown.
   * @throws {FactError} When the fact's function throws.
   */
  at(slot: number): unknown {
    const value = this.#values[slot];
    // Computed values are read straight from the array; a value not yet
    // computed, a fact that threw, a slot added after this subject's values
    // were laid out, and unknown values take the longer way.
    if (value === NOT_YET || value === undefined || value instanceof Thrown)
      return this.#settle(slot);

    return value;
  }

  #settle(slot: number): unknown {
    let value = slot < this.#values.length ? this.#values[slot] : NOT_YET;
    if (value === NOT_YET) {
      const slots = this.#slots;
      const unseen = slots
        .tablesOf(slot)
        .some((table) => this.#unseenTable(table));
      value = this.#compute(slots.nameOf(slot), slots.paramsOf(slot), unseen);
      this.#values[slot] = value;
    }
    if (value instanceof Thrown) throw value.error;

    return value;
  }

  /**
   * The fields behind an unknown fact that are blank on this subject, as
   * `table.field`; when none of them is, the fact's own name.
   *
   * @param name - A fact that was unknown.
   * @param range - Whether its value is a range of numbers, for a caller
   * that knows it without the fact computed (an outcome decided in SQL);
   * by default the computed value tells.
   * @returns The missing fields (an array shared between calls that give
   * the same: do not change it).
   */
  missingInputs(name: string, range?: boolean): readonly string[] {
    const inputs = this.#facts.get(name)?.inputs ?? [];
    const absent = this.#absentLabels(name, inputs);
    if (absent) return absent;
    const unseen = pick(
      unseenLabelLists(this.#context, inputs),
      inputs,
      (input) => this.#unseen(input),
      (input) => this.#unseenLabel(tableOf(input)),
    );
    if (unseen) return unseen;

    // Fields that are not blank can still leave a fact open (a birth date
    // known only to the month gives an age range); then every field the
    // fact reads is named.
    const blank = pick(
      blankInputs(inputs),
      inputs,
      (input) => isBlankInput(this.subject, input),
      (input) => input,
    );
    if (blank && !(range ?? isNumberRange(this.#peek(name)))) return blank;

    return inputs.length > 0 ? inputs : [name];
  }

  /**
   * The labels of a fact's input tables when they are the same for every
   * subject: some table has no file, and every other is one whose rows
   * are seen or not whatever the subject (no list, no household's
   * members). Made once a check: an absent department list makes its
   * facts unknown for every member, millions of times in a province.
   */
  #absentLabels(
    name: string,
    inputs: readonly string[],
  ): readonly string[] | undefined {
    let byKind = absentLabels.get(this.#context);
    if (!byKind) {
      byKind = new Map();
      absentLabels.set(this.#context, byKind);
    }
    const kind = this.subject.kind;
    let byFact = byKind.get(kind);
    if (!byFact) {
      byFact = new Map();
      byKind.set(kind, byFact);
    }
    let labels = byFact.get(name);
    if (labels === undefined) {
      const tables = inputs.map(tableOf);
      const fixed = tables.every(
        (table) =>
          !this.#context.hasTable(table) ||
          (!isListKey(table) && !(table === 'members' && kind === 'household')),
      );
      labels =
        fixed && tables.some((table) => !this.#context.hasTable(table))
          ? tables
              .filter((table) => !this.#context.hasTable(table))
              .map((table) => this.#unseenLabel(table))
          : null;
      byFact.set(name, labels);
    }

    return labels ?? undefined;
  }

  /** The value of a fact without params, if computed; never computes. */
  #peek(name: string): unknown {
    const slot = this.#slots.slotOf(name);
    const value =
      slot === undefined ? this.#cache?.get(name) : this.#values[slot];

    return value === NOT_YET ? undefined : value;
  }

  /** Whether an input's rows were not all seen: absent table, rejected rows. */
  #unseen(input: string): boolean {
    return this.#unseenTable(tableOf(input));
  }

  /** Whether a table's rows for this subject were not all seen. */
  #unseenTable(table: string): boolean {
    return (
      !this.#context.hasTable(table) ||
      (table === 'members' && !this.#membersAllSeen()) ||
      (isListKey(table) && !this.#listComplete(table))
    );
  }

  /**
   * Whether a list's rows about this subject were all read: none of them
   * rejected, and no rejected row that could be anyone's. The people or
   * households looked for are those the list is linked by: a member's ID
   * number, a household's members' ID numbers or its 户编号, a village's
   * or county's households.
   */
  #listComplete(list: ListKey): boolean {
    const linkedBy = LISTS[list].linkedBy;
    if (linkedBy === null) return true;

    return this.#context.lists.complete(list, linkKeys(this.subject, linkedBy));
  }

  #unseenInputs(name: string): boolean {
    const inputs = this.#facts.get(name)?.inputs ?? [];

    return inputs.some((input) => this.#unseen(input));
  }

  /**
   * Whether every member row of a household subject was read; true for
   * other subjects, whose member facts read their own row.
   */
  #membersAllSeen(): boolean {
    if (this.subject.kind !== 'household') return true;

    this.#membersSeen ??= this.#context.hasAllMembers(
      this.subject.household.householdId,
    );
    return this.#membersSeen;
  }

  #unseenLabel(table: string): string {
    const why: Why = this.#context.hasTable(table)
      ? 'a row was rejected'
      : isListKey(table) && this.#context.lists.provided(table)
        ? 'no rows in force'
        : 'no file';

    return labelOf(table, why);
  }

  #compute(
    name: string,
    params: Readonly<Record<string, JsonValue>>,
    unseen: boolean,
  ): unknown {
    const fact = this.#facts.get(name);
    if (!fact)
      return new Thrown(
        new FactError(name, 'unknown', new Error('no such fact')),
      );

    // A fact that reads a table that was not provided, or the members of a
    // household some of whose member rows were rejected, is unknown,
    // whatever its function would make of the rows it sees.
    if (unseen) return undefined;

    try {
      const value = fact.compute(this.subject as never, this.#context, params);
      return factValue(value, name, fact.source);
    } catch (error) {
      return new Thrown(new FactError(name, fact.source, error));
    }
  }
}

/**
 * A computed value as rules see it. `NaN` and blank text are unknown, as
 * a blank cell is, so that no negated comparison (`notEqual`, `notIn`)
 * takes them for a value. A promise is a mistake of the plugin: facts are
 * computed synchronously, and json-rules-engine would await it where the
 * compiled path cannot, so it is an error of the rules that read the fact.
 */
function factValue(value: unknown, name: string, source: string): unknown {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'string') return isBlankText(value) ? undefined : value;
  if (!isThenable(value)) return value;

  // Its rejection, if any, is this error: it must not go unhandled.
  Promise.resolve(value).catch(() => undefined);
  const reason = new TypeError(
    'it returned a promise; a fact must compute its value synchronously (no async compute)',
  );
  return new Thrown(new FactError(name, source, reason));
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

type Why = 'a row was rejected' | 'no rows in force' | 'no file';

const labels = new Map<string, Map<Why, string>>();

/** {@link SubjectFacts}'s labels of facts' absent tables, by check, kind and fact. */
const absentLabels = new WeakMap<
  FactContext,
  Map<string, Map<string, readonly string[] | null>>
>();

/** `table (why)`, made once: unknown outcomes name it millions of times. */
function labelOf(table: string, why: Why): string {
  let byWhy = labels.get(table);
  if (!byWhy) {
    byWhy = new Map();
    labels.set(table, byWhy);
  }
  let label = byWhy.get(why);
  if (label === undefined) {
    label = `${table} (${why})`;
    byWhy.set(why, label);
  }

  return label;
}

/** The ID numbers or 户编号 by which a list's rows would name a subject. */
function linkKeys(
  subject: Subject,
  linkedBy: 'idNumber' | 'householdId',
): string[] {
  const keys: (string | undefined)[] = [];
  switch (subject.kind) {
    case 'member':
      keys.push(subject.member[linkedBy]);
      break;
    case 'household':
      if (linkedBy === 'householdId') keys.push(subject.household.householdId);
      else keys.push(...subject.members.map((member) => member.idNumber));
      break;
    case 'village':
    case 'county':
      if (linkedBy === 'householdId')
        keys.push(...subject.households.map((h) => h.householdId));
      break;
    case 'project':
      break;
    default:
      keys.push(
        linkedBy === 'idNumber'
          ? subject.member?.idNumber
          : subject.household?.householdId,
      );
  }

  return keys.filter((key): key is string => key !== undefined);
}

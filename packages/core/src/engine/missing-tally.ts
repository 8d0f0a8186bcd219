import type { RuleStats } from './check-types.js';

/** A step of {@link MissingTally}'s interning: lists of fields so far. */
interface Joined {
  fields?: readonly string[];
  readonly next: Map<readonly string[], Joined>;
}

/**
 * The blank fields behind each rule's unknown outcomes, counted by list:
 * an outcome names the fields of each fact it was unknown on, lists that
 * `SubjectFacts.missingInputs` shares between subjects, so a million
 * outcomes come down to a few lists. Counting a list, not its fields,
 * costs a lookup or two an outcome; the fields are counted once, at the
 * end ({@link MissingTally.stats}).
 */
export class MissingTally {
  readonly #counts = new Map<RuleStats, Map<readonly string[], number>>();
  readonly #joined: Joined = { next: new Map() };

  /**
   * Notes one unknown outcome of a rule.
   *
   * @param stats - The rule's stats.
   * @param lists - The blank fields of each fact it was unknown on, each list shared.
   */
  add(stats: RuleStats, lists: readonly (readonly string[])[]): void {
    const fields = lists.length === 1 ? lists[0] : this.#join(lists);
    if (fields === undefined) return;
    let counts = this.#counts.get(stats);
    if (!counts) this.#counts.set(stats, (counts = new Map()));
    counts.set(fields, (counts.get(fields) ?? 0) + 1);
  }

  /**
   * A rule's stats with its blank fields counted, each field once an
   * outcome, in name order.
   *
   * @param stats - The rule's stats as the check left them.
   * @returns The stats with `missing` filled in.
   */
  stats(stats: RuleStats): RuleStats {
    const counts: Record<string, number> = { ...stats.missing };
    for (const [fields, outcomes] of this.#counts.get(stats) ?? []) {
      for (let i = 0; i < fields.length; i += 1) {
        const field = fields[i] as string;
        if (fields.indexOf(field) !== i) continue;
        counts[field] = (counts[field] ?? 0) + outcomes;
      }
    }
    const missing: Record<string, number> = {};
    for (const name of Object.keys(counts).sort())
      missing[name] = counts[name] as number;

    return { ...stats, missing };
  }

  /** The lists joined into one, the same list for the same lists. */
  #join(lists: readonly (readonly string[])[]): readonly string[] {
    let step = this.#joined;
    for (const list of lists) {
      let next = step.next.get(list);
      if (!next) step.next.set(list, (next = { next: new Map() }));
      step = next;
    }
    step.fields ??= lists.flat();

    return step.fields;
  }
}

import type { FactContext } from './types.js';

/*
 * The lists of fields SubjectFacts.missingInputs names for an unknown
 * fact, each a subset of the fact's inputs picked by a bit mask and made
 * once: a check counts the blank fields of its unknown outcomes by list
 * (MissingTally), so shared lists keep that to a lookup an outcome.
 */

/**
 * The inputs for which `test` holds, each as `item` makes it; the same
 * list (made once, kept in `made` by the bit mask of those inputs) for
 * the same inputs. A fact with more inputs than a mask holds gets a fresh
 * list each time.
 *
 * @param made - The lists made so far for these inputs.
 * @param inputs - A fact's inputs.
 * @param test - Which inputs to pick.
 * @param item - What to list for an input picked.
 * @returns The list, or `undefined` when no input is picked.
 */
export function pick(
  made: Map<number, readonly string[]>,
  inputs: readonly string[],
  test: (input: string) => boolean,
  item: (input: string) => string,
): readonly string[] | undefined {
  if (inputs.length > 30) {
    const list = inputs.filter(test).map(item);
    return list.length > 0 ? list : undefined;
  }
  let mask = 0;
  for (let i = 0; i < inputs.length; i += 1)
    if (test(inputs[i] as string)) mask |= 1 << i;
  if (mask === 0) return undefined;
  let list = made.get(mask);
  if (list === undefined) {
    list = inputs.filter((_, i) => (mask & (1 << i)) !== 0).map(item);
    made.set(mask, list);
  }

  return list;
}

const blankLists = new WeakMap<
  readonly string[],
  Map<number, readonly string[]>
>();

/**
 * The lists of blank inputs made for a fact's inputs, by mask.
 *
 * @param inputs - The fact's inputs (its definition's array).
 * @returns The lists, by mask.
 */
export function blankInputs(
  inputs: readonly string[],
): Map<number, readonly string[]> {
  let lists = blankLists.get(inputs);
  if (!lists) blankLists.set(inputs, (lists = new Map()));

  return lists;
}

/** The lists of unseen-table labels, by check (their labels depend on it). */
const unseenLabels = new WeakMap<
  FactContext,
  WeakMap<readonly string[], Map<number, readonly string[]>>
>();

/**
 * The lists of unseen-table labels made for a fact's inputs in a check.
 *
 * @param context - The check's fact context.
 * @param inputs - The fact's inputs (its definition's array).
 * @returns The lists, by mask.
 */
export function unseenLabelLists(
  context: FactContext,
  inputs: readonly string[],
): Map<number, readonly string[]> {
  let byInputs = unseenLabels.get(context);
  if (!byInputs) unseenLabels.set(context, (byInputs = new WeakMap()));
  let lists = byInputs.get(inputs);
  if (!lists) byInputs.set(inputs, (lists = new Map()));

  return lists;
}

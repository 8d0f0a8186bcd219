/** A mistake in a plugin's own fields, with where it is. */
export interface PluginSpecProblem {
  /** A path into the plugin: `regions[1]`, `disables[0].ruleId`. */
  path: string;
  /** What is wrong, read after the path: `must be …`. */
  message: string;
}

const REGION_PREFIX = /^\d{2,12}$/;

/**
 * Finds the mistakes in a plugin's fields that the compiler cannot see:
 * an id that is not lower-case letters, digits and dashes, regions that
 * are not a list of 2 to 12-digit region code prefixes, test cases of a
 * rule the plugin neither defines nor replaces, and a rule it both
 * replaces and switches off. Its name, id and version being there is
 * checked by the caller. `definePlugin` throws the first; a plugin
 * written as JSON lists them all.
 *
 * @param spec - The plugin's fields, as written.
 * @returns The problems, in the order of the fields; empty when none.
 */
export function pluginSpecProblems(
  spec: Readonly<Record<string, unknown>>,
): PluginSpecProblem[] {
  const problems: PluginSpecProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ path, message });

  const { id } = spec;
  if (typeof id === 'string' && !/^[a-z0-9-]+$/.test(id)) {
    problem(
      'id',
      `must be lower-case letters, digits and dashes, not ${JSON.stringify(id)}`,
    );
  }
  regionProblems(spec.regions, problem);

  const replaced = new Map<unknown, number>();
  listOf(spec.replaces).forEach((replacement, i) =>
    replaced.set(field(field(replacement, 'rule'), 'id'), i),
  );
  const own = new Set([
    ...listOf(spec.rules).map((rule) => field(rule, 'id')),
    ...replaced.keys(),
  ]);
  for (const ruleId of Object.keys(objectOf(spec.tests))) {
    if (!own.has(ruleId)) {
      problem(
        `tests[${JSON.stringify(ruleId)}]`,
        'names a rule the plugin neither defines nor replaces',
      );
    }
  }

  listOf(spec.disables).forEach((disable, i) => {
    const ruleId = field(disable, 'ruleId');
    const index = replaced.get(ruleId);
    if (typeof ruleId !== 'string' || index === undefined) return;
    problem(
      `disables[${i}].ruleId`,
      `names ${ruleId}, which replaces[${index}] replaces too: a plugin either replaces a rule or switches it off`,
    );
  });

  return problems;
}

type Report = (path: string, message: string) => void;

function regionProblems(regions: unknown, problem: Report): void {
  if (regions === undefined) return;
  // A string would be read a character at a time, each a prefix that
  // matches every region starting with that digit.
  if (!Array.isArray(regions)) {
    problem(
      'regions',
      `must be a list of region code prefixes such as ["6103"], not ${JSON.stringify(regions)}`,
    );
    return;
  }

  regions.forEach((prefix: unknown, i) => {
    if (typeof prefix !== 'string' || !REGION_PREFIX.test(prefix)) {
      problem(
        `regions[${i}]`,
        `must be a region code prefix of 2 to 12 digits, not ${JSON.stringify(prefix)}`,
      );
    }
  });
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function objectOf(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

import type { JsonValue } from './condition.js';
import { pickPath, type ResolvedParameter } from './parameters.js';
import type { LoadedRule } from './rule-set.js';

/**
 * The parameter values a rule's message names: `povertyLine` is the value
 * in force, `povertyLine.year` the year it took effect, and
 * `welfareJobAge.min` a path into an object value.
 *
 * @param rule - A loaded rule.
 * @param parameters - The parameters in force.
 * @returns Values by the names the message uses.
 */
export function parameterData(
  rule: LoadedRule,
  parameters: ReadonlyMap<string, ResolvedParameter>,
): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  for (const name of rule.messageParameters) {
    const [root = '', ...path] = name.split('.');
    const parameter = parameters.get(root);
    if (!parameter) continue;

    const year = parameter.from ? Number(parameter.from.slice(0, 4)) : null;
    const value =
      path.length === 1 && path[0] === 'year'
        ? year
        : pickPath(parameter.value, path);
    data[name] = value ?? null;
  }

  return data;
}

import type { Finding } from '../model/finding.js';
import type { JsonValue } from './condition.js';
import { fingerprint } from './fingerprint.js';
import { renderMessage, templateNames } from './message.js';
import { parameterData } from './message-data.js';
import type { LoadedRule, RuleSet } from './rule-set.js';
import type { SubjectFacts } from './subject-facts.js';
import { placeOf } from './subject-place.js';

/**
 * The finding of a rule that fired on a subject: its id (from the rule,
 * the subject's key and the rule's key evidence), place, Chinese message
 * and the values the message states.
 *
 * @param rule - The rule.
 * @param facts - The subject's facts.
 * @param key - The subject's key (`H:…`, `M:…:…`, `V:…`, `#2` on).
 * @param ruleSet - The rule set, for parameters and region names.
 * @returns The finding, or the error a fact the message needs threw.
 */
export function makeFinding(
  rule: LoadedRule,
  facts: SubjectFacts,
  key: string,
  ruleSet: RuleSet,
): Finding | Error {
  const { definition } = rule;
  const data: Record<string, unknown> = parameterData(rule, ruleSet.parameters);
  try {
    for (const name of templateNames(definition.message.zh)) {
      // Own keys only: a fact named toString is not Object's.
      if (!Object.hasOwn(data, name)) data[name] = facts.get(name);
    }
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }

  const evidence = (definition.evidence ?? []).map((name) =>
    safeGet(facts, name),
  );
  const where = placeOf(facts.subject);
  const place = ruleSet.regions.place(where.regionCode);

  return {
    findingId: fingerprint(
      `${definition.id}|${key}|${JSON.stringify(evidence)}`,
    ),
    ruleId: definition.id,
    category: definition.category,
    indicator: definition.indicator,
    severity: definition.severity,
    regionCode: where.regionCode,
    county: place.county,
    township: place.township,
    village: where.villageName ?? place.village,
    householdId: where.householdId,
    memberId: where.memberId,
    message: renderMessage(definition.message.zh, data),
    basis: definition.basis,
    department: definition.department,
    action: definition.action,
    data: jsonSafe(data),
  };
}

function safeGet(facts: SubjectFacts, name: string): unknown {
  try {
    return facts.get(name) ?? null;
  } catch {
    return null;
  }
}

function jsonSafe(data: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = value === undefined ? null : (value as JsonValue);
  }

  return out;
}

import type { Finding } from '../model/finding.js';

/**
 * Groups items by a key, keeping their order.
 *
 * @param items - The items.
 * @param key - The key of an item.
 * @returns Items by key.
 */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }

  return groups;
}

/**
 * The order findings are written in: by region, household, member and
 * rule.
 *
 * @param a - A finding.
 * @param b - Another.
 * @returns Negative, zero or positive.
 */
export function compareFindings(a: Finding, b: Finding): number {
  // Plain code-unit order, not localeCompare: the order must not depend on
  // the machine's locale.
  return (
    order(a.regionCode, b.regionCode) ||
    order(a.householdId, b.householdId) ||
    order(a.memberId, b.memberId) ||
    order(a.ruleId, b.ruleId)
  );
}

function order(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';

  return x < y ? -1 : x > y ? 1 : 0;
}

import type { ExpectedFinding, Finding } from '@duibiao/core';

/**
 * Whether a finding is the one a case expects: each field the expectation
 * gives is equal; `data` compares only the keys it names.
 *
 * @param expected - What the case expects.
 * @param finding - What the rule reported.
 * @returns `true` when every given field agrees.
 */
export function matchesFinding(
  expected: ExpectedFinding,
  finding: Finding,
): boolean {
  if ('householdId' in expected && expected.householdId !== finding.householdId)
    return false;
  if ('memberId' in expected && expected.memberId !== finding.memberId)
    return false;
  if (expected.message !== undefined && expected.message !== finding.message)
    return false;

  return Object.entries(expected.data ?? {}).every(([key, value]) =>
    sameValue(value, finding.data[key]),
  );
}

/**
 * Pairs each expected finding with a reported one; what is left over on
 * either side is what the case got wrong.
 *
 * @param expected - The findings the case expects.
 * @param findings - The findings the rule reported.
 * @returns The expectations no finding met and the findings none expected.
 */
export function pairFindings(
  expected: readonly ExpectedFinding[],
  findings: readonly Finding[],
): {
  /** Expected findings no reported finding met. */
  missing: ExpectedFinding[];
  /** Reported findings no expectation met. */
  unexpected: Finding[];
} {
  const left = [...findings];
  const missing: ExpectedFinding[] = [];
  for (const wanted of expected) {
    const index = left.findIndex((finding) => matchesFinding(wanted, finding));
    if (index < 0) missing.push(wanted);
    else left.splice(index, 1);
  }

  return { missing, unexpected: left };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => sameValue(a[key], b[key]))
    );
  }

  return false;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { CheckResult, Finding } from '@duibiao/core';
import type { AnswerKeyEntry } from '@duibiao/synthetic';

/** How a check's findings and counts compare with an answer key. */
export interface KeyComparison {
  /** Planted findings of implemented rules that the check did not report. */
  missed: AnswerKeyEntry[];
  /** Findings on households or villages planted clean. */
  onClean: Finding[];
  /** Findings of a rule on a subject where the key expects it unknown. */
  onUnknown: Finding[];
  /** Rules whose unknown count differs from the key's: rule → [key, check]. */
  unknownCounts: Record<string, [number, number]>;
  /** Rules that threw: rule → error count. */
  errors: Record<string, number>;
  /** Implemented rules that the key plants nowhere. */
  unplanted: string[];
  /** Findings neither planted nor on a clean subject (allowed side effects). */
  extra: Finding[];
}

/**
 * Reads `answer-key.jsonl` from a generated folder.
 *
 * @param dir - The folder.
 * @returns The entries, in file order.
 */
export async function readAnswerKey(dir: string): Promise<AnswerKeyEntry[]> {
  const text = await readFile(join(dir, 'answer-key.jsonl'), 'utf8');

  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AnswerKeyEntry);
}

/**
 * Compares a check with the answer key, counting only rules the check ran.
 *
 * @param key - The answer key.
 * @param result - The check's findings and statistics.
 * @returns What differs.
 */
export function compareWithKey(
  key: readonly AnswerKeyEntry[],
  result: CheckResult,
): KeyComparison {
  const ran = new Set(result.stats.rules.map((rule) => rule.ruleId));
  const found = new Set(result.findings.map(entryKey));
  const clean = new Set<string>();
  const planted = new Set<string>();
  const unknown = new Set<string>();
  const expectedUnknown: Record<string, number> = {};

  for (const entry of key) {
    if (entry.kind === 'clean-household') clean.add(`H:${entry.householdId}`);
    else if (entry.kind === 'clean-village') clean.add(`V:${entry.regionCode}`);
    else if (entry.kind === 'planted') planted.add(entryKey(entry));
    else if (ran.has(entry.ruleId)) {
      unknown.add(entryKey(entry));
      expectedUnknown[entry.ruleId] = (expectedUnknown[entry.ruleId] ?? 0) + 1;
    }
  }

  const unknownCounts: Record<string, [number, number]> = {};
  const errors: Record<string, number> = {};
  for (const rule of result.stats.rules) {
    const expected = expectedUnknown[rule.ruleId] ?? 0;
    if (rule.unknown !== expected)
      unknownCounts[rule.ruleId] = [expected, rule.unknown];
    if (rule.errors > 0) errors[rule.ruleId] = rule.errors;
  }

  const plantedRules = new Set(
    key.flatMap((e) => (e.kind === 'planted' ? [e.ruleId] : [])),
  );

  return {
    missed: key.filter(
      (e) =>
        e.kind === 'planted' && ran.has(e.ruleId) && !found.has(entryKey(e)),
    ),
    onClean: result.findings.filter((f) => clean.has(subjectOf(f))),
    onUnknown: result.findings.filter((f) => unknown.has(entryKey(f))),
    unknownCounts,
    errors,
    unplanted: [...ran].filter((rule) => !plantedRules.has(rule)),
    extra: result.findings.filter(
      (f) => !planted.has(entryKey(f)) && !clean.has(subjectOf(f)),
    ),
  };
}

interface Place {
  ruleId: string;
  householdId: string | null;
  memberId: string | null;
  regionCode: string | null;
}

/** A village finding is keyed by region, any other by household and member. */
function entryKey(place: Place): string {
  return place.householdId === null
    ? `${place.ruleId}|V:${place.regionCode}`
    : `${place.ruleId}|H:${place.householdId}|${place.memberId ?? ''}`;
}

function subjectOf(finding: Finding): string {
  return finding.householdId
    ? `H:${finding.householdId}`
    : `V:${finding.regionCode}`;
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  type CheckResult,
  compileRuleSet,
  createChecker,
  type Dataset,
  ReferenceEvaluator,
  type RuleOutcome,
  type RuleSet,
  SubjectFacts,
  type SubjectKind,
} from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { everySubject } from '../../packages/core/src/engine/every-subject.js';
import { createContext } from '../../packages/core/src/engine/fact-context.js';
import { subjectKey } from '../../packages/core/src/engine/subject-place.js';

/**
 * The compiled evaluator against json-rules-engine on every shipped rule
 * (the Shaanxi plugin, which extends the national one) and every subject
 * of a synthetic province (its departments' lists and follow-up tables
 * included, so loans, projects, complaints, census issues, spot checks
 * and counties too), outcome by outcome, and then whole checks of the
 * two kinds compared finding by finding.
 *
 * One household in a thousand is left out of the household table, so that
 * its members are checked as members without a household, as they are
 * when a county's household export is incomplete.
 *
 * Size: with the departments' lists and follow-up tables the reference
 * path runs about 350 households a second: the 20,000 households the
 * issue asks for are compared outcome by outcome (about a minute alone).
 * The whole checks are compared on the bundled sample province (2,000
 * households, every table), whose findings the README shows, so that the
 * reference path does not run over the 20,000 twice.
 * Set DUIBIAO_DIFF_HOUSEHOLDS to try another size.
 */
const HOUSEHOLDS = Number(process.env.DUIBIAO_DIFF_HOUSEHOLDS ?? 20_000);
const AS_OF = '2020-09-30';
const LEFT_OUT = 1_000;
const TIMEOUT = 600_000;
const SAMPLE = fileURLToPath(
  new URL('../../examples/sample-province', import.meta.url),
);

let dir: string;
let dataset: Dataset;
let sample: Dataset;
let ruleSet: RuleSet;
let compiledCheck: CheckResult;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-diff-'));
  await writeProvince(dir, {
    seed: 'compiled-vs-reference',
    households: HOUSEHOLDS,
    asOf: AS_OF,
  });
  dataset = leaveOut((await readFolder(dir)).dataset);
  sample = leaveOut((await readFolder(SAMPLE)).dataset);

  const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });
  ruleSet = checker.ruleSet;
  compiledCheck = await checker.check(dataset);
}, TIMEOUT);

/** The data set without one household in {@link LEFT_OUT}. */
function leaveOut(read: Dataset): Dataset {
  const households = read.households.filter(
    (_, i) => i % LEFT_OUT !== LEFT_OUT - 1,
  );
  return { ...read, households };
}

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe(`a synthetic province of ${HOUSEHOLDS} households, judged both ways`, () => {
  it(
    'gives every rule the same outcome on every subject',
    async () => {
      const reference = new ReferenceEvaluator(ruleSet);
      const compiled = compileRuleSet(ruleSet);
      const context = createContext(ruleSet, dataset);
      const tally = { fired: 0, passed: 0, unknown: 0, error: 0 };
      const differences: string[] = [];

      for (const subject of everySubject(dataset, context.lists, () => {})) {
        const facts = ruleSet.facts.get(subject.kind);
        const kind = compiled.get(subject.kind);
        if (!facts || !kind) continue;

        const expected = await reference.evaluate(
          new SubjectFacts(subject, facts, context),
        );
        const own = new SubjectFacts(subject, facts, context, kind.slots);
        for (const { rule, evaluate } of kind.rules) {
          const id = rule.definition.id;
          const outcome = evaluate(own);
          tally[outcome.result] += 1;
          const actual = comparable(outcome);
          const wanted = comparable(expected.get(id));
          if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
            differences.push(
              `${subjectKey(subject)} ${id}: compiled ${JSON.stringify(actual)}, reference ${JSON.stringify(wanted)}`,
            );
          }
        }
      }

      expect(differences.slice(0, 10)).toEqual([]);

      // Every subject times the rules of its kind, and as many of each
      // result as the compiled checker counted (every subject is in the
      // plugins' regions, so none is left out as not applicable).
      const compared = Object.values(tally).reduce((a, b) => a + b, 0);
      const counted = totals(compiledCheck);
      expect({ compared, ...tally }).toEqual({
        compared: expectedOutcomes(compiledCheck, ruleSet),
        ...counted,
      });
      expect(counted.notApplicable).toBeUndefined();
      expect(tally.fired).toBeGreaterThan(0);
      expect(tally.unknown).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'gives the same findings and statistics from a reference and a compiled checker, on the sample province',
    async () => {
      const check = (evaluator: 'compiled' | 'reference') =>
        createChecker({ plugins: [shaanxi], asOf: AS_OF, evaluator }).check(
          sample,
        );
      const compiled = await check('compiled');
      const reference = await check('reference');

      expect(compiled.stats.subjects.household).toBe(sample.households.length);
      expect(compiled.stats.membersWithoutHousehold).toBeGreaterThan(0);
      expect(compiled.findings.length).toBeGreaterThan(0);
      expect(reference.stats).toEqual(compiled.stats);
      expect(reference.findings).toEqual(compiled.findings);
    },
    TIMEOUT,
  );
});

/** A check's outcomes by result, summed over its rules. */
function totals(result: CheckResult): Record<string, number> {
  const sums: Record<string, number> = {};
  const add = (key: string, n: number) => {
    if (n > 0) sums[key] = (sums[key] ?? 0) + n;
  };
  for (const rule of result.stats.rules) {
    add('fired', rule.fired);
    add('passed', rule.passed);
    add('unknown', rule.unknown);
    add('error', rule.errors);
    add('notApplicable', rule.notApplicable);
  }

  return { fired: 0, passed: 0, unknown: 0, error: 0, ...sums };
}

/** Subjects of each kind the check judged times the rules of that kind. */
function expectedOutcomes(check: CheckResult, rules: RuleSet): number {
  const subjects: Partial<Record<SubjectKind, number>> = check.stats.subjects;

  return rules.rules.reduce(
    (sum, rule) => sum + (subjects[rule.definition.subject] ?? 0),
    0,
  );
}

/**
 * An outcome as compared: errors by kind only (which of two throwing
 * facts json-rules-engine reports is a race), unknown facts sorted (it
 * reads facts in microtask order).
 */
function comparable(outcome: RuleOutcome | undefined): unknown {
  if (outcome === undefined) return { result: 'none' };
  if (outcome.result === 'unknown')
    return { result: outcome.result, facts: [...outcome.facts].sort() };

  return { result: outcome.result };
}

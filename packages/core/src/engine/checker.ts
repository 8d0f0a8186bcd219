import type { Finding } from '../model/finding.js';
import type {
  CheckerOptions,
  CheckOptions,
  CheckResult,
  Dataset,
  EvaluatorKind,
  RuleStats,
} from './check-types.js';
import { compareFindings } from './finding-order.js';
import { makeFinding } from './make-finding.js';
import { ReferenceEvaluator, type RuleOutcome } from './reference-evaluator.js';
import { type LoadedRule, loadRuleSet, type RuleSet } from './rule-set.js';
import {
  type CompiledKind,
  type CompiledRule,
  compileRuleSet,
} from './compiled-evaluator.js';
import { decidedOutcome } from './decided-outcome.js';
import { createContext } from './fact-context.js';
import { SubjectFacts } from './subject-facts.js';
import { listStats } from './list-stats.js';
import { MissingTally } from './missing-tally.js';
import { everySubject } from './every-subject.js';
import { appliesTo, placeOf, subjectKey } from './subject-place.js';
import {
  type FactContext,
  type MemberSubject,
  SUBJECT_KINDS,
  type Subject,
  type SubjectKind,
} from './types.js';

export type {
  CheckerOptions,
  CheckOptions,
  CheckResult,
  DecidedOutcome,
  DecidedUnknown,
  CheckStats,
  Dataset,
  EvaluatorKind,
  ListRejections,
  ListStats,
  RuleStats,
} from './check-types.js';

/**
 * Runs a rule set over data sets. Create one with {@link createChecker}.
 * Checks are independent: several may run at once on one checker.
 */
export class Checker {
  /** The rules, facts and parameters in force. */
  readonly ruleSet: RuleSet;
  /** How rules are evaluated. */
  readonly evaluator: EvaluatorKind;
  readonly #compiled: Map<SubjectKind, CompiledKind> | undefined;

  /**
   * @param ruleSet - A loaded rule set.
   * @param evaluator - `compiled` (the default) or `reference`.
   */
  constructor(ruleSet: RuleSet, evaluator: EvaluatorKind = 'compiled') {
    this.ruleSet = ruleSet;
    this.evaluator = evaluator;
    this.#compiled =
      evaluator === 'compiled' ? compileRuleSet(ruleSet) : undefined;
  }

  /**
   * Checks a data set: every rule on every subject of its kind.
   *
   * @param dataset - Households, members and villages.
   * @param options - Outcomes decided elsewhere (compiled evaluator only).
   * @returns Findings and statistics.
   */
  async check(
    dataset: Dataset,
    options: CheckOptions = {},
  ): Promise<CheckResult> {
    const run = new CheckRun(
      this.ruleSet,
      dataset,
      this.#compiled,
      options.outcomes,
      options.verify === true,
    );

    return run.execute();
  }
}

/**
 * Loads plugins for a reference date and returns a checker.
 *
 * @param options - Plugins and reference date.
 * @returns A checker.
 * @throws {RuleSetError} When a plugin's rules cannot be loaded.
 * @example
 * const checker = createChecker({ plugins: [shaanxi], asOf: '2020-09-30' });
 * const { findings } = await checker.check(dataset);
 */
export function createChecker(options: CheckerOptions): Checker {
  return new Checker(
    loadRuleSet(options.plugins, options.asOf),
    options.evaluator,
  );
}

const ERROR_SAMPLES = 5;
const EXAMPLES = 5;
/** How long judging runs before it lets the event loop turn. */
const YIELD_MS = 50;

/** A promise settled on a later turn of the event loop (Node or browser). */
function nextTurn(): Promise<void> {
  const { setTimeout } = globalThis as unknown as {
    setTimeout?: (callback: () => void, ms: number) => unknown;
  };

  return new Promise((resolve) =>
    setTimeout ? setTimeout(resolve, 0) : resolve(),
  );
}

class CheckRun {
  readonly #ruleSet: RuleSet;
  readonly #dataset: Dataset;
  readonly #compiled: Map<SubjectKind, CompiledKind> | undefined;
  readonly #reference: ReferenceEvaluator | undefined;
  readonly #context: FactContext;
  readonly #rules = new Map<string, LoadedRule>();
  readonly #stats = new Map<string, RuleStats>();
  readonly #findings: Finding[] = [];
  readonly #subjects = Object.fromEntries(
    SUBJECT_KINDS.map((kind) => [kind, 0]),
  ) as Record<SubjectKind, number>;
  readonly #seen = new Map<string, number>();
  /** The occurrence of the household judged last: its members follow it. */
  #householdSeen = 1;
  #orphans = 0;
  readonly #statsByKind = new Map<SubjectKind, RuleStats[]>();
  readonly #missing = new MissingTally();
  readonly #decide: CheckOptions['outcomes'];
  readonly #verify: boolean;

  constructor(
    ruleSet: RuleSet,
    dataset: Dataset,
    compiled: Map<SubjectKind, CompiledKind> | undefined,
    decide: CheckOptions['outcomes'],
    verify: boolean,
  ) {
    this.#ruleSet = ruleSet;
    this.#decide = decide;
    this.#verify = verify;
    this.#dataset = dataset;
    this.#compiled = compiled;
    // json-rules-engine keeps run state on its engines, so each check of
    // the reference path has its own.
    this.#reference = compiled ? undefined : new ReferenceEvaluator(ruleSet);
    this.#context = createContext(ruleSet, dataset);
    for (const rule of ruleSet.rules) {
      const { id, subject } = rule.definition;
      this.#rules.set(id, rule);
      this.#stats.set(id, {
        ruleId: id,
        subject,
        fired: 0,
        passed: 0,
        unknown: 0,
        errors: 0,
        notApplicable: 0,
        missing: {},
        unknownExamples: [],
        errorSamples: [],
      });
    }
  }

  async execute(): Promise<CheckResult> {
    const subjects = everySubject(this.#dataset, this.#context.lists, () => {
      this.#orphans += 1;
    });
    let judged = 0;
    let yielded = Date.now();
    for (const subject of subjects) {
      const pending = this.#judge(subject);
      if (pending) await pending;
      // Judging is synchronous: a large data set would hold the event
      // loop for seconds, with a program's signals, timers and progress
      // waiting. It is let through every 50 ms or so.
      judged += 1;
      if (judged % 256 === 0 && Date.now() - yielded > YIELD_MS) {
        await nextTurn();
        yielded = Date.now();
      }
    }

    return {
      findings: this.#findings.sort(compareFindings),
      stats: {
        asOf: this.#ruleSet.asOf,
        plugins: this.#ruleSet.plugins,
        subjects: this.#subjects,
        membersWithoutHousehold: this.#orphans,
        rules: [...this.#stats.values()].map((stats) =>
          this.#missing.stats(stats),
        ),
        skipped: this.#ruleSet.skipped,
        lists: listStats(this.#ruleSet, this.#dataset),
      },
    };
  }

  /** The stats of a kind's compiled rules, in their order. */
  #statsOf(kind: SubjectKind): RuleStats[] {
    let list = this.#statsByKind.get(kind);
    if (!list) {
      const rules = this.#compiled?.get(kind)?.rules ?? [];
      list = rules.map(
        ({ rule }) => this.#stats.get(rule.definition.id) as RuleStats,
      );
      this.#statsByKind.set(kind, list);
    }

    return list;
  }

  /**
   * Runs the rules of a subject's kind on it. The compiled path is
   * synchronous and returns nothing; only the reference path returns a
   * promise, so a check of a million subjects does not wait on a million
   * promises.
   */
  #judge(subject: Subject): Promise<void> | undefined {
    this.#subjects[subject.kind] += 1;
    const kindFacts = this.#ruleSet.facts.get(subject.kind);
    if (!kindFacts) return undefined;

    const compiled = this.#compiled?.get(subject.kind);
    const facts = new SubjectFacts(
      subject,
      kindFacts,
      this.#context,
      compiled?.slots,
    );
    const seen = this.#occurrence(subject);
    const region = placeOf(subject).regionCode;
    if (compiled) {
      const stats = this.#statsOf(subject.kind);
      for (let i = 0; i < compiled.rules.length; i += 1) {
        const { rule, evaluate } = compiled.rules[i] as CompiledRule;
        const ruleStats = stats[i] as RuleStats;
        if (!appliesTo(rule, region)) {
          ruleStats.notApplicable += 1;
          continue;
        }
        const decided = this.#decide?.(rule.definition.id, subject);
        const outcome =
          decided === undefined
            ? evaluate(facts)
            : decidedOutcome(decided, () => evaluate(facts), this.#verify);
        this.#record(rule, ruleStats, outcome, facts, seen);
      }
      return undefined;
    }

    return this.#judgeByReference(facts, seen, region);
  }

  async #judgeByReference(
    facts: SubjectFacts,
    seen: number,
    region: string | null,
  ): Promise<void> {
    const reference = this.#reference as ReferenceEvaluator;
    for (const [ruleId, outcome] of await reference.evaluate(facts)) {
      const rule = this.#rules.get(ruleId) as LoadedRule;
      const stats = this.#stats.get(ruleId) as RuleStats;
      if (appliesTo(rule, region))
        this.#record(rule, stats, outcome, facts, seen);
      else stats.notApplicable += 1;
    }
  }

  /**
   * How many times the subject's key has come up in this check, this time
   * included: a second member row with the same household and ID number
   * is the second. Counted on the key's parts, which are strings already
   * hashed, so that no key string is built for the many subjects that
   * pass every rule.
   */
  #occurrence(subject: Subject): number {
    if (subject.kind === 'member') return this.#memberOccurrence(subject);

    const name =
      subject.kind === 'village'
        ? `V${subject.village.regionCode}`
        : subject.kind === 'household'
          ? subject.household.householdId
          : subjectKey(subject);
    const seen = (this.#seen.get(name) ?? 0) + 1;
    this.#seen.set(name, seen);
    if (subject.kind === 'household') this.#householdSeen = seen;

    return seen;
  }

  /**
   * A member's occurrence, from its household's list: members come right
   * after their household (or, without one, grouped once by 户编号), so
   * the rows before it with the same ID number, and the times its
   * household came up before, are all there is to count.
   */
  #memberOccurrence(subject: MemberSubject): number {
    const { member, members } = subject;
    const rounds = subject.household ? this.#householdSeen - 1 : 0;
    const id = member.idNumber;
    if (id === undefined) return rounds + 1;

    let same = 0;
    let rank = 0;
    for (const other of members) {
      if (other.idNumber !== id) continue;
      same += 1;
      if (other === member) rank = same;
    }

    return rounds * same + rank;
  }

  #record(
    rule: LoadedRule,
    stats: RuleStats,
    outcome: RuleOutcome,
    facts: SubjectFacts,
    seen: number,
  ): void {
    if (outcome.result === 'passed') {
      stats.passed += 1;
      return;
    }

    if (outcome.result === 'unknown') {
      stats.unknown += 1;
      if (stats.unknownExamples.length < EXAMPLES)
        stats.unknownExamples.push(keyOf(facts.subject, seen));
      const { ranges } = outcome;
      this.#missing.add(
        stats,
        outcome.facts.map((fact) =>
          facts.missingInputs(fact, ranges && ranges.includes(fact)),
        ),
      );
      return;
    }

    const key = keyOf(facts.subject, seen);
    if (outcome.result === 'error') {
      this.#error(stats, key, outcome.error);
    } else {
      const finding = makeFinding(rule, facts, key, this.#ruleSet);
      if (finding instanceof Error) {
        this.#error(stats, key, finding);
      } else {
        stats.fired += 1;
        this.#findings.push(finding);
      }
    }
  }

  #error(stats: RuleStats, key: string, error: unknown): void {
    stats.errors += 1;
    if (stats.errorSamples.length < ERROR_SAMPLES) {
      const message = error instanceof Error ? error.message : String(error);
      stats.errorSamples.push({ subject: key, message });
    }
  }
}

/**
 * A subject's key for findings and examples: `H:…`, `M:…:…`, `V:…`, with
 * `#2` and on for a key that came up before.
 */
function keyOf(subject: Subject, seen: number): string {
  const key = subjectKey(subject);

  return seen === 1 ? key : `${key}#${seen}`;
}

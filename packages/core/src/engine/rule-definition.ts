import type {
  Action,
  Category,
  Indicator,
  Severity,
} from '../model/finding.js';
import type { TopLevelCondition } from './condition.js';
import type { SubjectKind } from './types.js';

/** A message in Chinese and English; `{name}` is replaced by a fact's or parameter's value. */
export interface MessageTemplate {
  /** The message in Chinese, as findings carry it. */
  zh: string;
  /** The same message in English, for rule pages and reviewers. */
  en: string;
}

/**
 * A rule: metadata plus conditions in json-rules-engine's format. When the
 * conditions hold for a subject, the rule reports a finding.
 */
export interface RuleDefinition {
  /** `plugin/family` or `plugin/family/item`, e.g. `national/dropout`. */
  id: string;
  /** What the rule judges. */
  subject: SubjectKind;
  /** Which of the notice's four kinds of problem it finds. */
  category: Category;
  /** What its findings are about, such as `income` or `education`. */
  indicator: Indicator;
  /** How serious its findings are. */
  severity: Severity;
  /** The standard or document the rule enforces, with its section. */
  basis: string;
  /** The department that must act (谁主管谁负责). */
  department: string;
  /** What should be done about its findings, such as `核实`. */
  action: Action;
  /** A short title in Chinese, for rule lists. */
  title: string;
  /** What the rule checks and why, in a few sentences, for its page. */
  description?: string;
  /** When the rule reports a finding. */
  conditions: TopLevelCondition;
  /** The finding's message; it states the values seen. */
  message: MessageTemplate;
  /**
   * Facts whose values are the key evidence: the finding keeps its id while
   * they are unchanged. By default only the rule and subject count.
   */
  evidence?: readonly string[];
  /**
   * The time allowed to verify and clear a finding of this rule, for a
   * findings ledger: `{ date: name }` is the date a value the message
   * states gives (a due date, such as a complaint's time limit);
   * `{ days: name }` is a number of days from when the finding was first
   * found, given by a parameter. Without it, a ledger allows the days
   * its plugins give for the rule's severity.
   */
  deadline?: RuleDeadline;
}

/**
 * A rule of a plugin this one extends, replaced by a new definition with
 * the same id: findings keep their ids, so a run before and after the
 * change can be compared.
 */
export interface RuleReplacement {
  /** The new definition; its `id` names the rule it replaces. */
  rule: RuleDefinition;
  /** Why the rule is replaced, for reviewers and the rule list. */
  reason: string;
}

/** A rule of a plugin this one extends, switched off. */
export interface RuleDisable {
  /** The id of the rule switched off. */
  ruleId: string;
  /** Why it is switched off, for reviewers and the rule list. */
  reason: string;
}

/** The time allowed for a rule's findings; see {@link RuleDefinition.deadline}. */
export type RuleDeadline =
  | {
      /** A value the Chinese message states that is the due date. */
      date: string;
    }
  | {
      /** A parameter giving the days allowed from when it is first found. */
      days: string;
    };

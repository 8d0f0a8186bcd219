import type {
  CalendarDate,
  Household,
  Member,
  ProjectRecord,
  Village,
} from '@duibiao/core';

import type { IdNumbers } from './id-numbers.js';
import type { CountyLists, ListRows } from './list-rows.js';
import type { Random } from './random.js';

/** One line of `answer-key.jsonl`: what the generator planted and where. */
export type AnswerKeyEntry =
  | {
      kind: 'planted';
      /** The rule that should report a finding. */
      ruleId: string;
      /** `null` for a village finding. */
      householdId: string | null;
      /** The member's ID number for a member finding, else `null`. */
      memberId: string | null;
      /** The region code the finding should carry. */
      regionCode: string;
      /**
       * The subject's key as the engine builds it: `M:户编号:证件号码`,
       * `H:户编号`, `V:村代码`, `X:县代码`, `L:证件号码:放款日期`,
       * `P:项目编号`, `C:信访编号`, `I:问题编号` or
       * `S:户编号:证件号码:核查项:抽查日期`.
       */
      subject: string;
    }
  | { kind: 'clean-household'; householdId: string }
  | { kind: 'clean-village'; regionCode: string }
  | {
      kind: 'unknown';
      /** The rule that should be unknown on the subject (a blank cell). */
      ruleId: string;
      householdId: string | null;
      memberId: string | null;
      regionCode: string;
      /** The subject's key, as for a planted entry. */
      subject: string;
    };

/** A finding a planter intends, before household and region are known. */
export interface Intended {
  ruleId: string;
  /**
   * The member's ID number, or `null` for a household finding; for a
   * loan, complaint, census issue or spot check, the ID number its row
   * names, if any.
   */
  memberId: string | null;
  /**
   * The subject's key when the subject is not the household or one of
   * its members: a loan (`L:…`), complaint (`C:…`), census issue (`I:…`)
   * or spot check (`S:…`).
   */
  subject?: string;
  /** Set when the rule should be unknown there rather than report. */
  unknown?: boolean;
}

/**
 * Kinds of member a planter can ask the family to include, or a member
 * other than the head whose age (full years) is within `[min, max]`.
 */
export type Need =
  | 'school-child'
  | 'teenager'
  | 'adult'
  | 'young-adult'
  | 'elder'
  | 'several'
  | readonly [number, number];

/**
 * What a household should be like, decided before its members: a planter
 * adjusts it to make room for its problem.
 */
export interface Profile {
  type: '贫困户' | '已脱贫户' | '一般农户';
  monitored: boolean;
  /** Risk marked removed (only for monitored households). */
  removed: boolean;
  relocated: boolean;
  /** Family size, 1 to 7; a need may enlarge it. */
  size: number;
  /** Members the family must include. */
  needs: Need[];
  /** Per-capita net income to aim at, yuan per year. */
  income: number;
  /** Whether the family must include an ordinary or skilled labourer. */
  ableLabour: boolean | undefined;
}

/** Where a household is generated. */
export interface Place {
  /** 6-digit county code. */
  county: string;
  /** 4-digit city code. */
  city: string;
  village: Village;
  /** 12-digit village code. */
  regionCode: string;
  countyName: string;
  /** The township's name, for the schools its children attend. */
  township: string;
  /** What the county's lists share. */
  lists: CountyLists;
}

/** A household being generated, with what it needs to finish. */
export interface Draft {
  household: Household;
  members: Member[];
  place: Place;
  profile: Profile;
  random: Random;
  ids: IdNumbers;
  asOf: CalendarDate;
  /**
   * Set by a planter that writes declared incomes itself, so that they are
   * not recomputed from their items.
   */
  keepDeclaredIncome?: boolean;
  /** A member the id-duplicate planter registers again in the next household. */
  shared?: Member;
  /** This household's second registration of an earlier household's member. */
  copied?: Member;
  /**
   * The household's rows in the department lists and follow-up tables,
   * set once the registry record is final and before blanks are left.
   */
  rows?: ListRows;
}

/**
 * Plants one rule's problem in a household: shapes the profile and the
 * members, then breaks the record and names the findings it intends.
 */
export interface Planter {
  /** The rule, e.g. `national/dropout`. */
  ruleId: string;
  /** How often, relative to other planters: 1 unless said. */
  weight?: number;
  /** Adjusts the profile before the members are made. */
  profile?(profile: Profile, random: Random): void;
  /** Adjusts members before the household's fields are derived from them. */
  members?(draft: Draft): void;
  /** Breaks the record; returns every finding intended. */
  plant?(draft: Draft): Intended[];
  /**
   * Breaks the department lists or follow-up tables, once they have been
   * made from the record; returns every finding intended.
   */
  lists?(draft: Draft, rows: ListRows): Intended[];
}

/** Leaves a field blank and names the rules that should then be unknown. */
export interface Blanker {
  /** A short name, e.g. `perCapitaNetIncome`. */
  name: string;
  /** How often, relative to other blankers: 1 unless said. */
  weight?: number;
  profile?(profile: Profile, random: Random): void;
  /** Blanks the field; returns the rules expected unknown. */
  blank(draft: Draft): Intended[];
}

/** A village being generated. */
export interface VillageDraft {
  village: Village;
  random: Random;
  /** The village's projects, to break. */
  projects: ProjectRecord[];
  asOf: CalendarDate;
}

/** A finding a village planter intends: on the village, or on a project. */
export interface VillageIntended {
  ruleId: string;
  /** `P:项目编号` for a project finding; the village's otherwise. */
  subject?: string;
}

/** Plants one rule's problem in a village. */
export interface VillagePlanter {
  ruleId: string;
  weight?: number;
  /** Breaks the record; returns the rules intended to fire. */
  plant(draft: VillageDraft): (string | VillageIntended)[];
}

/** Leaves a village field blank; returns the rules expected unknown. */
export interface VillageBlanker {
  name: string;
  weight?: number;
  blank(draft: VillageDraft): string[];
}

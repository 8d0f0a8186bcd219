import { z } from 'zod';

/** The four kinds of problem the notice names. */
export const CATEGORIES = [
  'policy-gap',
  'measure-gap',
  'risk',
  'data-error',
] as const;

/** A kind of problem; see {@link CATEGORY_LABELS} for the Chinese terms. */
export type Category = (typeof CATEGORIES)[number];

/** What a finding is about. */
export const INDICATORS = [
  'income',
  'education',
  'medical',
  'housing',
  'water',
  'pension',
  'social-assistance',
  'employment',
  'industry',
  'ecology',
  'credit',
  'relocation',
  'monitoring',
  'infrastructure',
  'identity',
  'consistency',
  'complaint',
  'census',
  'photovoltaic',
  'cooperation',
] as const;

/** What a finding is about, e.g. `income` or `education`. */
export type Indicator = (typeof INDICATORS)[number];

/** How serious a finding is. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;

/** `high` for core indicators, `medium` for measures, `low` for plain data errors. */
export type Severity = (typeof SEVERITIES)[number];

/** What should be done about a finding. */
export const ACTIONS = [
  '核实',
  '补录',
  '补正',
  '落实帮扶',
  '纳入监测',
  '消疑',
] as const;

/** The suggested action: verify, enter, correct, provide help, monitor, clear. */
export type Action = (typeof ACTIONS)[number];

/**
 * A finding: one problem on one subject, with where, who, what and why.
 * The keys are the columns of the findings table of the data format.
 */
export const findingSchema = z.object({
  /**
   * 问题编号: a fingerprint of the rule, the subject and the rule's key
   * evidence, the same from run to run while the problem stays.
   */
  findingId: z.string(),
  /** 规则编号: the rule that reported it, such as `national/dropout`. */
  ruleId: z.string(),
  /** 问题类别: which of the notice's four kinds of problem it is. */
  category: z.enum(CATEGORIES),
  /** 指标: what it is about, such as `income`. */
  indicator: z.enum(INDICATORS),
  /** 严重程度: how serious it is. */
  severity: z.enum(SEVERITIES),
  /** 行政区划代码: the subject's region code; `null` when unknown. */
  regionCode: z.string().nullable(),
  /** 县: the county's name; `null` when the code names none. */
  county: z.string().nullable(),
  /** 乡镇: the township's name; `null` when unknown. */
  township: z.string().nullable(),
  /** 村: the village's name; `null` when unknown. */
  village: z.string().nullable(),
  /** 户编号: the household; `null` for a subject that has none. */
  householdId: z.string().nullable(),
  /** 证件号码: the member's ID number, in full; `null` for no member. */
  memberId: z.string().nullable(),
  /** 问题描述: what was found, in Chinese, stating the values seen. */
  message: z.string(),
  /** 政策依据: the standard or document the rule enforces. */
  basis: z.string(),
  /** 责任部门: the department that must act. */
  department: z.string(),
  /** 处置建议: what should be done, such as `核实`. */
  action: z.enum(ACTIONS),
  /** The values the message states, by name, for tests and machines. */
  data: z.record(z.string(), z.unknown()),
});

/**
 * A finding as the checker reports it. `memberId` is the member's ID
 * number; `data` holds the values the message states (for tests and
 * machines; reports for people show the message).
 */
export interface Finding extends z.infer<typeof findingSchema> {}

/** The columns of the findings table, in order, with their Chinese headers. */
export const FINDING_COLUMNS = [
  ['findingId', '问题编号'],
  ['ruleId', '规则编号'],
  ['category', '问题类别'],
  ['indicator', '指标'],
  ['severity', '严重程度'],
  ['regionCode', '行政区划代码'],
  ['county', '县'],
  ['township', '乡镇'],
  ['village', '村'],
  ['householdId', '户编号'],
  ['memberId', '证件号码'],
  ['message', '问题描述'],
  ['basis', '政策依据'],
  ['department', '责任部门'],
  ['action', '处置建议'],
] as const satisfies readonly (readonly [keyof Finding, string])[];

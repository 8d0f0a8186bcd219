import type { Category, Indicator, Severity } from './finding.js';
import type { FindingStatus } from './finding-status.js';

/** Chinese names of the four categories, as the notice words them. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'policy-gap': '政策落实漏点',
  'measure-gap': '帮扶措施空白点',
  risk: '返贫致贫风险点',
  'data-error': '数据信息差错点',
};

/** Chinese names of the indicators. */
export const INDICATOR_LABELS: Readonly<Record<Indicator, string>> = {
  income: '收入',
  education: '教育',
  medical: '医疗',
  housing: '住房',
  water: '饮水',
  pension: '养老保险',
  'social-assistance': '社会救助',
  employment: '就业',
  industry: '产业',
  ecology: '生态',
  credit: '小额信贷',
  relocation: '易地搬迁',
  monitoring: '监测帮扶',
  infrastructure: '基础设施',
  identity: '身份信息',
  consistency: '数据一致性',
  complaint: '信访举报',
  census: '普查问题',
  photovoltaic: '光伏扶贫',
  cooperation: '协作项目',
};

/** Chinese names of the severities. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  high: '高',
  medium: '中',
  low: '低',
};

/**
 * Chinese names of where a finding stands against an earlier run, as the
 * 状态 column of findings.csv shows them.
 */
export const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  new: '新发现',
  persisting: '持续存在',
  resolved: '已解决',
};

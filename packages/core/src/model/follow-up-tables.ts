import type { z } from 'zod';

import { field } from './field.js';
import { defineTable } from './table.js';
import {
  CENSUS_ISSUE_STATUSES,
  FUND_SOURCES,
  MONITORING_SOURCES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
} from './vocabulary.js';

// The follow-up tables: what the poverty-alleviation offices record after
// registration — income and spending over time, phone spot checks,
// petitions, the census's suspected problems and the project library.

const householdId = (description: string) =>
  field.key('户编号', { description });

const yuan = (header: string, description: string) =>
  field.number(header, { description, unit: '元' });

/** 收支监测: a household's income and spending over one period. */
export const monitoring = defineTable({
  key: 'monitoring',
  name: '收支监测',
  keyField: 'householdId',
  requiredValues: ['periodStart', 'periodEnd'],
  fields: {
    householdId: householdId('The household measured.'),
    periodStart: field.date('统计开始', {
      description:
        'First day of the period; a row starting after the reference date is not used.',
    }),
    periodEnd: field.date('统计结束', {
      description: 'Last day of the period.',
    }),
    netIncome: yuan('家庭纯收入', 'Household net income over the period.'),
    outOfPocket: field.number('合规自付支出', {
      description:
        'Medical and other spending the household paid itself, within the rules, over the period.',
      unit: '元',
      range: { min: 0 },
    }),
    source: field.oneOf('来源', MONITORING_SOURCES, {
      description: 'How the figures came in.',
    }),
  },
});

/** 电话抽查: a phone call that asks a family about one field of its record. */
export const spotChecks = defineTable({
  key: 'spotChecks',
  name: '电话抽查',
  keyField: 'householdId',
  requiredValues: ['checkedOn', 'item'],
  fields: {
    householdId: householdId('The household called.'),
    idNumber: field.idNumber('证件号码', {
      description:
        'The member asked about, when the item is a member’s; blank for a household item.',
      blank: 'none',
    }),
    checkedOn: field.date('抽查日期', {
      description:
        'Day of the call; a call after the reference date is not used.',
    }),
    item: field.text('核查项', {
      description:
        'The field asked about: its English key or its Chinese header (是否享受低保, netIncome, …).',
    }),
    answer: field.text('核查结果', {
      description:
        'The answer the family gave, as a cell of that field would hold it.',
    }),
  },
});

/** 信访举报: a petition, 12317 hotline call or media report. */
export const complaints = defineTable({
  key: 'complaints',
  name: '信访举报',
  keyField: 'complaintId',
  requiredValues: ['receivedOn'],
  fields: {
    complaintId: field.key('编号', { description: 'Case number, unique.' }),
    householdId: field.code('户编号', {
      description: 'The household concerned, when known.',
    }),
    idNumber: field.idNumber('证件号码', {
      description: 'The person concerned, when known.',
    }),
    receivedOn: field.date('受理日期', {
      description:
        'Day the case was accepted; a case accepted after the reference date is not used.',
    }),
    topic: field.text('问题类别', { description: 'What the case is about.' }),
    closedOn: field.date('办结日期', {
      description: 'Day the case was closed; blank while open.',
      blank: 'none',
    }),
    limitDays: field.number('办结时限（天）', {
      description: 'Days allowed from acceptance to closing.',
      unit: '天',
      range: { min: 0 },
    }),
  },
});

/** 普查疑似问题: a suspected problem the national census found. */
export const censusIssues = defineTable({
  key: 'censusIssues',
  name: '普查疑似问题',
  keyField: 'issueId',
  fields: {
    issueId: field.key('编号', { description: 'Issue number, unique.' }),
    householdId: field.code('户编号', {
      description: 'The household concerned.',
    }),
    idNumber: field.idNumber('证件号码', {
      description: 'The person concerned, when the issue is a member’s.',
      blank: 'none',
    }),
    issueType: field.text('问题类型', { description: 'What was suspected.' }),
    foundOn: field.date('发现日期', {
      description:
        'Day the issue was found; an issue found after the reference date is not used.',
    }),
    status: field.oneOf('状态', CENSUS_ISSUE_STATUSES, {
      description: 'To verify, verified, record corrected, or doubt cleared.',
    }),
    deadline: field.date('完成时限', {
      description:
        'Day by which it must be cleared; blank for the plugin’s default.',
      blank: 'none',
    }),
  },
});

/** 项目库: a poverty-alleviation project. */
export const projects = defineTable({
  key: 'projects',
  name: '项目库',
  keyField: 'projectId',
  fields: {
    projectId: field.key('项目编号', {
      description: 'Project number, unique.',
    }),
    name: field.text('项目名称', { description: 'Project name.' }),
    regionCode: field.code('行政区划代码', {
      description:
        'The county (6 digits) or village (12 digits) of the project.',
    }),
    projectType: field.oneOf('项目类型', PROJECT_TYPES, {
      description: 'Industry, employment, infrastructure or other.',
    }),
    fundSource: field.oneOf('资金来源', FUND_SOURCES, {
      description: 'Where the money comes from.',
    }),
    plannedAmount: field.number('计划金额', {
      description: 'Money planned.',
      unit: '元',
      range: { min: 0 },
    }),
    fundsArrived: field.number('到位金额', {
      description: 'Money that has arrived.',
      unit: '元',
      range: { min: 0 },
    }),
    startedOn: field.date('开工日期', {
      description: 'Day work started; blank when it has not.',
      blank: 'none',
    }),
    status: field.oneOf('项目状态', PROJECT_STATUSES, {
      description: 'Not started, under way, or finished.',
    }),
    beneficiaries: field.number('带贫户数', {
      description: 'Registered poor households the project benefits.',
      unit: '户',
      range: { min: 0 },
    }),
  },
});

/** A row of 收支监测: one household's figures over one period. */
export interface MonitoringRecord extends z.infer<typeof monitoring.schema> {}
/** A row of 电话抽查. */
export interface SpotCheckRecord extends z.infer<typeof spotChecks.schema> {}
/** A row of 信访举报. */
export interface ComplaintRecord extends z.infer<typeof complaints.schema> {}
/** A row of 普查疑似问题. */
export interface CensusIssueRecord
  extends z.infer<typeof censusIssues.schema> {}
/** A row of 项目库. */
export interface ProjectRecord extends z.infer<typeof projects.schema> {}

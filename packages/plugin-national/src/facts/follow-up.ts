import {
  addDays,
  type CalendarDate,
  compareDates,
  type ComplaintRecord,
  type NumberRange,
  numberOrRange,
  type ProjectRecord,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { daysSpan, highest, lastDay, lowest } from './date-spans.js';
import {
  censusIssueDueDateSql,
  complaintDaysOverdueSql,
  complaintDeadlineSql,
  complaintOpenSql,
  projectNotStartedSql,
} from './follow-up-sql.js';

/**
 * Whether a complaint was still open on the reference date: no 办结日期,
 * or one after the reference date.
 *
 * @param complaint - The complaint.
 * @param asOf - The reference date.
 * @returns `true` or `false`; `undefined` when a month-only 办结日期 falls
 * in the reference date's month.
 */
export function complaintOpen(
  complaint: ComplaintRecord,
  asOf: CalendarDate,
): boolean | undefined {
  const closed = complaint.closedOn;
  if (closed === undefined) return undefined;
  if (closed === null) return true;

  const order = compareDates(closed, asOf);
  return order === undefined ? undefined : order === 1;
}

/**
 * Days a complaint took, or has taken by the reference date while open,
 * beyond its time limit (办结时限（天） counted from 受理日期): 0 when it
 * closed on the last allowed day, negative when days were left.
 *
 * @param complaint - The complaint.
 * @param asOf - The reference date.
 * @returns Days, a range for month-only dates, or `undefined`.
 */
export function complaintDaysOverdue(
  complaint: ComplaintRecord,
  asOf: CalendarDate,
): number | NumberRange | undefined {
  const { receivedOn, limitDays } = complaint;
  const open = complaintOpen(complaint, asOf);
  if (receivedOn === undefined || limitDays === undefined) return undefined;
  if (open === undefined) return undefined;

  const end = open ? asOf : (complaint.closedOn as CalendarDate);
  const taken = daysSpan(receivedOn, end);
  if (taken === undefined) return undefined;

  return numberOrRange(lowest(taken) - limitDays, highest(taken) - limitDays);
}

/**
 * The day a census issue must be cleared by: its own 完成时限, else the
 * plugin's `censusIssueDeadline`. A month-only date means the month's
 * last day.
 *
 * @param deadline - 完成时限 (`null` when blank).
 * @param fallback - The parameter's value (`null` when none is set).
 * @returns `YYYY-MM-DD`, or `undefined` when neither gives a date.
 */
export function censusIssueDueDate(
  deadline: CalendarDate | null | undefined,
  fallback: unknown,
): CalendarDate | undefined {
  const due = deadline ?? (typeof fallback === 'string' ? fallback : null);

  return due === null ? undefined : lastDay(due);
}

/**
 * Whether a project has not started: 项目状态 未开工; or, with the status
 * blank, no 开工日期 on or before the reference date. A status of 在建 or
 * 已完工 says it has started, whatever the date column holds.
 *
 * @param project - The project.
 * @param asOf - The reference date.
 * @returns `true`, `false`, or `undefined` when neither column tells.
 */
export function projectNotStarted(
  project: ProjectRecord,
  asOf: CalendarDate,
): boolean | undefined {
  if (project.status === '未开工') return true;
  if (project.status === '在建' || project.status === '已完工') return false;

  const started = project.startedOn;
  if (started === undefined) return undefined;
  if (started === null) return true;

  const order = compareDates(started, asOf);
  return order === undefined ? undefined : order === 1;
}

/** Facts about complaints, census issues and projects. */
export const followUpFacts = [
  defineFact({
    name: 'complaintOpen',
    subject: 'complaint',
    type: 'boolean',
    description:
      'Whether the case was open on the reference date: no 办结日期, or one after the reference date.',
    inputs: ['complaints.closedOn'],
    compute: ({ complaint }, { asOf }) => complaintOpen(complaint, asOf),
    sql: (q) => ({ value: complaintOpenSql(q) }),
  }),
  defineFact({
    name: 'complaintDeadline',
    subject: 'complaint',
    type: 'date',
    description:
      'The last day the case may be closed on: 受理日期 + 办结时限（天）.',
    inputs: ['complaints.receivedOn', 'complaints.limitDays'],
    compute: ({ complaint }) =>
      complaint.receivedOn === undefined || complaint.limitDays === undefined
        ? undefined
        : addDays(complaint.receivedOn, complaint.limitDays),
    sql: (q) => ({ value: complaintDeadlineSql(q) }),
  }),
  defineFact({
    name: 'complaintDaysOverdue',
    subject: 'complaint',
    type: 'number',
    description:
      'Days beyond 办结时限（天）, to 办结日期 or, while open, to the reference date: 0 when closed on the last allowed day.',
    inputs: [
      'complaints.receivedOn',
      'complaints.limitDays',
      'complaints.closedOn',
    ],
    compute: ({ complaint }, { asOf }) => complaintDaysOverdue(complaint, asOf),
    sql: complaintDaysOverdueSql,
  }),
  defineFact({
    name: 'censusIssueDueDate',
    subject: 'censusIssue',
    type: 'date',
    description:
      '完成时限, or the plugin’s censusIssueDeadline when it is blank; a month means its last day.',
    inputs: ['censusIssues.deadline'],
    compute: ({ issue }, context) =>
      issue.deadline === undefined
        ? undefined
        : censusIssueDueDate(
            issue.deadline,
            context.param('censusIssueDeadline'),
          ),
    sql: (q) => ({ value: q.fn.dateText(censusIssueDueDateSql(q)) }),
  }),
  defineFact({
    name: 'censusIssuePastDue',
    subject: 'censusIssue',
    type: 'boolean',
    description:
      'Whether the due date (censusIssueDueDate) is before the reference date; on the day itself it is not yet past.',
    inputs: ['censusIssues.deadline'],
    compute: ({ issue }, context) => {
      const due =
        issue.deadline === undefined
          ? undefined
          : censusIssueDueDate(
              issue.deadline,
              context.param('censusIssueDeadline'),
            );
      return due === undefined
        ? undefined
        : compareDates(due, context.asOf) === -1;
    },
    sql: (q) => ({ value: `(${censusIssueDueDateSql(q)} < ${q.asOf})` }),
  }),
  defineFact({
    name: 'projectNotStarted',
    subject: 'project',
    type: 'boolean',
    description:
      'Whether the project has not started: 项目状态 未开工, or a blank status and no 开工日期 by the reference date.',
    inputs: ['projects.status', 'projects.startedOn'],
    compute: ({ project }, { asOf }) => projectNotStarted(project, asOf),
    sql: (q) => ({ value: projectNotStartedSql(q) }),
  }),
] as const;

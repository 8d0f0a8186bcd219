import type {
  CensusIssueRecord,
  ComplaintRecord,
  Dataset,
  ProjectRecord,
  Subject,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  type FactValue,
  inProcessFactValue,
  PROBE_ENGINES,
  probeRuleSet,
  sqlFactValues,
} from './fact-probe.js';

/**
 * The SQL of the follow-up facts (complaints, census issues, projects) on
 * rows whose values were worked out by hand from the facts' definitions,
 * as of 2020-09-30, in DuckDB and PostgreSQL (PGlite); each value is held
 * to the in-process `compute` too. Shaanxi's censusIssueDeadline is
 * 2020-08-31 from 2020-08-22 on; before, the national null.
 */
const AS_OF = '2020-09-30';

const complaint = (
  receivedOn: string | undefined,
  limitDays: number | undefined,
  closedOn: string | null | undefined,
): ComplaintRecord =>
  ({
    complaintId: `C-${receivedOn}-${closedOn}`,
    receivedOn,
    limitDays,
    closedOn,
  }) as ComplaintRecord;

/** Complaints, each with complaintOpen, complaintDaysOverdue, complaintDeadline. */
const COMPLAINTS: [ComplaintRecord, FactValue, FactValue, FactValue][] = [
  // 19 days from 1 to 20 September, 15 allowed.
  [complaint('2020-09-01', 15, '2020-09-20'), false, 4, '2020-09-16'],
  // Open; from August's last day 30 days to 30 September, from its 1st 60.
  [complaint('2020-08', 30, null), true, { min: 0, max: 30 }, undefined],
  // 2020 is a leap year: 28 February to 1 March is 2 days.
  [complaint('2020-02-28', 2, '2020-03-01'), false, 0, '2020-03-01'],
  // 2019 is not: 1 day, and the deadline is 2 March.
  [complaint('2019-02-28', 2, '2019-03-01'), false, -1, '2019-03-02'],
  // Closed in the reference date's month: open or not is unknown.
  [complaint('2020-09-10', 10, '2020-09'), undefined, undefined, '2020-09-20'],
  // Closed after the reference date: open, 20 days so far.
  [complaint('2020-09-10', 10, '2020-10-05'), true, 10, '2020-09-20'],
  // Two months: 1 day at the fewest (31 July to 1 August), 61 at most.
  [complaint('2020-07', 0, '2020-08'), false, { min: 1, max: 61 }, undefined],
  // Received on the reference date, still open.
  [complaint('2020-09-30', 0, null), true, 0, '2020-09-30'],
  // A blank time limit, a blank 办结日期 (unknown, not "open").
  [
    complaint('2020-09-01', undefined, '2020-09-05'),
    false,
    undefined,
    undefined,
  ],
  [complaint('2020-09-01', 5, undefined), undefined, undefined, '2020-09-06'],
  // 31 January + 30 days is 1 March in a leap year; February has 29.
  [complaint('2020-01-31', 30, '2020-03-01'), false, 0, '2020-03-01'],
  // Half a day allowed: 10 days less 2.5.
  [complaint('2020-09-10', 2.5, '2020-09-20'), false, 7.5, undefined],
];

/** Received after the reference date: no subject at all. */
const LATER = complaint('2020-10-01', 5, null);

const issue = (deadline: string | null | undefined): CensusIssueRecord =>
  ({ issueId: `I-${deadline}`, deadline }) as CensusIssueRecord;

/** Census issues with censusIssueDueDate and censusIssuePastDue. */
const ISSUES: [CensusIssueRecord, FactValue, FactValue][] = [
  [issue('2020-09-29'), '2020-09-29', true],
  // Due on the reference date itself: not yet past.
  [issue('2020-09-30'), '2020-09-30', false],
  // A month means its last day.
  [issue('2020-09'), '2020-09-30', false],
  [issue('2020-02'), '2020-02-29', true],
  [issue('2021-02'), '2021-02-28', false],
  // Blank for none: Shaanxi's censusIssueDeadline.
  [issue(null), '2020-08-31', true],
  [issue(undefined), undefined, undefined],
];

const project = (
  status: string | undefined,
  startedOn: string | null | undefined,
): ProjectRecord =>
  ({
    projectId: `P-${status}-${startedOn}`,
    status,
    startedOn,
  }) as ProjectRecord;

/** Projects with projectNotStarted. */
const PROJECTS: [ProjectRecord, FactValue][] = [
  [project('未开工', '2020-01-01'), true],
  [project('在建', null), false],
  [project('已完工', undefined), false],
  [project(undefined, null), true],
  // Started on the reference date.
  [project(undefined, '2020-09-30'), false],
  [project(undefined, '2020-10-01'), true],
  [project(undefined, '2020-09'), undefined],
  [project(undefined, '2020-08'), false],
  [project(undefined, '2020-10'), true],
  [project(undefined, undefined), undefined],
];

const dataset: Dataset = {
  households: [],
  members: [],
  villages: [],
  lists: {
    complaints: [...COMPLAINTS.map(([row]) => row), LATER],
    censusIssues: ISSUES.map(([row]) => row),
    projects: PROJECTS.map(([row]) => row),
  },
};

const COMPLAINT_FACTS = {
  complaintOpen: 'boolean',
  complaintDaysOverdue: 'number',
  complaintDeadline: 'date',
} as const;
const ISSUE_FACTS = {
  censusIssueDueDate: 'date',
  censusIssuePastDue: 'boolean',
} as const;
const PROJECT_FACTS = { projectNotStarted: 'boolean' } as const;

const place = { member: undefined, household: undefined, village: undefined };

describe.each(PROBE_ENGINES)('follow-up facts in %s', (engine) => {
  it('complaints: open, days overdue, deadline', async () => {
    const ruleSet = probeRuleSet(AS_OF, 'complaint', COMPLAINT_FACTS);
    const values = await sqlFactValues(engine, dataset, ruleSet, 'complaint');

    expect(values.has(String(COMPLAINTS.length))).toBe(false);
    COMPLAINTS.forEach(([row, open, overdue, deadline], i) => {
      expect(values.get(String(i)), row.complaintId).toEqual({
        complaintOpen: open,
        complaintDaysOverdue: overdue,
        complaintDeadline: deadline,
      });
    });
  });

  it('census issues: due date and past due, before and after the notice', async () => {
    const ruleSet = probeRuleSet(AS_OF, 'censusIssue', ISSUE_FACTS);
    const values = await sqlFactValues(engine, dataset, ruleSet, 'censusIssue');

    ISSUES.forEach(([row, due, past], i) => {
      expect(values.get(String(i)), row.issueId).toEqual({
        censusIssueDueDate: due,
        censusIssuePastDue: past,
      });
    });

    // Before 2020-08-22 the deadline is the national null: none.
    const early = probeRuleSet('2020-08-01', 'censusIssue', ISSUE_FACTS);
    const before = await sqlFactValues(engine, dataset, early, 'censusIssue');
    expect(before.get('5')).toEqual({
      censusIssueDueDate: undefined,
      censusIssuePastDue: undefined,
    });
  });

  it('projects: not started', async () => {
    const ruleSet = probeRuleSet(AS_OF, 'project', PROJECT_FACTS);
    const values = await sqlFactValues(engine, dataset, ruleSet, 'project');

    PROJECTS.forEach(([row, notStarted], i) => {
      expect(values.get(String(i)), row.projectId).toEqual({
        projectNotStarted: notStarted,
      });
    });
  });
});

describe('the hand-worked values are those compute gives', () => {
  const same = (
    kind: Subject['kind'],
    facts: Readonly<Record<string, 'boolean' | 'number' | 'date'>>,
    subject: Subject,
    expected: FactValue[],
  ) => {
    const ruleSet = probeRuleSet(AS_OF, kind, facts);
    const got = Object.keys(facts).map((fact) =>
      inProcessFactValue(ruleSet, dataset, subject, fact),
    );
    expect(got).toEqual(expected);
  };

  it('for complaints, but a deadline of a fractional time limit', () => {
    for (const [row, ...expected] of COMPLAINTS.slice(0, -1))
      same(
        'complaint',
        COMPLAINT_FACTS,
        { kind: 'complaint', complaint: row, ...place },
        expected,
      );

    // addDays writes no calendar date for 2.5 days; the SQL gives unknown.
    const [row] = COMPLAINTS.at(-1)!;
    const subject: Subject = { kind: 'complaint', complaint: row, ...place };
    const ruleSet = probeRuleSet(AS_OF, 'complaint', COMPLAINT_FACTS);
    expect(
      inProcessFactValue(ruleSet, dataset, subject, 'complaintDeadline'),
    ).toBe('2020-09-12.5');
  });

  it('for census issues and projects', () => {
    for (const [row, ...expected] of ISSUES)
      same(
        'censusIssue',
        ISSUE_FACTS,
        { kind: 'censusIssue', issue: row, ...place },
        expected,
      );
    for (const [row, ...expected] of PROJECTS)
      same(
        'project',
        PROJECT_FACTS,
        { kind: 'project', project: row, village: undefined },
        expected,
      );
  });
});

import { type Finding, loadRuleSet } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import { deadlineOf } from './deadline.js';

const finding = (
  ruleId: string,
  severity: Finding['severity'],
  data: Record<string, unknown> = {},
) => ({ ruleId, severity, data }) as Finding;

describe('deadlineOf', () => {
  const deadline = deadlineOf(
    loadRuleSet([shaanxi], '2020-09-30'),
    '2020-09-30',
  );

  it("takes the due date the rule's message states", () => {
    // A census issue: its 完成时限, or Shaanxi's 2020-08-31 (四（一）).
    expect(
      deadline(
        finding('national/census-issue-open', 'high', {
          censusIssueDueDate: '2020-08-31',
        }),
      ),
    ).toBe('2020-08-31');
    // A complaint accepted 2020-09-01 with 15 days: due 2020-09-16.
    expect(
      deadline(
        finding('national/complaint-overdue/open', 'medium', {
          complaintDeadline: '2020-09-16',
        }),
      ),
    ).toBe('2020-09-16');
    // Not a date (a blank due date): none.
    expect(
      deadline(
        finding('national/complaint-overdue/open', 'medium', {
          complaintDeadline: null,
        }),
      ),
    ).toBeNull();
  });

  it('else allows the days of the severity from the run', () => {
    // 2020-09-30 + 15, + 30, + 60 days.
    expect(deadline(finding('national/income-below-line', 'high'))).toBe(
      '2020-10-15',
    );
    expect(deadline(finding('national/no-pension', 'medium'))).toBe(
      '2020-10-30',
    );
    expect(deadline(finding('national/id-checksum/check-digit', 'low'))).toBe(
      '2020-11-29',
    );
  });
});

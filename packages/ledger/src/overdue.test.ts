import type { Finding } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { overdueFindings } from './overdue.js';
import type { LedgerEntry } from './types.js';

function entry(
  id: string,
  county: string | null,
  department: string,
  deadline: string | null,
  more: Partial<LedgerEntry> = {},
): LedgerEntry {
  return {
    finding: { findingId: id, county, department } as Finding,
    firstSeen: '2020-09-01',
    lastSeen: '2020-09-30',
    present: true,
    status: '待核实',
    statusSince: '2020-09-01',
    deadline,
    history: [],
    ...more,
  };
}

describe('overdueFindings', () => {
  it('lists open, found findings past their deadline by county and department', () => {
    const groups = overdueFindings(
      [
        entry('a', '周至县', '教育部门', '2020-09-15'), // 15 days late
        entry('b', '周至县', '教育部门', '2020-09-29'), // 1 day late
        entry('c', '周至县', '教育部门', '2020-09-30'), // due today: not late
        entry('d', '周至县', '民政部门', '2020-08-31'), // 30 days late
        entry('e', '蓝田县', '教育部门', '2020-09-01', { status: '已消疑' }),
        entry('f', '蓝田县', '教育部门', '2020-09-01', { present: false }),
        entry('g', '蓝田县', '水利部门', null),
        entry('h', null, '扶贫部门', '2020-09-20', { status: '双线已核' }),
        entry('i', '蓝田县', '水利部门', '2020-09-28'), // 2 days late
      ],
      '2020-09-30',
    );
    expect(
      groups.map((g) => [
        g.county,
        g.department,
        g.findings.map((f) => [f.entry.finding.findingId, f.daysLate]),
      ]),
    ).toEqual([
      [
        '周至县',
        '教育部门',
        [
          ['a', 15],
          ['b', 1],
        ],
      ],
      ['周至县', '民政部门', [['d', 30]]],
      ['蓝田县', '水利部门', [['i', 2]]],
      [null, '扶贫部门', [['h', 10]]],
    ]);
  });
});

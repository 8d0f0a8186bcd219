import {
  addDays,
  type CalendarDate,
  type FieldSpec,
  households,
  members,
  type MonitoringRecord,
} from '@duibiao/core';

import { answerOf, MONITORING_LINE, spotItems } from '../follow-up-rows.js';
import { before, dayBetween } from '../household-traits.js';
import { addRow, type ListRows } from '../list-rows.js';
import type { Draft, Intended, Planter, Profile } from '../types.js';
import { onHousehold } from './helpers.js';
import { onRow, removeRows } from './list-helpers.js';

/** A monitored household whose risk is not removed, with its income. */
function monitored(low: number, high: number) {
  return (profile: Profile, random: Draft['random']) => {
    if (profile.type === '贫困户') profile.type = '已脱贫户';
    profile.monitored = true;
    profile.removed = false;
    profile.income = random.int(low, high);
  };
}

/** The household's monitoring rows, oldest first. */
function periods(draft: Draft, rows: ListRows): MonitoringRecord[] {
  return (rows.monitoring ?? [])
    .filter((row) => row.householdId === draft.household.householdId)
    .sort((a, b) => ((a.periodStart ?? '') < (b.periodStart ?? '') ? -1 : 1));
}

/** The last two periods, when there are two. */
function lastTwo(
  draft: Draft,
  rows: ListRows,
): [MonitoringRecord, MonitoringRecord] | undefined {
  const all = periods(draft, rows);
  const latest = all.at(-1);
  const previous = all.at(-2);

  return latest && previous ? [previous, latest] : undefined;
}

/** The first day of the half-month period before the one holding a day. */
function previousPeriodStart(day: CalendarDate): CalendarDate {
  const start = `${day.slice(0, 8)}${Number(day.slice(8, 10)) <= 15 ? '01' : '16'}`;
  const last = addDays(start, -1) as CalendarDate;

  return `${last.slice(0, 8)}${Number(last.slice(8, 10)) <= 15 ? '01' : '16'}`;
}

/** A day for a spot check: more than a week ago in a county planted late. */
function checkDay(draft: Draft): CalendarDate {
  const late = draft.place.lists.lateChecks;

  return before(
    draft.asOf,
    late ? draft.random.int(8, 60) : draft.random.int(0, 60),
  );
}

const FIELDS: Record<string, FieldSpec> = {
  ...households.fields,
  ...members.fields,
};

/** Items no registry field has: what the family was asked is not on record. */
const NO_SUCH_ITEMS: readonly string[] = [
  '家庭住址',
  '耕地面积',
  '是否享受产业奖补',
  '外出务工地点',
];

/**
 * Planters of the follow-up tables' families: monitoring figures that
 * fall or are outstripped by spending, a monitored household not
 * screened, spot checks that disagree or ask about nothing on record,
 * petitions overdue, and census problems left open.
 */
export const followUpPlanters: readonly Planter[] = [
  {
    ruleId: 'national/income-drop/share',
    // Below the monitoring line throughout: only the fall is found.
    profile: monitored(4300, 5500),
    lists(draft, rows) {
      const pair = lastTwo(draft, rows);
      if (!pair) return [];
      const [previous, latest] = pair;
      latest.netIncome = Math.round(
        (previous.netIncome ?? 0) * draft.random.between(0.3, 0.6),
      );

      return [onHousehold('national/income-drop/share')];
    },
  },
  {
    ruleId: 'national/income-drop/below-line',
    profile: monitored(6200, 6800),
    lists(draft, rows) {
      const pair = lastTwo(draft, rows);
      if (!pair) return [];
      const [previous, latest] = pair;
      // At or above the line as a year's per member, then under it, by a
      // fall of less than 30 % (a fifth at most).
      const period = (share: number) =>
        (MONITORING_LINE * share * draft.members.length) / 24;
      previous.netIncome = Math.ceil(period(draft.random.between(1.02, 1.1)));
      latest.netIncome = Math.floor(period(draft.random.between(0.9, 0.98)));

      return [onHousehold('national/income-drop/below-line')];
    },
  },
  {
    ruleId: 'national/expense-spike',
    profile: monitored(6500, 9000),
    lists(draft, rows) {
      const pair = lastTwo(draft, rows);
      if (!pair) return [];
      const [previous, latest] = pair;
      latest.outOfPocket = Math.round(
        (previous.netIncome ?? 0) * draft.random.between(1.2, 2.5),
      );

      return [onHousehold('national/expense-spike')];
    },
  },
  {
    ruleId: 'national/monitoring-period-invalid',
    profile: monitored(6500, 9000),
    lists(draft, rows) {
      // A copy of the oldest period with its dates swapped: the comparison
      // of the two latest periods is not touched.
      const oldest = periods(draft, rows)[0];
      const { periodStart, periodEnd } = oldest ?? {};
      if (!oldest || !periodStart || !periodEnd || periodStart === periodEnd)
        return [];
      addRow(rows, 'monitoring', {
        ...oldest,
        periodStart: periodEnd,
        periodEnd: periodStart,
      });

      return [onHousehold('national/monitoring-period-invalid')];
    },
  },
  {
    ruleId: 'shaanxi/screening-overdue',
    profile(profile, random) {
      monitored(4300, 9000)(profile, random);
    },
    lists(draft, rows) {
      const start = previousPeriodStart(draft.asOf);
      removeRows(
        rows,
        'monitoring',
        (row) =>
          row.householdId === draft.household.householdId &&
          (row.periodEnd ?? '') >= start,
      );

      return [onHousehold('shaanxi/screening-overdue')];
    },
  },
  {
    ruleId: 'national/spot-check-mismatch/answer',
    lists(draft, rows) {
      const item = spotItems(draft, draft.random).find((candidate) => {
        const spec = FIELDS[candidate.field];
        return spec?.kind === 'boolean' || spec?.kind === 'enum';
      });
      if (!item) return [];
      const spec = FIELDS[item.field] as FieldSpec;
      const recorded = answerOf(item, draft.household, draft.random);
      const others =
        spec.kind === 'boolean'
          ? [recorded === '是' ? '否' : '是']
          : (spec.values ?? []).filter((value) => value !== recorded);
      const checkedOn = checkDay(draft);
      const idNumber = item.member?.idNumber;
      addRow(rows, 'spotChecks', {
        householdId: draft.household.householdId,
        idNumber,
        checkedOn,
        item: item.name,
        answer: draft.random.pick(others),
      });

      const subject = `S:${draft.household.householdId}:${idNumber ?? ''}:${item.name}:${checkedOn}`;
      return [onRow('national/spot-check-mismatch/answer', subject, idNumber)];
    },
  },
  {
    ruleId: 'national/spot-check-mismatch/unknown-item',
    lists(draft, rows) {
      const item = draft.random.pick(NO_SUCH_ITEMS);
      const checkedOn = checkDay(draft);
      addRow(rows, 'spotChecks', {
        householdId: draft.household.householdId,
        idNumber: null,
        checkedOn,
        item,
        answer: draft.random.chance(0.5) ? '是' : '不清楚',
      });

      // With no field to compare, the answer cannot be judged either.
      const subject = `S:${draft.household.householdId}::${item}:${checkedOn}`;
      return [
        onRow('national/spot-check-mismatch/unknown-item', subject, null),
        {
          ...onRow('national/spot-check-mismatch/answer', subject, null),
          unknown: true,
        },
      ];
    },
  },
  ...(['open', 'closed-late'] as const).map(
    (kind): Planter => ({
      ruleId: `national/complaint-overdue/${kind}`,
      lists(draft, rows) {
        const { household, asOf, random } = draft;
        const head = draft.members.find((m) => m.relation === '户主');
        const limitDays = random.pick([15, 30, 60]);
        const late = random.int(3, 40);
        // Accepted long enough ago to be past its limit by now.
        const receivedOn = before(asOf, limitDays + late + random.int(1, 60));
        const complaintId = `XF${household.householdId}`;
        removeRows(rows, 'complaints', () => true);
        addRow(rows, 'complaints', {
          complaintId,
          householdId: household.householdId,
          idNumber: head?.idNumber,
          receivedOn,
          topic: random.pick(['低保评定', '危房改造补助', '产业奖补资金']),
          closedOn:
            kind === 'open'
              ? null
              : (addDays(receivedOn, limitDays + late) as CalendarDate),
          limitDays,
        });

        return [
          onRow(
            `national/complaint-overdue/${kind}`,
            `C:${complaintId}`,
            head?.idNumber,
          ),
        ];
      },
    }),
  ),
  {
    ruleId: 'national/census-issue-open',
    lists(draft, rows) {
      const { household, asOf, random } = draft;
      const deadline = '2020-08-31' < asOf ? '2020-08-31' : before(asOf, 15);
      const issueId = `PC${household.householdId}`;
      const member = random.chance(0.5)
        ? random.pick(draft.members)
        : undefined;
      removeRows(rows, 'censusIssues', () => true);
      addRow(rows, 'censusIssues', {
        issueId,
        householdId: household.householdId,
        idNumber: member?.idNumber ?? null,
        issueType: random.pick([
          '收入核算不准确',
          '人员信息不一致',
          '疑似漏评',
        ]),
        foundOn: dayBetween(before(deadline, 90), before(deadline, 20), random),
        status: random.chance(0.6) ? '待核实' : '已核实',
        deadline,
      });

      const found: Intended = onRow(
        'national/census-issue-open',
        `I:${issueId}`,
        member?.idNumber,
      );
      return [found];
    },
  },
];

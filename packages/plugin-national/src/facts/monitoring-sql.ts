import type { FactSql, FactSqlContext } from '@duibiao/core';

import { firstDaySql, lastDaySql } from './date-spans-sql.js';

/**
 * The SQL of the 收支监测 facts of monitoring.ts: one scalar subquery per
 * fact over the household's rows, which finds the latest two periods as
 * `latestPeriods` does (monitoring-periods.ts) and gives the fact from
 * them.
 */

/** One period's columns inside the subquery. */
export interface PeriodSql {
  /** First day, a DATE. */
  readonly first: string;
  /** Last day, a DATE. */
  readonly last: string;
  /** Days, both ends included. */
  readonly days: string;
  /** Whole or half calendar months, NULL when it is neither. */
  readonly months: string;
  /** 家庭纯收入, NULL when blank or disputed. */
  readonly netIncome: string;
  /** 合规自付支出, NULL when blank or disputed. */
  readonly outOfPocket: string;
}

/** The latest period and the one before it, inside the subquery. */
export interface PairSql {
  readonly latest: PeriodSql;
  readonly previous: PeriodSql;
}

/** What the subquery gives in each case `latestPeriods` tells apart. */
interface PairCases {
  /** When a row's date is blank or unreadable. */
  readonly unknown: string;
  /** When no two periods over by the reference date follow one another. */
  readonly none: string;
  /** When they do. */
  pair(pair: PairSql): string;
}

const period = (alias: string): PeriodSql => ({
  first: `${alias}.pf`,
  last: `${alias}.pl`,
  days: `${alias}.pdays`,
  months: `${alias}.pmonths`,
  netIncome: `${alias}.pni`,
  outOfPocket: `${alias}.poop`,
});

/**
 * Whole calendar months (the 1st to a last day) or half of one (the 1st
 * to the 15th, the 16th to the last day), as `calendarMonths` counts them.
 */
function calendarMonthsSql(q: FactSqlContext, f: string, l: string): string {
  const day = (d: string) => `EXTRACT(DAY FROM ${d})`;
  const part = (unit: string, d: string) => `EXTRACT(${unit} FROM ${d})`;
  const monthEnd = `${l} = ${q.fn.lastDayOfMonth(l)}`;
  const sameMonth = `${q.fn.lastDayOfMonth(f)} = ${q.fn.lastDayOfMonth(l)}`;
  const whole =
    `((${part('YEAR', l)} - ${part('YEAR', f)}) * 12` +
    ` + ${part('MONTH', l)} - ${part('MONTH', f)} + 1)`;

  return (
    `(CASE WHEN ${day(f)} = 1 AND ${monthEnd} THEN ${whole} * ${q.number(1)}` +
    ` WHEN ${sameMonth} AND ((${day(f)} = 1 AND ${day(l)} = 15)` +
    ` OR (${day(f)} = 16 AND ${monthEnd})) THEN ${q.number(0.5)} END)`
  );
}

/** A figure of a period: the one value every row of it gives, else NULL. */
const agreed = (column: string) =>
  `(CASE WHEN count(${column}) = count(*) AND min(${column}) = max(${column}) THEN min(${column}) END)`;

/** The period of `from` with the latest first day, then the latest last. */
const latestOf = (from: string) =>
  `SELECT * FROM ${from} WHERE pf = (SELECT max(pf) FROM ${from})` +
  ` AND pl = (SELECT max(pl) FROM ${from}` +
  ` WHERE pf = (SELECT max(pf) FROM ${from}))`;

/**
 * A scalar subquery over the household's latest two 收支监测 periods over
 * by the reference date: rows of one first and last day merged into one
 * period, rows that end before they start left out, the previous period
 * the latest of those that end before the latest starts.
 *
 * @param q - The fact's SQL context.
 * @param cases - What it gives when a date is unknown, when there is no
 * pair, and from the pair.
 * @returns The subquery.
 */
function overPeriodPair(q: FactSqlContext, cases: PairCases): string {
  const rows = q.related('monitoring');
  const start = rows.column('periodStart').value;
  const end = rows.column('periodEnd').value;
  const mr =
    `SELECT ${firstDaySql(q, start)} AS pf, ${lastDaySql(q, end)} AS pl,` +
    ` ${rows.column('netIncome').value} AS pni,` +
    ` ${rows.column('outOfPocket').value} AS poop` +
    ` FROM ${rows.from} WHERE ${rows.where}`;
  const mp =
    `SELECT pf, pl, ${q.fn.daysBetween('pf', 'pl')} + 1 AS pdays,` +
    ` ${calendarMonthsSql(q, 'pf', 'pl')} AS pmonths,` +
    ` ${agreed('pni')} AS pni, ${agreed('poop')} AS poop FROM mr` +
    ` WHERE pl >= pf AND pl <= ${q.asOf} GROUP BY pf, pl`;
  const mq = `SELECT * FROM mp WHERE pl < (SELECT pf FROM ma)`;
  const pair = { latest: period('a'), previous: period('b') };

  return (
    `(WITH mr AS (${mr}), mp AS (${mp}), ma AS (${latestOf('mp')}),` +
    ` mq AS (${mq}), mb AS (${latestOf('mq')})` +
    ` SELECT CASE WHEN EXISTS (SELECT 1 FROM mr WHERE pf IS NULL OR pl IS NULL)` +
    ` THEN ${cases.unknown} WHEN b.pf IS NULL THEN ${cases.none}` +
    ` ELSE ${cases.pair(pair)} END` +
    ` FROM (SELECT 1 AS one) AS o LEFT JOIN ma AS a ON TRUE` +
    ` LEFT JOIN mb AS b ON TRUE)`
  );
}

/**
 * TRUE when the household has no pair of periods, as a fact's `none`:
 * one column per household, which every fact of the pair reads.
 */
function noPair(q: FactSqlContext): string {
  return q.shared('monitoringNoPair', () =>
    overPeriodPair(q, { unknown: 'FALSE', none: 'TRUE', pair: () => 'FALSE' }),
  );
}

/**
 * A fact read off the pair: NULL when a date is unknown, none without a
 * pair.
 *
 * @param q - The fact's SQL context.
 * @param pick - The value from the pair.
 * @returns The fact's SQL.
 */
export function pairFactSql(
  q: FactSqlContext,
  pick: (pair: PairSql) => string,
): FactSql {
  return {
    value: overPeriodPair(q, { unknown: 'NULL', none: 'NULL', pair: pick }),
    none: noPair(q),
  };
}

/**
 * A period as its first～last day.
 *
 * @param q - The fact's SQL context.
 * @param of - The period's columns.
 * @returns A text expression.
 */
export function spanSql(q: FactSqlContext, of: PeriodSql): string {
  return `(${q.fn.dateText(of.first)} || ${q.text('～')} || ${q.fn.dateText(of.last)})`;
}

/**
 * A figure of the latest period over one of the previous, per month or
 * per day, as `rateRatio` gives it, then passed through `then`: none when
 * the previous figure is not above 0.
 *
 * @param q - The fact's SQL context.
 * @param latest - The latest period's figure.
 * @param previous - The previous period's figure.
 * @param then - The fact's value from the ratio.
 * @returns The fact's SQL.
 */
export function ratioFactSql(
  q: FactSqlContext,
  latest: (pair: PairSql) => string,
  previous: (pair: PairSql) => string,
  then: (ratio: string) => string,
): FactSql {
  const ratio = (pair: PairSql) => {
    const [a, b] = [pair.latest, pair.previous];
    const byMonths = `${a.months} IS NOT NULL AND ${b.months} IS NOT NULL`;
    const length = (p: PeriodSql) =>
      `(CASE WHEN ${byMonths} THEN ${p.months} ELSE ${p.days} END)`;
    return q.fn.round(
      `((${latest(pair)} * ${length(b)}) / (${previous(pair)} * ${length(a)}))`,
      9,
    );
  };
  const known = (pair: PairSql) =>
    `${latest(pair)} IS NOT NULL AND ${previous(pair)} IS NOT NULL`;

  return {
    value: overPeriodPair(q, {
      unknown: 'NULL',
      none: 'NULL',
      pair: (pair) =>
        `(CASE WHEN ${known(pair)} AND ${previous(pair)} > 0` +
        ` THEN ${then(ratio(pair))} END)`,
    }),
    none: overPeriodPair(q, {
      unknown: 'FALSE',
      none: 'TRUE',
      pair: (pair) =>
        `(CASE WHEN ${known(pair)} AND ${previous(pair)} <= 0` +
        ` THEN TRUE ELSE FALSE END)`,
    }),
  };
}

/**
 * A share as a percentage to one decimal, or more (up to four) where one
 * would read as the limit, as `percentAgainst` writes it. The limit's
 * roundings are worked out here: it is one number for every household.
 *
 * @param q - The fact's SQL context.
 * @param share - The share.
 * @param limit - The limit's value, a share too.
 * @returns A number expression.
 */
export function percentAgainstSql(
  q: FactSqlContext,
  share: string,
  limit: unknown,
): string {
  const percent = `(${share} * 100)`;
  if (typeof limit !== 'number') return q.fn.round(percent, 1);

  const limitPercent = limit * 100;
  const rounded = (decimals: number) => {
    const scale = 10 ** decimals;
    return q.number(Math.round(limitPercent * scale) / scale);
  };
  const differs = (decimals: number) =>
    `${q.fn.round(percent, decimals)} <> ${rounded(decimals)}`;

  return (
    `(CASE WHEN ${percent} = ${q.number(limitPercent)} OR ${differs(1)}` +
    ` THEN ${q.fn.round(percent, 1)}` +
    ` WHEN ${differs(2)} THEN ${q.fn.round(percent, 2)}` +
    ` WHEN ${differs(3)} THEN ${q.fn.round(percent, 3)}` +
    ` ELSE ${q.fn.round(percent, 4)} END)`
  );
}

/**
 * A period's net income as a year's per member, as `annualPerCapita`
 * gives it: by months × 12 or by days × 365, over the members.
 *
 * @param q - The fact's SQL context.
 * @param pick - The period.
 * @returns The fact's SQL.
 */
export function annualPerCapitaSql(
  q: FactSqlContext,
  pick: (pair: PairSql) => PeriodSql,
): FactSql {
  const members = q.related('members');
  const count = `(SELECT count(*) FROM ${members.from} WHERE ${members.where})`;
  const perYear = overPeriodPair(q, {
    unknown: 'NULL',
    none: 'NULL',
    pair: (pair) => {
      const p = pick(pair);
      return (
        `(CASE WHEN ${p.months} IS NOT NULL THEN (${p.netIncome} * 12) / ${p.months}` +
        ` ELSE (${p.netIncome} * 365) / ${p.days} END)`
      );
    },
  });

  return {
    value: `(CASE WHEN ${count} = 0 THEN NULL ELSE ${q.fn.round(`${perYear} / ${count}`, 2)} END)`,
    none: noPair(q),
  };
}

/**
 * How many of the household's rows pass a test of their first and last
 * day (NULL when unreadable).
 */
function countRows(
  q: FactSqlContext,
  test: (first: string, last: string) => string,
): string {
  const rows = q.related('monitoring');
  const first = firstDaySql(q, rows.column('periodStart').value);
  const last = lastDaySql(q, rows.column('periodEnd').value);

  return `(SELECT count(CASE WHEN ${test(first, last)} THEN 1 END) FROM ${rows.from} WHERE ${rows.where})`;
}

/**
 * backwardsMonitoringPeriodCount: rows that end before they start, a
 * range up to those plus the rows with a blank date.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL with its range.
 */
export function backwardsCountSql(q: FactSqlContext): FactSql {
  const known = countRows(q, (f, l) => `${l} < ${f}`);
  const most = countRows(
    q,
    (f, l) => `${l} < ${f} OR ${f} IS NULL OR ${l} IS NULL`,
  );

  return {
    value: `(CASE WHEN ${known} = ${most} THEN ${known} END)`,
    range: { min: known, max: most },
  };
}

/**
 * backwardsMonitoringPeriods: those rows as 统计开始～统计结束, joined by 、
 * in input order; none when there are none.
 *
 * @param q - The fact's SQL context.
 * @returns The fact's SQL.
 */
export function backwardsPeriodsSql(q: FactSqlContext): FactSql {
  const rows = q.related('monitoring');
  const start = rows.column('periodStart').value;
  const end = rows.column('periodEnd').value;
  const backwards = `${lastDaySql(q, end)} < ${firstDaySql(q, start)}`;
  const text = `(${start} || ${q.text('～')} || ${end})`;

  return {
    value:
      `(SELECT ${q.fn.joinText(text, q.text('、'), rows.row)}` +
      ` FROM ${rows.from} WHERE ${rows.where} AND ${backwards})`,
    none: `(${countRows(q, (f, l) => `${l} < ${f}`)} = 0)`,
  };
}

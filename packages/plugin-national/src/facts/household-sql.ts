import {
  type FactSql,
  type FactSqlContext,
  type RelatedRows,
  vocabulary,
} from '@duibiao/core';

import { memberAgeSql } from './age.js';
import { asOfSpanSql, elapsedMonthsSql, textSpanSql } from './months-sql.js';
import { countSql, rowCountSql, someSql } from './three-valued-sql.js';

/**
 * The SQL forms of household.ts's facts, one function per fact, each
 * giving row by row what the fact's `compute` gives. Tests of a member
 * are written over the columns of the household's member rows
 * (`q.related('members')`), as three-valued.ts's `some` and `count` take
 * them one by one.
 */

/** A household's member rows and one of their columns' values. */
function members(q: FactSqlContext): {
  rows: RelatedRows;
  col: (field: string) => string;
} {
  const rows = q.related('members');

  return { rows, col: (field) => rows.column(field).value };
}

/** SQL of a text's literals, for `IN (…)`. */
function texts(q: FactSqlContext, values: readonly string[]): string {
  return values.map((value) => q.text(value)).join(', ');
}

/** `isAble`: 普通劳动力 or 技能劳动力, NULL when 劳动技能 is blank. */
function isAbleSql(q: FactSqlContext, col: (field: string) => string) {
  return `(${col('labour')} IN (${texts(q, vocabulary.ABLE_LABOUR_TYPES)}))`;
}

/** `memberCount`: the household's member rows. */
export function memberCountSql(q: FactSqlContext): FactSql {
  return { value: rowCountSql(q.related('members')) };
}

/** `hasAbleLabour`: some member is 普通劳动力 or 技能劳动力. */
export function hasAbleLabourSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);

  return { value: someSql(rows, isAbleSql(q, col)) };
}

/** `ableLabourCount`: members who are 普通劳动力 or 技能劳动力. */
export function ableLabourCountSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);

  return { value: countSql(rows, isAbleSql(q, col)) };
}

/**
 * `ableLabourShare`: able members over all, as a double; unknown for a
 * household without member rows or with a blank 劳动技能.
 */
export function ableLabourShareSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  const able = isAbleSql(q, col);
  const share =
    `CASE WHEN count(*) = 0 OR count(CASE WHEN (${able}) IS NULL THEN 1 END) > 0` +
    ` THEN NULL ELSE ${q.number(1)} * count(CASE WHEN ${able} THEN 1 END) / count(*) END`;

  return { value: `(SELECT ${share} FROM ${rows.from} WHERE ${rows.where})` };
}

/** `hasAssistedMember`: some member receives 低保 or 特困供养. */
export function hasAssistedMemberSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  // Kleene OR, as the fact's test: TRUE for either, NULL for a blank one.
  const test = `(${col('minimumLiving')} OR ${col('extremePoverty')})`;

  return { value: someSql(rows, test) };
}

/** `hasDisabledMember`: 健康状况 holds 残疾, or a disability card. */
export function hasDisabledMemberSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  const health = col('health');
  const card = rows.column('disabilityCard');
  // A blank card the record does not call none is unknown.
  const cardUnknown = `(${card.value} IS NULL AND NOT ${card.none ?? 'FALSE'})`;
  const test =
    `(CASE WHEN ${q.fn.listContains(health, q.text('残疾'))} OR ${card.value} IS NOT NULL THEN TRUE` +
    ` WHEN ${health} IS NULL OR ${cardUnknown} THEN NULL ELSE FALSE END)`;

  return { value: someSql(rows, test) };
}

/** `hasIllMember`: 健康状况 holds 长期慢性病 or 患有大病. */
export function hasIllMemberSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  const has = (condition: string) =>
    q.fn.listContains(col('health'), q.text(condition));

  return {
    value: someSql(rows, `(${has('长期慢性病')} OR ${has('患有大病')})`),
  };
}

/** `hasEmployedMember`: migrant months above 0, a welfare job or a ranger post. */
export function hasEmployedMemberSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  // Kleene OR: any TRUE wins, else a blank one makes it unknown.
  const test =
    `(${col('migrantMonths')} > 0 OR ${col('publicWelfareJob')}` +
    ` OR ${col('forestRanger')})`;

  return { value: someSql(rows, test) };
}

/** A member row's age as the youngest and oldest it may be (age.ts). */
function ageOf(
  q: FactSqlContext,
  rows: RelatedRows,
): { min: string; max: string } {
  // The member's own `age` fact, computed once per member, where the
  // engine offers it.
  const age = rows.fact
    ? rows.fact('age')
    : memberAgeSql(q, (field) => rows.column(field));

  return age.range ?? { min: age.value, max: age.value };
}

/**
 * core's `testNumber(age, (years) => years >= bound)` (`<=` with `most`):
 * TRUE when the whole range passes, FALSE when none of it does, else NULL.
 */
function ageTest(
  age: { min: string; max: string },
  op: '>=' | '<=',
  bound: string,
): string {
  const [all, none] = op === '>=' ? [age.min, age.max] : [age.max, age.min];
  const fails = op === '>=' ? '<' : '>';

  return `(CASE WHEN ${all} ${op} ${bound} THEN TRUE WHEN ${none} ${fails} ${bound} THEN FALSE END)`;
}

/** household.ts's `isDropout` over a member row. */
function isDropoutSql(q: FactSqlContext, rows: RelatedRows): string {
  const age = ageOf(q, rows);
  const status = rows.column('schoolStatus');
  const reason = rows.column('notInSchoolReason');
  const none = (read: FactSql) => read.none ?? 'FALSE';
  // No 在校生状况 (none) is out of school; a blank reason none is no excuse.
  const outOfSchool =
    `(CASE WHEN ${none(status)} THEN TRUE WHEN ${status.value} IS NULL THEN NULL` +
    ` ELSE ${status.value} = ${q.text('失学辍学')} END)`;
  const excuses = texts(q, ['送教上门', '因身体原因不具备学习条件']);
  const notExcused =
    `(CASE WHEN ${none(reason)} THEN TRUE WHEN ${reason.value} IS NULL THEN NULL` +
    ` ELSE ${reason.value} NOT IN (${excuses}) END)`;

  return (
    `(${ageTest(age, '>=', q.param('compulsorySchoolAge.min'))}` +
    ` AND ${ageTest(age, '<=', q.param('compulsorySchoolAge.max'))}` +
    ` AND ${outOfSchool} AND ${notExcused})`
  );
}

/** `hasDropoutMember`: some member is a dropout as the `dropout` rule has it. */
export function hasDropoutMemberSql(q: FactSqlContext): FactSql {
  const rows = q.related('members');

  return { value: someSql(rows, isDropoutSql(q, rows)) };
}

/** `hasUninsuredMember`: some member past the newborn exemption in neither insurance. */
export function hasUninsuredMemberSql(q: FactSqlContext): FactSql {
  const rows = q.related('members');
  const col = (field: string) => rows.column(field).value;
  const old = ageTest(ageOf(q, rows), '>=', q.param('newbornExemptAge'));
  // Kleene: covered by either is FALSE, else a blank one unknown.
  const test = `(${old} AND NOT (${col('residentMedical')} OR ${col('employeeMedical')}))`;

  return { value: someSql(rows, test) };
}

/**
 * `headCount`: members recorded as 户主; unknown when a relation is blank
 * and fewer than two heads are known.
 */
export function headCountSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  const relation = col('relation');
  const heads = `count(CASE WHEN ${relation} = ${q.text('户主')} THEN 1 END)`;
  const blanks = `count(CASE WHEN ${relation} IS NULL THEN 1 END)`;

  return {
    value:
      `(SELECT CASE WHEN ${blanks} > 0 AND ${heads} < 2 THEN NULL ELSE ${heads} END` +
      ` FROM ${rows.from} WHERE ${rows.where})`,
  };
}

/**
 * `headSpouseSameSex`: with one head and some 配偶, whether a spouse has
 * the head's sex (`some` over the spouses); otherwise none, or unknown
 * when a blank relation may hide a head or a spouse.
 */
export function headSpouseSameSexSql(q: FactSqlContext): FactSql {
  const { rows, col } = members(q);
  const relation = col('relation');
  const isHead = `${relation} = ${q.text('户主')}`;
  const isSpouse = `${relation} = ${q.text('配偶')}`;
  const over = (select: string) =>
    `(SELECT ${select} FROM ${rows.from} WHERE ${rows.where})`;
  const pair = over(
    `count(CASE WHEN ${isHead} THEN 1 END) = 1 AND count(CASE WHEN ${isSpouse} THEN 1 END) > 0`,
  );
  const blank = over(`count(CASE WHEN ${relation} IS NULL THEN 1 END) > 0`);

  // The one head's row beside each spouse's: `some` over the pairs is
  // `some` over the spouses.
  const head = q.related('members');
  const spouse = q.related('members');
  const sex = (r: RelatedRows) => r.column('sex').value;
  const role = (r: RelatedRows, name: string) =>
    `${r.column('relation').value} = ${q.text(name)}`;
  const same = `(${sex(head)} = ${sex(spouse)})`;
  const grade = `CASE ${same} WHEN TRUE THEN 2 WHEN FALSE THEN 0 ELSE 1 END`;
  const someSpouse =
    `(SELECT CASE max(${grade}) WHEN 2 THEN TRUE WHEN 1 THEN NULL ELSE FALSE END` +
    ` FROM ${head.from}, ${spouse.from}` +
    ` WHERE ${head.where} AND ${spouse.where}` +
    ` AND ${role(head, '户主')} AND ${role(spouse, '配偶')})`;

  return {
    value: `(CASE WHEN ${pair} THEN ${someSpouse} END)`,
    none: `(NOT ${pair} AND NOT ${blank})`,
  };
}

/** `monthsSinceMonitored`: whole months from 识别监测时间 to the reference date. */
export function monthsSinceMonitoredSql(q: FactSqlContext): FactSql {
  const since = q.column('households', 'monitoredSince').value;

  return elapsedMonthsSql(q, textSpanSql(q, since), asOfSpanSql(q, 0));
}

/** `monthsSinceMonitoredExclusive`: the same to the day before the reference date. */
export function monthsSinceMonitoredExclusiveSql(q: FactSqlContext): FactSql {
  const since = q.column('households', 'monitoredSince').value;

  return elapsedMonthsSql(q, textSpanSql(q, since), asOfSpanSql(q, 1));
}

/** `monthsMonitoredBeforeRemoval`: whole months from 识别监测时间 to 消除监测时间. */
export function monthsMonitoredBeforeRemovalSql(q: FactSqlContext): FactSql {
  const since = q.column('households', 'monitoredSince').value;
  const removed = q.column('households', 'riskRemovedAt').value;

  return elapsedMonthsSql(q, textSpanSql(q, since), textSpanSql(q, removed));
}

/** `measureCount`: the measures registered (0 for a blank, which is none). */
export function measureCountSql(q: FactSqlContext): FactSql {
  return { value: q.fn.listLength(q.column('households', 'measures').value) };
}

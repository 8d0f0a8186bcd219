import type {
  FactSql,
  FactSqlContext,
  HousingRecord,
  ListKey,
  RelatedRows,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { daySpanSql } from './date-spans-sql.js';
import { type DatedRow, isOnOrBefore, latest } from './list-entries.js';
import {
  agreedSql,
  allNoneSql,
  asOfSpanSql,
  currentSql,
  latestRowsSql,
  onOrBeforeSql,
} from './list-entries-sql.js';

/**
 * Facts that read a line department's own record of a member or household
 * — the education roll, the public-security register, the housing
 * department's appraisals — for the enrolment-mismatch, deceased-member
 * and house-mismatch rules.
 *
 * A person or household may have several rows in force on the reference
 * date (an old extract and a new one); the department's current word is
 * its latest row by 数据截至日期. Rows whose order cannot be told (a blank
 * date, a month-only date against a day of that month) all count as
 * latest, and when the latest rows disagree on a field, that field is
 * unknown rather than a guess.
 *
 * Every fact names the list fields it reads in `inputs`, so a list that
 * was not provided makes it unknown; a list provided without a row for
 * the subject gives `null`, a known "not on the list".
 */

/**
 * The value of a field on the latest rows: `null` when there is no row,
 * unknown when the latest rows disagree or the field is blank.
 *
 * @param rows - One person's or household's rows in force.
 * @param field - The field.
 * @returns The value the latest rows agree on.
 */
function current<T extends DatedRow, F extends keyof T>(
  rows: readonly T[],
  field: F,
): T[F] | null | undefined {
  const last = latest(rows);
  if (last.length === 0) return null;

  const value = (last[0] as T)[field];
  if (last.some((row) => row[field] !== value)) return undefined;

  return value;
}

/** `current` of a member's rows of a list, in SQL. */
function memberCurrentSql(
  q: FactSqlContext,
  list: ListKey,
  field: string,
): FactSql {
  const id = q.column('members', 'idNumber').value;

  return currentSql(q, { list }, id, (rows) => rows.column(field));
}

/** Facts about a member's rows on the education and public-security lists. */
const memberRecordFacts = [
  defineFact({
    name: 'onEducationList',
    subject: 'member',
    type: 'boolean',
    description:
      'Whether the education list has a row for the member, whatever its 学籍状态.',
    inputs: ['education.idNumber', 'members.idNumber'],
    compute({ member }, context) {
      if (member.idNumber === undefined) return undefined;

      return context.lists.byId('education', member.idNumber).length > 0;
    },
    sql(q) {
      const id = q.column('members', 'idNumber').value;
      const rows = q.related('education');

      return {
        value: `(CASE WHEN ${id} IS NOT NULL THEN EXISTS (SELECT 1 FROM ${rows.from} WHERE ${rows.where}) END)`,
      };
    },
  }),
  defineFact({
    name: 'educationStatus',
    subject: 'member',
    type: 'string',
    description:
      '学籍状态 on the member’s latest row of the education list (在读, 休学, 辍学, 送教上门); null when the list has no row for the member.',
    inputs: ['education.status', 'education.asOf', 'members.idNumber'],
    compute({ member }, context) {
      if (member.idNumber === undefined) return undefined;

      return current(
        context.lists.byId('education', member.idNumber),
        'status',
      );
    },
    sql: (q) => memberCurrentSql(q, 'education', 'status'),
  }),
  defineFact({
    name: 'educationStage',
    subject: 'member',
    type: 'string',
    description:
      '学段 on the member’s latest row of the education list; null when the list has no row for the member.',
    inputs: ['education.stage', 'education.asOf', 'members.idNumber'],
    compute({ member }, context) {
      if (member.idNumber === undefined) return undefined;

      return current(context.lists.byId('education', member.idNumber), 'stage');
    },
    sql: (q) => memberCurrentSql(q, 'education', 'stage'),
  }),
  defineFact({
    name: 'residenceStatus',
    subject: 'member',
    type: 'string',
    description:
      '户籍状态 on the member’s latest row of the public-security list (正常, 死亡注销, 迁出); null when the list has no row for the member.',
    inputs: [
      'publicSecurity.status',
      'publicSecurity.asOf',
      'members.idNumber',
    ],
    compute({ member }, context) {
      if (member.idNumber === undefined) return undefined;

      return current(
        context.lists.byId('publicSecurity', member.idNumber),
        'status',
      );
    },
    sql: (q) => memberCurrentSql(q, 'publicSecurity', 'status'),
  }),
  defineFact({
    name: 'residenceChangedOn',
    subject: 'member',
    type: 'date',
    description:
      '变动日期 (day of the death or move) on the member’s latest row of the public-security list; null when blank or when there is no row.',
    inputs: [
      'publicSecurity.changedOn',
      'publicSecurity.asOf',
      'members.idNumber',
    ],
    compute({ member }, context) {
      if (member.idNumber === undefined) return undefined;

      return current(
        context.lists.byId('publicSecurity', member.idNumber),
        'changedOn',
      );
    },
    sql: (q) => memberCurrentSql(q, 'publicSecurity', 'changedOn'),
  }),
  defineFact({
    name: 'residenceChangeEffective',
    subject: 'member',
    type: 'boolean',
    description:
      'Whether the death or move on the member’s latest public-security row took effect on or before the reference date; a blank 变动日期 counts, as the row itself is dated no later. False for 正常 and when there is no row.',
    inputs: [
      'publicSecurity.status',
      'publicSecurity.changedOn',
      'publicSecurity.asOf',
      'members.idNumber',
    ],
    compute({ member }, context) {
      if (member.idNumber === undefined) return undefined;

      const rows = context.lists.byId('publicSecurity', member.idNumber);
      const status = current(rows, 'status');
      if (status === undefined) return undefined;
      if (status === null || status === '正常') return false;

      // The row is in force, so it speaks of a day no later than the
      // reference date: a change it states without a day has happened.
      const changedOn = current(rows, 'changedOn');
      if (changedOn === null) return true;
      if (changedOn === undefined) return undefined;

      return isOnOrBefore(changedOn, context.asOf);
    },
    sql(q) {
      const id = q.column('members', 'idNumber').value;
      // One pass over the latest rows: their status and 变动日期, each
      // the value they agree on, as current gives them.
      const effective = latestRowsSql(q, { list: 'publicSecurity' }, (rows) => {
        const status = agreedSql(rows.column('status').value);
        const changedOn = rows.column('changedOn');
        const day = daySpanSql(q, agreedSql(changedOn.value));

        return (
          `CASE WHEN count(*) = 0 THEN FALSE` +
          ` WHEN ${status} IS NULL THEN NULL` +
          ` WHEN ${status} = ${q.text('正常')} THEN FALSE` +
          ` WHEN ${allNoneSql(changedOn.none ?? 'FALSE')} THEN TRUE` +
          ` ELSE ${onOrBeforeSql(day, asOfSpanSql(q))} END`
        );
      });

      return { value: `(CASE WHEN ${id} IS NOT NULL THEN ${effective} END)` };
    },
  }),
] as const;

/**
 * A housing row's renovation status as a fact reads it. A blank 改造状态
 * is "no renovation" only on a row whose 改造年度 is blank too: beside a
 * year (or a year that is unknown) it says nothing about whether the
 * renovation finished, so it is unknown, never "not finished".
 *
 * @param row - A row of the housing list.
 * @returns The row's date and its status, `null` for no renovation.
 */
function renovationOf(
  row: HousingRecord,
): DatedRow & { status: HousingRecord['renovationStatus'] } {
  const noRenovation = row.renovationYear === null;
  const status =
    row.renovationStatus === null && !noRenovation
      ? undefined
      : row.renovationStatus;

  return { asOf: row.asOf, status };
}

/** `current` of a household's rows of the housing list, in SQL. */
function housingCurrentSql(
  q: FactSqlContext,
  valueOf: (rows: RelatedRows) => FactSql,
): FactSql {
  const id = q.column('households', 'householdId').value;

  return currentSql(q, { list: 'housing' }, id, valueOf);
}

/** Facts about a household's rows on the housing department's list. */
const householdRecordFacts = [
  defineFact({
    name: 'housingGrade',
    subject: 'household',
    type: 'string',
    description:
      '鉴定等级 (A–D) on the household’s latest row of the housing list; null when the list has no row for the household.',
    inputs: ['housing.grade', 'housing.asOf'],
    compute({ household }, context) {
      return current(
        context.lists.byHousehold('housing', household.householdId),
        'grade',
      );
    },
    sql: (q) => housingCurrentSql(q, (rows) => rows.column('grade')),
  }),
  defineFact({
    name: 'houseGradeDiffers',
    subject: 'household',
    type: 'boolean',
    description:
      'Whether the registry’s 危房等级 differs from the housing list’s 鉴定等级; false when the list has no row for the household.',
    inputs: ['housing.grade', 'housing.asOf', 'households.houseGrade'],
    compute({ household }, context) {
      const appraised = current(
        context.lists.byHousehold('housing', household.householdId),
        'grade',
      );
      if (appraised === null) return false;
      if (appraised === undefined || household.houseGrade === undefined)
        return undefined;

      return household.houseGrade !== appraised;
    },
    sql(q) {
      const appraised = q.fact('housingGrade');
      const recorded = q.column('households', 'houseGrade').value;

      return {
        value:
          `(CASE WHEN ${appraised.none ?? 'FALSE'} THEN FALSE` +
          ` WHEN ${appraised.value} IS NULL OR ${recorded} IS NULL THEN NULL` +
          ` ELSE ${recorded} <> ${appraised.value} END)`,
      };
    },
  }),
  defineFact({
    name: 'housingRenovationStatus',
    subject: 'household',
    type: 'string',
    description:
      '改造状态 (已竣工, 在建, 未开工) on the household’s latest row of the housing list; null when the row records no renovation (改造年度 and 改造状态 both blank) or the list has no row for the household; unknown when 改造状态 is blank beside a 改造年度.',
    inputs: [
      'housing.renovationStatus',
      'housing.renovationYear',
      'housing.asOf',
    ],
    compute({ household }, context) {
      const rows = context.lists.byHousehold('housing', household.householdId);

      return current(rows.map(renovationOf), 'status');
    },
    sql: (q) =>
      housingCurrentSql(q, (rows) => {
        const status = rows.column('renovationStatus');
        const year = rows.column('renovationYear');

        // As renovationOf: a blank status is none only beside a blank year.
        return {
          value: status.value,
          none: `(${status.none ?? 'FALSE'} AND ${year.none ?? 'FALSE'})`,
        };
      }),
  }),
] as const;

/**
 * Facts from the departments' own records of a member or household; see
 * the module comment for how several rows and a missing list are read.
 */
export const departmentRecordFacts = [
  ...memberRecordFacts,
  ...householdRecordFacts,
] as const;

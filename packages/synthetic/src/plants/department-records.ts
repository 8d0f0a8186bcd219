import type { Member } from '@duibiao/core';

import { ageOf, relabour } from '../assistance.js';
import { addRow, type ListRows } from '../list-rows.js';
import type { Draft, Planter } from '../types.js';
import { ableWorker, on, onHousehold, pickMember } from './helpers.js';
import { lately, listedMember, removeRows, rowsOf } from './list-helpers.js';

const ENROLMENT = 'national/enrolment-mismatch';
const HOUSE = 'national/house-mismatch';
const DECEASED = 'national/deceased-member';

/** School statuses the education roll holds (enrolmentListStages). */
const ROLL_STAGES: readonly string[] = ['小学', '初中', '普通高中', '中职'];

/** A pupil the roll holds, with the row it holds. */
function pupil(draft: Draft, rows: ListRows) {
  const member = listedMember(
    draft,
    (m) =>
      ROLL_STAGES.includes(m.schoolStatus ?? '') &&
      rowsOf(rows, 'education', m).length > 0,
  );

  return member && { member, rows: rowsOf(rows, 'education', member) };
}

/**
 * Puts a child of 7 to 14 in the school the age fits, when none of that
 * age is at primary or junior school (a child taught at home, say).
 */
function inSchool(draft: Draft): void {
  const inRange = (age: number) => age >= 7 && age <= 14;
  const pupils = (m: Member, age: number) =>
    inRange(age) && ROLL_STAGES.includes(m.schoolStatus ?? '');
  if (pickMember(draft, pupils)) return;

  const child = pickMember(draft, (_, age) => inRange(age));
  if (!child) return;
  child.schoolStatus = ageOf(child, draft) <= 11 ? '小学' : '初中';
  child.notInSchoolReason = null;
}

/** The housing department's row of the household. */
function houseRow(draft: Draft, rows: ListRows) {
  return rows.housing?.find(
    (row) => row.householdId === draft.household.householdId,
  );
}

/** Changes a member's public-security row to a death or a move. */
function deregister(
  draft: Draft,
  rows: ListRows,
  member: Member,
  status: '死亡注销' | '迁出',
): void {
  for (const row of rowsOf(rows, 'publicSecurity', member)) {
    row.status = status;
    row.changedOn = lately(draft);
  }
}

/**
 * Planters of the cross-record families that compare a department's own
 * record with the registry: the education roll, the housing department's
 * appraisal and renovation, the public-security register, and (Shaanxi)
 * the real-name employment ledger.
 */
export const recordPlanters: readonly Planter[] = [
  {
    ruleId: `${ENROLMENT}/enrolled-not-recorded`,
    profile(profile) {
      profile.removed = false;
      profile.needs.push([16, 18]);
    },
    members(draft) {
      // Out of school in the registry, though the roll still has the
      // teenager at senior school.
      const member = pickMember(
        draft,
        (m, age) => m.relation !== '户主' && age >= 16 && age <= 18,
      );
      if (!member) return;
      member.schoolStatus = null;
      member.notInSchoolReason = null;
      member.educationLevel = '初中';
      member.yulu = false;
      member.residentPension = member.employeePension !== true;
      relabour(member, draft);
    },
    lists(draft, rows) {
      const member = listedMember(
        draft,
        (m, age) =>
          m.schoolStatus === null &&
          age >= 16 &&
          age <= 18 &&
          rowsOf(rows, 'education', m).length === 0,
      );
      if (!member) return [];
      addRow(rows, 'education', {
        idNumber: member.idNumber,
        name: member.name ?? null,
        school: `${draft.place.countyName}中学`,
        stage: '高中',
        grade: `${draft.random.int(2, 3)}年级`,
        status: '在读',
        asOf: draft.place.lists.asOf.education,
      });

      return [on(`${ENROLMENT}/enrolled-not-recorded`, member)];
    },
  },
  {
    ruleId: `${ENROLMENT}/not-on-roll`,
    profile(profile) {
      profile.removed = false;
      profile.needs.push('school-child');
    },
    members: inSchool,
    lists(draft, rows) {
      const found = pupil(draft, rows);
      if (!found) return [];
      removeRows(rows, 'education', (row) => found.rows.includes(row));

      return [on(`${ENROLMENT}/not-on-roll`, found.member)];
    },
  },
  {
    ruleId: `${ENROLMENT}/dropped-out`,
    profile(profile) {
      profile.removed = false;
      profile.needs.push('school-child');
    },
    members: inSchool,
    lists(draft, rows) {
      const found = pupil(draft, rows);
      if (!found) return [];
      for (const row of found.rows) row.status = '辍学';

      return [on(`${ENROLMENT}/dropped-out`, found.member)];
    },
  },
  {
    ruleId: `${HOUSE}/grade`,
    lists(draft, rows) {
      const row = houseRow(draft, rows);
      const grade = draft.household.houseGrade;
      if (!row || (grade !== 'A' && grade !== 'B')) return [];
      row.grade = grade === 'A' ? 'B' : 'A';

      return [onHousehold(`${HOUSE}/grade`)];
    },
  },
  {
    ruleId: `${HOUSE}/safety`,
    lists(draft, rows) {
      const row = houseRow(draft, rows);
      const grade = draft.household.houseGrade;
      if (!row || (grade !== 'A' && grade !== 'B')) return [];
      row.grade = draft.random.chance(0.7) ? 'C' : 'D';

      return [onHousehold(`${HOUSE}/safety`)];
    },
  },
  {
    ruleId: `${HOUSE}/renovation-unfinished`,
    profile(profile) {
      profile.relocated = false;
    },
    plant(draft) {
      const h = draft.household;
      h.housingSecurity = '危房改造';
      h.houseGrade = 'A';
      h.dangerousHouse = false;
      return [];
    },
    lists(draft, rows) {
      const row = houseRow(draft, rows);
      if (!row) return [];
      row.renovationStatus = '在建';
      row.renovationYear = Number(draft.asOf.slice(0, 4));

      return [onHousehold(`${HOUSE}/renovation-unfinished`)];
    },
  },
  {
    ruleId: `${HOUSE}/renovation-unrecorded`,
    profile(profile) {
      profile.relocated = false;
    },
    plant(draft) {
      draft.household.housingSecurity = '鉴定安全';
      return [];
    },
    lists(draft, rows) {
      const row = houseRow(draft, rows);
      if (!row) return [];
      row.grade = draft.household.houseGrade ?? 'A';
      row.renovationStatus = '已竣工';
      row.renovationYear =
        Number(draft.asOf.slice(0, 4)) - draft.random.int(1, 4);

      return [onHousehold(`${HOUSE}/renovation-unrecorded`)];
    },
  },
  {
    ruleId: `${DECEASED}/death`,
    profile(profile) {
      profile.needs.push('several');
    },
    lists(draft, rows) {
      // Most often an elder who died; the household has others left.
      const member =
        listedMember(draft, (m, age) => m.relation !== '户主' && age >= 60) ??
        listedMember(draft, (m) => m.relation !== '户主');
      if (!member) return [];
      deregister(draft, rows, member, '死亡注销');

      return [on(`${DECEASED}/death`, member)];
    },
  },
  {
    ruleId: `${DECEASED}/moved-out`,
    profile(profile) {
      profile.needs.push('young-adult');
    },
    lists(draft, rows) {
      // Married or settled elsewhere, still registered at home.
      const member =
        listedMember(
          draft,
          (m, age) => m.relation !== '户主' && age >= 20 && age <= 40,
        ) ?? listedMember(draft, (m) => m.relation !== '户主');
      if (!member) return [];
      deregister(draft, rows, member, '迁出');

      return [on(`${DECEASED}/moved-out`, member)];
    },
  },
  {
    ruleId: 'shaanxi/no-employment-ledger',
    profile(profile) {
      profile.removed = false;
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    members(draft) {
      if (draft.members.some((m) => (m.migrantMonths ?? 0) > 0)) return;
      const member = ableWorker(draft, 18, 58);
      if (member) member.migrantMonths = draft.random.int(4, 12);
    },
    lists(draft, rows) {
      const member = listedMember(draft, (m) => (m.migrantMonths ?? 0) > 0);
      if (!member) return [];
      removeRows(rows, 'employment', (row) => row.idNumber === member.idNumber);

      return [on('shaanxi/no-employment-ledger', member)];
    },
  },
];

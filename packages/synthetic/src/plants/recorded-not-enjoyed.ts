import { addDays, type ListRecords, type Member } from '@duibiao/core';

import { before, dayBetween } from '../household-traits.js';
import type { ListRows } from '../list-rows.js';
import type { Draft, Intended, Planter } from '../types.js';
import { ensureDisabled, withAbleAdult } from './benefit-members.js';
import { ableWorker, addMeasure, on, onHousehold } from './helpers.js';
import { listedMember, removeRows, rowsOf } from './list-helpers.js';

const RECORDED = 'national/recorded-not-enjoyed';

/**
 * Ends a member's spell of help or contract before the reference date,
 * or takes it off the list: the department no longer shows it.
 */
function endOrRemove<K extends 'civilAffairs' | 'forestry'>(
  draft: Draft,
  rows: ListRows,
  key: K,
  member: Member,
  test: (row: ListRecords[K]) => boolean,
): void {
  const mine = rowsOf(rows, key, member).filter(test);
  if (draft.random.chance(0.5)) {
    removeRows(rows, key, (row) => mine.includes(row));
    return;
  }
  for (const row of mine) {
    const start = row.start ?? before(draft.asOf, 400);
    const earliest = addDays(start, 1) as string;
    const end = dayBetween(earliest, before(draft.asOf, 10), draft.random);
    row.end = end < earliest ? earliest : end;
  }
}

/**
 * Planters of the cross-record family that compares the registry with a
 * line department's list of benefits and finds a benefit recorded but not
 * shown by the department (账实不符).
 */
export const recordedNotEnjoyedPlanters: readonly Planter[] = [
  {
    ruleId: `${RECORDED}/minimum-living`,
    plant(draft) {
      if (!draft.members.some((m) => m.minimumLiving)) {
        for (const member of draft.members) member.minimumLiving = true;
        addMeasure(draft, '综合保障');
      }
      return [];
    },
    lists(draft, rows) {
      const member = listedMember(draft, (m) => m.minimumLiving === true);
      if (!member) return [];
      endOrRemove(
        draft,
        rows,
        'civilAffairs',
        member,
        (row) => row.assistanceType === '低保',
      );

      return [on(`${RECORDED}/minimum-living`, member)];
    },
  },
  {
    ruleId: `${RECORDED}/extreme-poverty`,
    profile(profile) {
      profile.size = 1;
      profile.removed = false;
      profile.ableLabour = false;
      profile.needs.push('elder');
    },
    plant(draft) {
      const head = draft.members[0] as Member;
      head.extremePoverty = true;
      head.minimumLiving = false;
      addMeasure(draft, '综合保障');
      return [];
    },
    lists(draft, rows) {
      const member = listedMember(draft, (m) => m.extremePoverty === true);
      if (!member) return [];
      endOrRemove(
        draft,
        rows,
        'civilAffairs',
        member,
        (row) => row.assistanceType === '特困供养',
      );

      return [on(`${RECORDED}/extreme-poverty`, member)];
    },
  },
  {
    ruleId: `${RECORDED}/disability-subsidy`,
    profile(profile) {
      profile.removed = false;
      profile.needs.push('adult');
    },
    members: (draft) => ensureDisabled(draft, [1, 2]),
    lists(draft, rows) {
      const member = listedMember(
        draft,
        (m) => m.disabilitySubsidy === true && m.disabilityCard != null,
      );
      const row = member && rowsOf(rows, 'disability', member)[0];
      if (!member || !row) return [];
      row.livingSubsidy = false;
      row.careSubsidy = false;

      return [on(`${RECORDED}/disability-subsidy`, member)];
    },
  },
  {
    ruleId: `${RECORDED}/forest-ranger`,
    profile(profile) {
      withAbleAdult(profile);
      profile.needs.push([25, 55]);
    },
    members(draft) {
      if (draft.members.some((m) => m.forestRanger)) return;
      const member = ableWorker(draft, 25, 59);
      if (member) member.forestRanger = true;
    },
    lists(draft, rows) {
      const member = listedMember(draft, (m) => m.forestRanger === true);
      if (!member) return [];
      endOrRemove(draft, rows, 'forestry', member, () => true);

      return [on(`${RECORDED}/forest-ranger`, member)];
    },
  },
  {
    ruleId: `${RECORDED}/medical-insurance`,
    profile(profile) {
      profile.needs.push('adult');
    },
    lists(draft, rows) {
      const member = listedMember(draft, (m) => m.residentMedical === true);
      if (!member) return [];
      const resident = rowsOf(rows, 'medicalInsurance', member).filter(
        (row) => row.scheme === '城乡居民基本医疗保险',
      );
      // Insurance stopped, or never taken out: the serious-illness cover
      // that goes with it is not shown either.
      if (draft.random.chance(0.5)) {
        for (const row of resident) row.status = '停保';
      } else {
        removeRows(rows, 'medicalInsurance', (row) => resident.includes(row));
      }

      const found: Intended[] = [on(`${RECORDED}/medical-insurance`, member)];
      if (member.seriousIllnessInsurance === true)
        found.push(on(`${RECORDED}/serious-illness-insurance`, member));
      return found;
    },
  },
  {
    ruleId: `${RECORDED}/serious-illness-insurance`,
    profile(profile) {
      profile.needs.push('adult');
    },
    lists(draft, rows) {
      const member = listedMember(
        draft,
        (m) => m.residentMedical === true && m.seriousIllnessInsurance === true,
      );
      if (!member) return [];
      for (const row of rowsOf(rows, 'medicalInsurance', member))
        row.seriousIllness = false;

      return [on(`${RECORDED}/serious-illness-insurance`, member)];
    },
  },
  {
    ruleId: `${RECORDED}/pension`,
    profile(profile) {
      profile.needs.push('adult');
    },
    lists(draft, rows) {
      const member = listedMember(draft, (m) => m.residentPension === true);
      if (!member) return [];
      const mine = rowsOf(rows, 'pension', member);
      if (draft.random.chance(0.5)) {
        for (const row of mine) row.status = '停保';
      } else {
        removeRows(rows, 'pension', (row) => mine.includes(row));
      }

      return [on(`${RECORDED}/pension`, member)];
    },
  },
  {
    ruleId: `${RECORDED}/microcredit`,
    profile: withAbleAdult,
    plant(draft) {
      addMeasure(draft, '金融帮扶');
      return [];
    },
    lists(_, rows) {
      removeRows(rows, 'credit', () => true);

      return [onHousehold(`${RECORDED}/microcredit`)];
    },
  },
];

import type { Member } from '@duibiao/core';

import { before, dayBetween } from '../household-traits.js';
import { addRow, type ListRows } from '../list-rows.js';
import { severeGrade } from '../member-traits.js';
import type { Draft, Planter } from '../types.js';
import { ensureDisabled, withAbleAdult } from './benefit-members.js';
import {
  addMeasure,
  dropMeasures,
  hasDevelopment,
  on,
  onHousehold,
} from './helpers.js';
import { listedMember, removeRows, rowsOf } from './list-helpers.js';
import { loanFor } from './microcredit-loan.js';

const ENJOYED = 'national/enjoyed-not-recorded';

/** A spell of help on the civil-affairs list that is in force. */
function assistanceRow(
  draft: Draft,
  member: Member,
  kind: '低保' | '特困供养',
): void {
  addRow(draft.rows as ListRows, 'civilAffairs', {
    idNumber: member.idNumber,
    name: member.name ?? null,
    assistanceType: kind,
    start: dayBetween(
      before(draft.asOf, 400),
      before(draft.asOf, 20),
      draft.random,
    ),
    end: null,
    amount: draft.random.int(26, 40) * 10,
    asOf: draft.place.lists.asOf.civilAffairs,
  });
}

/**
 * Planters of the cross-record family that compares the registry with a
 * line department's list of benefits and finds a benefit shown by the
 * department and not recorded (已享受未录入).
 */
export const enjoyedNotRecordedPlanters: readonly Planter[] = [
  {
    ruleId: `${ENJOYED}/minimum-living`,
    // Someone can work, so that taking a member off 低保 below leaves no
    // household without labour and without help.
    profile: withAbleAdult,
    plant(draft) {
      // One member at least is not on 低保 in the registry.
      if (draft.members.every((m) => m.minimumLiving)) {
        const member = listedMember(draft, () => true);
        if (member) member.minimumLiving = false;
      }
      return [];
    },
    lists(draft) {
      const member = listedMember(draft, (m) => m.minimumLiving === false);
      if (!member) return [];
      assistanceRow(draft, member, '低保');

      return [on(`${ENJOYED}/minimum-living`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/extreme-poverty`,
    profile(profile) {
      profile.needs.push('several');
    },
    lists(draft) {
      const member = listedMember(draft, (m) => m.extremePoverty === false);
      if (!member) return [];
      assistanceRow(draft, member, '特困供养');

      return [on(`${ENJOYED}/extreme-poverty`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/disability-subsidy`,
    profile(profile) {
      profile.removed = false;
      profile.needs.push('adult');
    },
    members: (draft) => ensureDisabled(draft, [3, 4]),
    plant(draft) {
      for (const member of draft.members)
        if (member.disabilityCard && !severeGrade(member))
          member.disabilitySubsidy = false;
      return [];
    },
    lists(draft, rows) {
      const member = listedMember(
        draft,
        (m) => m.disabilityCard != null && m.disabilitySubsidy === false,
      );
      const row = member && rowsOf(rows, 'disability', member)[0];
      if (!member || !row) return [];
      row.livingSubsidy = true;

      return [on(`${ENJOYED}/disability-subsidy`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/forest-ranger`,
    profile(profile) {
      profile.needs.push([25, 55]);
    },
    lists(draft) {
      const member = listedMember(
        draft,
        (m, age) => m.forestRanger === false && age >= 25 && age <= 60,
      );
      if (!member) return [];
      addRow(draft.rows as ListRows, 'forestry', {
        idNumber: member.idNumber,
        name: member.name ?? null,
        start: dayBetween(
          before(draft.asOf, 700),
          before(draft.asOf, 30),
          draft.random,
        ),
        end: null,
        annualSubsidy: 6000,
        asOf: draft.place.lists.asOf.forestry,
      });

      return [on(`${ENJOYED}/forest-ranger`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/medical-insurance`,
    profile(profile) {
      profile.needs.push('adult');
    },
    lists(draft) {
      // A job with employee insurance the registry has not caught up with.
      const member = listedMember(
        draft,
        (m, age) =>
          age >= 18 &&
          m.residentMedical === true &&
          m.employeeMedical === false &&
          m.seriousIllnessInsurance === true,
      );
      if (!member) return [];
      addRow(draft.rows as ListRows, 'medicalInsurance', {
        idNumber: member.idNumber,
        name: member.name ?? null,
        scheme: '职工基本医疗保险',
        status: '参保',
        year: Number(draft.asOf.slice(0, 4)),
        seriousIllness: true,
        premiumSubsidy: null,
        asOf: draft.place.lists.asOf.medicalInsurance,
      });

      return [on(`${ENJOYED}/medical-insurance`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/serious-illness-insurance`,
    profile(profile) {
      profile.needs.push([20, 50]);
    },
    plant(draft) {
      // In employee insurance, so that no resident insurance lacks its
      // serious-illness cover in the registry.
      const member = listedMember(draft, (_, age) => age >= 18 && age <= 54);
      if (member) {
        member.employeeMedical = true;
        member.residentMedical = false;
        member.seriousIllnessInsurance = false;
      }
      return [];
    },
    lists(draft, rows) {
      const member = listedMember(
        draft,
        (m) =>
          m.employeeMedical === true && m.seriousIllnessInsurance === false,
      );
      if (!member) return [];
      for (const row of rowsOf(rows, 'medicalInsurance', member))
        row.seriousIllness = true;

      return [on(`${ENJOYED}/serious-illness-insurance`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/pension`,
    profile(profile) {
      profile.needs.push('adult');
    },
    lists(draft) {
      const member = listedMember(
        draft,
        (m) => m.residentPension === true && m.employeePension === false,
      );
      if (!member) return [];
      addRow(draft.rows as ListRows, 'pension', {
        idNumber: member.idNumber,
        name: member.name ?? null,
        scheme: '城镇职工基本养老保险',
        status: '参保',
        paidByGovernment: false,
        asOf: draft.place.lists.asOf.pension,
      });

      return [on(`${ENJOYED}/pension`, member)];
    },
  },
  {
    ruleId: `${ENJOYED}/microcredit`,
    profile(profile) {
      withAbleAdult(profile);
      profile.needs.push([25, 55]);
    },
    plant(draft) {
      const h = draft.household;
      if (!h.measures?.includes('金融帮扶')) return [];
      dropMeasures(draft, ['金融帮扶']);
      if (!hasDevelopment(draft)) {
        addMeasure(draft, '产业帮扶');
        h.businessIncome = Math.max(h.businessIncome ?? 0, 2000);
      }
      return [];
    },
    lists(draft, rows) {
      const loan = loanFor(draft, (_, age) => age >= 25 && age <= 60);
      if (!loan) return [];
      removeRows(rows, 'credit', () => true);
      addRow(rows, 'credit', loan);

      return [onHousehold(`${ENJOYED}/microcredit`)];
    },
  },
];

import {
  addDays,
  type CreditRecord,
  type ListRecords,
  type Member,
} from '@duibiao/core';

import { isAble, relabour } from '../assistance.js';
import { before, dayBetween } from '../household-traits.js';
import { addRow, type ListRows } from '../list-rows.js';
import { severeGrade } from '../member-traits.js';
import type { Draft, Intended, Planter, Profile } from '../types.js';
import {
  ableWorker,
  addMeasure,
  dropMeasures,
  hasDevelopment,
  on,
  onHousehold,
  pickMember,
} from './helpers.js';
import { listedMember, removeRows, rowsOf } from './list-helpers.js';

const ENJOYED = 'national/enjoyed-not-recorded';
const RECORDED = 'national/recorded-not-enjoyed';

/** The household must have an able adult: one who can work or borrow. */
function withAbleAdult(profile: Profile): void {
  profile.removed = false;
  profile.ableLabour = true;
  profile.needs.push('adult');
}

/** A disabled adult with a card of a grade in a range, made if missing. */
function ensureDisabled(draft: Draft, grades: readonly [number, number]): void {
  const has = draft.members.some((m) => {
    const grade = Number(m.disabilityCard?.[19]);
    return m !== draft.copied && grade >= grades[0] && grade <= grades[1];
  });
  if (has) return;

  const member =
    pickMember(
      draft,
      (m, age) => age >= 18 && m.relation !== '户主' && !isAble(m),
    ) ??
    pickMember(draft, (m, age) => age >= 18 && m.relation !== '户主') ??
    pickMember(draft, (_, age) => age >= 18);
  if (!member) return;

  // Not a physical disability: a severe one would make an able labourer
  // of that grade a data error of its own.
  const category = draft.random.pick([1, 2, 5, 6]);
  const grade = draft.random.int(grades[0], grades[1]);
  member.health = ['残疾'];
  member.disabilityCard = `${member.idNumber}${category}${grade}`;
  member.disabilitySubsidy = grade <= 2;
  relabour(member, draft);
}

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
 * Planters of the cross-record families that compare the registry with a
 * line department's list of benefits: shown by the department and not
 * recorded (已享受未录入), and recorded but not shown (账实不符).
 */
export const benefitPlanters: readonly Planter[] = [
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

/** A loan row, with the fields a planter breaks always set. */
export type Loan = CreditRecord & {
  idNumber: string;
  amount: number;
  loanDate: string;
  dueDate: string;
};

/**
 * A loan within the microcredit limits to a member who meets a test:
 * 50,000 yuan or less, for 36 months or less, lent a month to a year ago
 * and due after the reference date.
 *
 * @param draft - The household.
 * @param test - Who may borrow.
 * @returns The loan, or `undefined` when nobody may borrow.
 */
export function loanFor(
  draft: Draft,
  test: (member: Member, age: number) => boolean,
): Loan | undefined {
  const borrower = listedMember(draft, test);
  if (!borrower) return undefined;
  const loanDate = before(draft.asOf, draft.random.int(31, 330));

  return {
    idNumber: borrower.idNumber as string,
    name: borrower.name ?? null,
    amount: draft.random.pick([20_000, 30_000, 50_000]),
    loanDate,
    dueDate: addDays(loanDate, 365 * 2) as string,
    extended: false,
    overdueAmount: null,
    interestSubsidy: true,
    asOf: draft.place.lists.asOf.credit,
  };
}

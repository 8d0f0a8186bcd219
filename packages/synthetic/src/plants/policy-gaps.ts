import { ageOf, relabour } from '../assistance.js';
import { moveIncomeTo } from '../income.js';
import { inSchool, severeGrade } from '../member-traits.js';
import type { Draft, Intended, Planter, Profile } from '../types.js';
import {
  clearAssistance,
  dropMeasures,
  on,
  onHousehold,
  pickMember,
  someAdult,
} from './helpers.js';

const notRemoved = (profile: Profile) => {
  profile.removed = false;
};

/**
 * Planters of policy gaps (政策落实漏点) in households and members: a
 * standard or entitlement not met.
 */
export const policyGapPlanters: readonly Planter[] = [
  {
    ruleId: 'national/income-below-line',
    weight: 2,
    profile(profile, random) {
      // Monitored: only this rule. Not monitored: should-be-monitored too.
      profile.type = '已脱贫户';
      profile.monitored = random.chance(0.5);
      profile.removed = false;
      profile.income = random.int(2400, 3800);
    },
    plant(draft) {
      moveIncomeTo(draft, draft.random.int(2400, 3800));
      const found = [onHousehold('national/income-below-line')];
      if (!draft.profile.monitored)
        found.push(onHousehold('national/should-be-monitored'));

      return found;
    },
  },
  {
    ruleId: 'national/should-be-monitored',
    profile(profile, random) {
      profile.type = random.chance(0.9) ? '已脱贫户' : '一般农户';
      profile.monitored = false;
      profile.removed = false;
      profile.income = random.int(4200, 5800);
    },
    plant(draft) {
      moveIncomeTo(draft, draft.random.int(4200, 5800));
      return [onHousehold('national/should-be-monitored')];
    },
  },
  {
    ruleId: 'national/dropout',
    weight: 2,
    profile(profile) {
      profile.removed = false;
      profile.needs.push('school-child');
    },
    members: (draft) => makeDropout(draft),
    plant: (draft) => dropoutFindings(draft),
  },
  {
    ruleId: 'national/uninsured-medical',
    weight: 2,
    profile: notRemoved,
    plant: (draft) => uninsure(draft),
  },
  {
    ruleId: 'national/no-serious-illness-insurance',
    plant(draft) {
      const member =
        pickMember(draft, (m) => m.residentMedical === true) ??
        someAdult(draft);
      member.residentMedical = true;
      member.employeeMedical = false;
      member.seriousIllnessInsurance = false;

      return [on('national/no-serious-illness-insurance', member)];
    },
  },
  {
    ruleId: 'national/unsafe-house',
    weight: 2,
    profile(profile) {
      profile.removed = false;
      profile.relocated = false;
    },
    plant: (draft) => [unsafeHouse(draft)],
  },
  ...(['not-solved', 'litres', 'trip', 'outage'] as const).map((kind) => ({
    ruleId: `national/unsafe-water/${kind}`,
    profile: notRemoved,
    plant: (draft: Draft) => [unsafeWater(draft, kind)],
  })),
  {
    ruleId: 'national/no-pension',
    plant(draft) {
      const member =
        pickMember(draft, (m, age) => age >= 16 && !inSchool(m.schoolStatus)) ??
        someAdult(draft);
      member.schoolStatus = null;
      member.residentPension = false;
      member.employeePension = false;

      return [on('national/no-pension', member)];
    },
  },
  {
    ruleId: 'national/yulu-missing',
    profile(profile) {
      profile.removed = false;
      profile.needs.push('teenager');
    },
    members(draft) {
      const member = pickMember(
        draft,
        (m, age) => m.relation !== '户主' && age >= 16 && age <= 19,
      );
      if (!member) return;
      const higher = ageOf(member, draft) >= 18 && draft.random.chance(0.4);
      member.schoolStatus = higher ? '高职高专' : '中职';
      member.educationLevel = undefined;
      member.residentPension = false;
      relabour(member, draft);
    },
    plant(draft) {
      const students = draft.members.filter(
        (m) => m.schoolStatus === '中职' || m.schoolStatus === '高职高专',
      );
      const member = draft.random.pick(students);
      for (const other of students) other.yulu = other !== member;
      dropMeasures(draft, ['雨露计划']);

      return [on('national/yulu-missing', member)];
    },
  },
  {
    ruleId: 'national/assistance-not-recorded/assistance-measure',
    plant(draft) {
      if (!draft.members.some((m) => m.minimumLiving || m.extremePoverty)) {
        for (const member of draft.members) member.minimumLiving = true;
      }
      dropMeasures(draft, ['综合保障']);
      if (draft.household.measures?.length === 0)
        draft.household.measures = ['社会帮扶'];

      return draft.members
        .filter((m) => m.minimumLiving || m.extremePoverty)
        .map((m) =>
          on('national/assistance-not-recorded/assistance-measure', m),
        );
    },
  },
  {
    ruleId: 'national/assistance-not-recorded/disability-subsidy',
    profile(profile) {
      // The member may lose the household's only labour: no removed risk.
      profile.removed = false;
      profile.needs.push('adult');
    },
    members(draft) {
      if (draft.members.some(severeGrade)) return;
      const member =
        pickMember(draft, (_, age) => age >= 18) ?? someAdult(draft);
      const category = draft.random.weighted([
        [1, 2],
        [2, 2],
        [5, 2],
        [6, 1],
        [7, 1],
      ] as const);
      member.health = ['残疾'];
      member.disabilityCard = `${member.idNumber}${category}${draft.random.int(1, 2)}`;
      relabour(member, draft);
    },
    plant(draft) {
      return draft.members.filter(severeGrade).map((member) => {
        member.disabilitySubsidy = false;
        return on(
          'national/assistance-not-recorded/disability-subsidy',
          member,
        );
      });
    },
  },
  {
    ruleId: 'national/assistance-not-recorded/no-labour-no-assistance',
    profile(profile, random) {
      profile.size = random.int(1, 2);
      profile.needs.push('elder');
      profile.ableLabour = false;
      profile.removed = false;
    },
    members(draft) {
      for (const member of draft.members) {
        member.labour = draft.random.chance(0.6) ? '丧失劳动力' : '无劳动力';
        member.migrantMonths = 0;
      }
    },
    plant(draft) {
      clearAssistance(draft);
      dropMeasures(draft, ['综合保障']);
      if (draft.household.measures?.length === 0)
        draft.household.measures = ['健康帮扶'];

      return [
        onHousehold('national/assistance-not-recorded/no-labour-no-assistance'),
      ];
    },
  },
];

/** Accepted reasons for a child of school age not to attend. */
const EXCUSES: readonly string[] = ['送教上门', '因身体原因不具备学习条件'];

/** The four respects in which water can fall short. */
type WaterKind = 'not-solved' | 'litres' | 'trip' | 'outage';

/**
 * Makes a child of compulsory-school age drop out (or leaves the status
 * blank without an accepted reason).
 *
 * @param draft - The household.
 */
export function makeDropout(draft: Draft): void {
  const child = pickMember(draft, (_, age) => age >= 7 && age <= 14);
  if (!child) return;

  child.schoolStatus = draft.random.chance(0.7) ? '失学辍学' : null;
  // A blank status may come with an unaccepted reason, or none.
  const other = child.schoolStatus === null && draft.random.chance(0.5);
  child.notInSchoolReason = other ? '其他' : null;
}

/**
 * The dropout findings of a household: every child 6–15 out of school.
 *
 * @param draft - The household.
 * @returns The findings.
 */
export function dropoutFindings(draft: Draft): Intended[] {
  return draft.members
    .filter((m) => {
      const age = ageOf(m, draft);
      const out = m.schoolStatus === null || m.schoolStatus === '失学辍学';
      const excused = EXCUSES.includes(m.notInSchoolReason ?? '');
      return age >= 6 && age <= 15 && out && !excused;
    })
    .map((m) => on('national/dropout', m));
}

/**
 * Takes a member (not a newborn) out of both medical insurances.
 *
 * @param draft - The household.
 * @returns The finding.
 */
export function uninsure(draft: Draft): Intended[] {
  const member = pickMember(draft, (_, age) => age >= 1) ?? someAdult(draft);
  member.residentMedical = false;
  member.employeeMedical = false;
  member.seriousIllnessInsurance = false;

  return [on('national/uninsured-medical', member)];
}

/**
 * A dangerous house (flag or grade C/D) with no housing measure.
 *
 * @param draft - The household.
 * @returns The finding.
 */
export function unsafeHouse(draft: Draft): Intended {
  const h = draft.household;
  const flagged = draft.random.chance(0.8);
  h.dangerousHouse = flagged;
  h.houseGrade =
    flagged && draft.random.chance(0.3)
      ? 'B'
      : draft.random.chance(0.6)
        ? 'C'
        : 'D';
  h.housingSecurity = '其他';
  h.relocated = false;
  h.povertyCauses = (h.povertyCauses ?? []).filter((c) => c !== '因安全住房');
  if (h.povertyCauses.length === 0) h.povertyCauses = ['缺资金'];
  dropMeasures(draft, ['住房安全保障', '易地扶贫搬迁']);
  if (h.measures?.length === 0) h.measures = ['社会帮扶'];

  return onHousehold('national/unsafe-house');
}

/**
 * Water below the standard in one respect.
 *
 * @param draft - The household.
 * @param kind - Which respect.
 * @returns The finding.
 */
export function unsafeWater(draft: Draft, kind: WaterKind): Intended {
  const h = draft.household;
  const { random } = draft;
  if (kind === 'not-solved') h.safeWater = false;
  if (kind === 'litres') {
    h.waterLitresPerDay = h.waterScarceArea
      ? random.int(8, 19)
      : random.int(12, 34);
  }
  if (kind === 'trip') h.waterTripMinutes = random.int(25, 90);
  if (kind === 'outage') h.waterOutageDays = random.int(40, 120);

  return onHousehold(`national/unsafe-water/${kind}`);
}

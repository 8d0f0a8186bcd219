import type { Member } from '@duibiao/core';

import { inSchool } from '../member-traits.js';
import type { Blanker, Intended } from '../types.js';
import {
  dropMeasures,
  on,
  onHousehold,
  pickMember,
  someAdult,
} from './helpers.js';

/**
 * Blank cells in households and members, each with the rules that must
 * then report `unknown` on the subject: a blank is never a finding and
 * never a silent pass.
 */
export const blankers: readonly Blanker[] = [
  {
    name: 'perCapitaNetIncome',
    profile(profile) {
      profile.type = '已脱贫户';
      profile.monitored = false;
      profile.removed = false;
    },
    blank(draft) {
      draft.household.perCapitaNetIncome = undefined;

      return [
        onHousehold('national/income-below-line'),
        onHousehold('national/should-be-monitored'),
        onHousehold('national/income-arithmetic/per-capita'),
      ];
    },
  },
  {
    name: 'wageIncome',
    blank(draft) {
      const h = draft.household;
      h.wageIncome = undefined;
      const unknown: Intended[] = [
        onHousehold('national/income-arithmetic/net-income'),
      ];
      if (h.measures?.some((m) => m === '就业帮扶' || m === '公益岗位')) {
        unknown.push(
          onHousehold('national/measure-contradicts-income/employment'),
        );
      }

      return unknown;
    },
  },
  {
    name: 'safeWater',
    profile(profile) {
      profile.removed = false;
    },
    blank(draft) {
      draft.household.safeWater = undefined;

      return [onHousehold('national/unsafe-water/not-solved')];
    },
  },
  {
    name: 'houseGrade',
    profile(profile) {
      profile.removed = false;
      profile.relocated = false;
    },
    blank(draft) {
      const h = draft.household;
      h.dangerousHouse = false;
      h.housingSecurity = '鉴定安全';
      h.povertyCauses = (h.povertyCauses ?? []).filter(
        (c) => c !== '因安全住房',
      );
      if (h.povertyCauses.length === 0) h.povertyCauses = ['缺资金'];
      dropMeasures(draft, ['住房安全保障', '易地扶贫搬迁']);
      if (h.measures?.length === 0) h.measures = ['社会帮扶'];
      h.houseGrade = undefined;

      // The housing department's grade (A or B) cannot be compared.
      return [
        onHousehold('national/unsafe-house'),
        onHousehold('national/house-mismatch/grade'),
        onHousehold('national/house-mismatch/safety'),
      ];
    },
  },
  {
    name: 'birthDate',
    blank(draft) {
      const member = draft.random.pick(draft.members);
      member.birthDate = undefined;

      return [on('national/id-birth-sex/birth-date', member)];
    },
  },
  {
    name: 'seriousIllnessInsurance',
    blank(draft) {
      const member =
        pickMember(draft, (m) => m.residentMedical === true) ??
        someAdult(draft);
      member.residentMedical = true;
      member.employeeMedical = false;
      const insured = member.seriousIllnessInsurance === true;
      member.seriousIllnessInsurance = undefined;

      // The medical-insurance list shows what the cell said: whether it
      // was insured or not, one comparison cannot be made.
      return [
        on('national/no-serious-illness-insurance', member),
        on(comparison(insured, 'serious-illness-insurance'), member),
      ];
    },
  },
  {
    name: 'employeeMedical',
    blank(draft) {
      const member =
        pickMember(draft, (m) => m.residentMedical === true) ??
        someAdult(draft);
      member.residentMedical = true;
      member.seriousIllnessInsurance = true;
      const insured = member.employeeMedical === true;
      member.employeeMedical = undefined;

      return [
        on('national/both-insured', member),
        on(comparison(insured, 'medical-insurance'), member),
      ];
    },
  },
  {
    name: 'residentPension',
    profile(profile) {
      profile.needs.push('adult');
    },
    blank(draft) {
      // The head is always an adult out of school.
      const fits = (m: Member, age: number) =>
        age >= 16 && !inSchool(m.schoolStatus) && m.employeePension === false;
      const member =
        pickMember(draft, fits) ??
        (draft.members.find((m) => m.relation === '户主') as Member);
      const insured = member.residentPension === true;
      member.residentPension = undefined;
      member.employeePension = false;

      return [
        on('national/no-pension', member),
        on(comparison(insured, 'pension'), member),
      ];
    },
  },
];

/**
 * The comparison with a department's list that a blank flag leaves
 * unknown: the list shows what the cell said, so a blank where it said
 * yes cannot tell whether the benefit went unrecorded, and a blank where
 * it said no cannot tell whether a recorded benefit is missing.
 */
function comparison(insured: boolean, item: string): string {
  return insured
    ? `national/enjoyed-not-recorded/${item}`
    : `national/recorded-not-enjoyed/${item}`;
}

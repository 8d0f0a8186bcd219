import { ageOf, hasLabour, isAble, relabour } from '../assistance.js';
import { finishIncome } from '../income.js';
import type { Draft, Planter } from '../types.js';
import { misplace } from './data-errors.js';
import {
  addMeasure,
  on,
  onHousehold,
  pickMember,
  someAdult,
} from './helpers.js';

type Status = Parameters<typeof misplace>[2];

/** An age-school planter: a status recorded for an age outside its band. */
function ageSchool(
  band: string,
  status: Status,
  ages: readonly [number, number],
): Planter {
  const ruleId = `national/age-school/${band}`;

  return {
    ruleId,
    profile(profile) {
      // A student has no labour: keep clear of the removed-risk rules.
      profile.removed = false;
      profile.needs.push(ages);
    },
    members(draft) {
      misplace(draft, (age) => age >= ages[0] && age <= ages[1], status);
    },
    plant(draft) {
      const member = draft.members.find(
        (m) => m.schoolStatus === status && within(ageOf(m, draft), ages),
      );

      return member ? [on(ruleId, member)] : [];
    },
  };
}

function within(age: number, ages: readonly [number, number]): boolean {
  return age >= ages[0] && age <= ages[1];
}

/**
 * Planters of data errors that make records disagree with each other:
 * school status against age, insurance, income arithmetic, causes against
 * the members, and measures against incomes.
 */
export const consistencyPlanters: readonly Planter[] = [
  ageSchool('primary', '小学', [16, 19]),
  ageSchool('junior', '初中', [7, 10]),
  ageSchool('senior', '普通高中', [7, 13]),
  ageSchool('higher', '本科及以上', [8, 15]),
  ageSchool('preschool', '学龄前儿童', [8, 14]),
  {
    ruleId: 'national/both-insured',
    plant(draft) {
      const member =
        pickMember(draft, (_, age) => age >= 18 && age <= 59) ??
        someAdult(draft);
      member.residentMedical = true;
      member.employeeMedical = true;
      member.seriousIllnessInsurance = true;

      return [on('national/both-insured', member)];
    },
  },
  {
    ruleId: 'national/income-arithmetic/net-income',
    profile(profile) {
      profile.income = Math.max(profile.income, 8000);
    },
    plant(draft) {
      finishIncome(draft);
      const h = draft.household;
      const slip = draft.random.pick([-1, 1]) * draft.random.int(20, 1500);
      h.netIncome = (h.netIncome ?? 0) + slip;
      h.perCapitaNetIncome =
        Math.round(((h.netIncome ?? 0) / draft.members.length) * 100) / 100;
      draft.keepDeclaredIncome = true;

      return [onHousehold('national/income-arithmetic/net-income')];
    },
  },
  {
    ruleId: 'national/income-arithmetic/per-capita',
    profile(profile) {
      profile.income = Math.max(profile.income, 8000);
    },
    plant(draft) {
      finishIncome(draft);
      const h = draft.household;
      const n = draft.members.length;
      // Divided by one member fewer (a member left out), or a slip of the pen.
      h.perCapitaNetIncome =
        n > 1 && draft.random.chance(0.5)
          ? Math.round((h.netIncome ?? 0) / (n - 1))
          : Math.round((h.netIncome ?? 0) / n) + draft.random.int(10, 900);
      draft.keepDeclaredIncome = true;

      return [onHousehold('national/income-arithmetic/per-capita')];
    },
  },
  {
    ruleId: 'national/cause-contradicts-facts/disability',
    plant(draft) {
      for (const member of draft.members) {
        member.health = (member.health ?? []).filter((h) => h !== '残疾');
        if (member.health.length === 0) member.health = ['健康'];
        member.disabilityCard = null;
        member.disabilitySubsidy = false;
      }
      setCauses(draft, '因残');
      addMeasure(draft, '健康帮扶');

      return [onHousehold('national/cause-contradicts-facts/disability')];
    },
  },
  {
    ruleId: 'national/cause-contradicts-facts/illness',
    plant(draft) {
      for (const member of draft.members) {
        member.health = (member.health ?? []).filter((h) => h === '残疾');
        if (member.health.length === 0) member.health = ['健康'];
        member.chronicDiseaseContract = false;
      }
      setCauses(draft, '因病');
      addMeasure(draft, '健康帮扶');

      return [onHousehold('national/cause-contradicts-facts/illness')];
    },
  },
  {
    ruleId: 'national/cause-contradicts-facts/labour',
    profile(profile) {
      // One able adult living alone: the whole household can work.
      profile.size = 1;
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    members(draft) {
      // Everyone who can work is an able labourer: more than half.
      for (const member of draft.members) {
        const age = ageOf(member, draft);
        if (age >= 18 && age <= 59 && hasLabour(member))
          member.labour = '普通劳动力';
      }
      if (draft.members.filter(isAble).length * 2 <= draft.members.length) {
        const other = pickMember(
          draft,
          (m, age) => !isAble(m) && age >= 16 && age <= 59,
        );
        if (other) {
          other.schoolStatus = null;
          other.health = ['健康'];
          other.disabilityCard = null;
          other.residentPension = other.employeePension !== true;
          relabour(other, draft);
          other.labour = '普通劳动力';
        }
      }
    },
    plant(draft) {
      const able = draft.members.filter(isAble).length;
      if (able * 2 <= draft.members.length) return [];
      setCauses(draft, '缺劳力');

      return [onHousehold('national/cause-contradicts-facts/labour')];
    },
  },
  {
    ruleId: 'national/measure-contradicts-income/employment',
    plant(draft) {
      const h = draft.household;
      addMeasure(draft, draft.random.chance(0.6) ? '就业帮扶' : '公益岗位');
      // The wages were entered as business income: net income stays.
      h.businessIncome = (h.businessIncome ?? 0) + (h.wageIncome ?? 0);
      h.wageIncome = 0;

      return [onHousehold('national/measure-contradicts-income/employment')];
    },
  },
  {
    ruleId: 'national/measure-contradicts-income/assistance',
    plant(draft) {
      const h = draft.household;
      addMeasure(draft, '综合保障');
      h.wageIncome = (h.wageIncome ?? 0) + (h.transferIncome ?? 0);
      h.transferIncome = 0;

      return [onHousehold('national/measure-contradicts-income/assistance')];
    },
  },
  {
    ruleId: 'national/measure-contradicts-income/industry',
    plant(draft) {
      const h = draft.household;
      addMeasure(draft, '产业帮扶');
      h.wageIncome =
        (h.wageIncome ?? 0) +
        (h.businessIncome ?? 0) -
        (h.businessExpense ?? 0);
      h.businessIncome = 0;
      h.businessExpense = 0;

      return [onHousehold('national/measure-contradicts-income/industry')];
    },
  },
];

function setCauses(draft: Draft, cause: '因残' | '因病' | '缺劳力'): void {
  const h = draft.household;
  const neutral = ['缺技术', '缺资金', '缺土地', '交通条件落后'];
  const rest = (h.povertyCauses ?? []).filter((c) => neutral.includes(c));
  h.povertyCauses = [cause, ...rest.slice(0, 1)];
}

import type { Member } from '@duibiao/core';

import { hasLabour, isAble, relabour } from '../assistance.js';
import { before, dayBetween, DEVELOPMENT, isIll } from '../household-traits.js';
import { inSchool } from '../member-traits.js';
import type { Draft, Planter, Profile } from '../types.js';
import {
  addMeasure,
  clearAssistance,
  clearJobs,
  dropMeasures,
  hasDevelopment,
  on,
  onHousehold,
  pickMember,
} from './helpers.js';

/**
 * Planters of measure gaps (帮扶措施空白点): help missing, wrong or not
 * carried out.
 */
export const measureGapPlanters: readonly Planter[] = [
  {
    ruleId: 'national/no-development-measure',
    profile(profile, random) {
      const poor = random.chance(0.4);
      profile.type = poor
        ? '贫困户'
        : random.chance(0.5)
          ? '已脱贫户'
          : '一般农户';
      profile.monitored = !poor;
      profile.removed = false;
      profile.relocated = false;
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    plant(draft) {
      const h = draft.household;
      if (h.monitoredType) {
        // Seven to twelve months ago: past the six-month grace.
        h.monitoredSince = dayBetween(
          before(draft.asOf, 360),
          before(draft.asOf, 215),
          draft.random,
        );
      }
      clearJobs(draft);
      dropMeasures(draft, DEVELOPMENT);
      addMeasure(draft, '技能培训');

      return [onHousehold('national/no-development-measure')];
    },
  },
  {
    ruleId: 'national/only-safety-net',
    profile(profile) {
      profile.type = '已脱贫户';
      profile.monitored = false;
      profile.removed = false;
      profile.relocated = false;
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    plant(draft) {
      for (const member of draft.members) member.minimumLiving = true;
      clearJobs(draft);
      draft.household.measures = ['综合保障'];
      draft.household.developmentMeasureStatus = null;
      const cause = draft.random.pick([
        '缺资金',
        '缺技术',
        '自身发展动力不足',
      ] as const);
      draft.household.povertyCauses = [cause];

      return [onHousehold('national/only-safety-net')];
    },
  },
  {
    ruleId: 'national/cause-without-measure/illness',
    members(draft) {
      if (draft.members.some(isIll)) return;
      const member =
        pickMember(draft, (_, age) => age >= 40) ?? draft.members[0];
      if (!member) return;
      member.health = ['长期慢性病'];
      member.chronicDiseaseContract = true;
    },
    plant(draft) {
      draft.household.povertyCauses = ['因病'];
      dropMeasures(draft, ['健康帮扶']);
      if (draft.household.measures?.length === 0) addMeasure(draft, '社会帮扶');

      return [onHousehold('national/cause-without-measure/illness')];
    },
  },
  {
    ruleId: 'national/cause-without-measure/education',
    profile(profile) {
      profile.needs.push('school-child');
    },
    plant(draft) {
      draft.household.povertyCauses = ['因学'];
      dropMeasures(draft, ['教育帮扶', '义务教育保障']);
      if (draft.household.measures?.length === 0) addMeasure(draft, '社会帮扶');

      return [onHousehold('national/cause-without-measure/education')];
    },
  },
  {
    ruleId: 'national/cause-without-measure/disability',
    profile(profile) {
      profile.ableLabour = true;
      profile.needs.push('adult', 'several');
    },
    members(draft) {
      if (draft.members.some((m) => m.health?.includes('残疾'))) return;
      const able = draft.members.find(isAble);
      const member = pickMember(draft, (m) => m !== able) ?? draft.members[0];
      if (!member) return;
      member.health = ['残疾'];
      // A moderate disability (grade 3 or 4): no subsidy is due.
      const category = draft.random.pick([1, 2, 4, 5]);
      member.disabilityCard = `${member.idNumber}${category}${draft.random.int(3, 4)}`;
      relabour(member, draft);
    },
    plant(draft) {
      clearAssistance(draft);
      draft.household.povertyCauses = ['因残'];
      dropMeasures(draft, ['综合保障', '健康帮扶']);
      if (draft.household.measures?.length === 0) addMeasure(draft, '社会帮扶');

      return [onHousehold('national/cause-without-measure/disability')];
    },
  },
  {
    ruleId: 'national/cause-without-measure/housing',
    profile(profile) {
      profile.relocated = false;
    },
    plant(draft) {
      draft.household.povertyCauses = ['因安全住房'];
      dropMeasures(draft, ['住房安全保障', '易地扶贫搬迁']);
      if (draft.household.measures?.length === 0) addMeasure(draft, '社会帮扶');

      return [onHousehold('national/cause-without-measure/housing')];
    },
  },
  {
    ruleId: 'national/cause-without-measure/water',
    plant(draft) {
      draft.household.povertyCauses = ['因安全饮水'];
      dropMeasures(draft, ['饮水安全保障']);
      if (draft.household.measures?.length === 0) addMeasure(draft, '社会帮扶');

      return [onHousehold('national/cause-without-measure/water')];
    },
  },
  {
    ruleId: 'national/no-measure',
    profile(profile) {
      profile.monitored = true;
      profile.removed = false;
      if (profile.type === '贫困户') profile.type = '一般农户';
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    plant(draft) {
      const h = draft.household;
      // One to five months: past the one-month grace for some measure,
      // short of the six months after which a development measure is due.
      h.monitoredSince = dayBetween(
        before(draft.asOf, 150),
        before(draft.asOf, 40),
        draft.random,
      );
      clearAssistance(draft);
      clearJobs(draft);
      h.measures = [];
      h.developmentMeasureStatus = null;
      const cause = draft.random.pick([
        '缺资金',
        '因务工就业不稳',
        '因灾',
      ] as const);
      h.povertyCauses = [cause];

      return [onHousehold('national/no-measure')];
    },
  },
  {
    ruleId: 'national/measure-not-carried-out',
    profile(profile) {
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    plant(draft) {
      if (!hasDevelopment(draft)) addMeasure(draft, '产业帮扶');
      draft.household.developmentMeasureStatus = draft.random.chance(0.6)
        ? '尚未实施'
        : null;

      return [onHousehold('national/measure-not-carried-out')];
    },
  },
  ...(['ranger', 'welfare-job'] as const).map((job) => ({
    ruleId: `national/welfare-job-ineligible/${job}`,
    profile(profile: Profile) {
      profile.removed = false;
      profile.needs.push('elder');
    },
    plant(draft: Draft) {
      // Too old, or recorded as unable to work.
      let holder = pickMember(draft, (_, age) => age >= 70);
      if (!holder) {
        holder =
          pickMember(
            draft,
            (m, age) => age >= 16 && !hasLabour(m) && !inSchool(m.schoolStatus),
          ) ??
          pickMember(draft, (m, age) => age >= 60 && !isAble(m)) ??
          pickMember(draft, (_, age) => age >= 60) ??
          (draft.members[0] as Member);
        holder.labour = '丧失劳动力';
        holder.migrantMonths = 0;
      }
      if (job === 'ranger') holder.forestRanger = true;
      else holder.publicWelfareJob = true;
      addMeasure(draft, job === 'ranger' ? '生态护林员' : '公益岗位');
      draft.household.wageIncome = Math.max(
        draft.household.wageIncome ?? 0,
        5000,
      );

      const found = [on(`national/welfare-job-ineligible/${job}`, holder)];
      // Recorded as unable to work, the holder may leave a household where
      // nobody can work and nobody is assisted: that is found too.
      const assisted = draft.members.some(
        (m) => m.minimumLiving || m.extremePoverty,
      );
      if (!draft.members.some(hasLabour) && !assisted) {
        found.push(
          onHousehold(
            'national/assistance-not-recorded/no-labour-no-assistance',
          ),
        );
      }

      return found;
    },
  })),
  {
    ruleId: 'national/relocated-no-job',
    profile(profile) {
      profile.type = '已脱贫户';
      profile.relocated = true;
      profile.ableLabour = true;
      profile.needs.push('adult');
    },
    plant(draft) {
      for (const member of draft.members) member.migrantMonths = 0;
      clearJobs(draft);
      dropMeasures(draft, ['就业帮扶']);
      if (!hasDevelopment(draft)) addMeasure(draft, '产业帮扶');
      draft.household.businessIncome = Math.max(
        draft.household.businessIncome ?? 0,
        2000,
      );

      return [onHousehold('national/relocated-no-job')];
    },
  },
];

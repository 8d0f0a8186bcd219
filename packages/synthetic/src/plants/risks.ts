import { addDays } from '@duibiao/core';

import { moveIncomeTo } from '../income.js';
import type { Draft, Intended, Planter, Profile } from '../types.js';
import { onHousehold } from './helpers.js';
import {
  dropoutFindings,
  makeDropout,
  uninsure,
  unsafeHouse,
  unsafeWater,
} from './policy-gaps.js';

/** A monitored household whose risk is marked removed. */
function removed(profile: Profile): void {
  if (profile.type === '贫困户') profile.type = '已脱贫户';
  profile.monitored = true;
  profile.removed = true;
  profile.ableLabour = true;
  profile.income = Math.max(profile.income, 6500);
  if (!profile.needs.includes('adult')) profile.needs.push('adult');
}

/**
 * Planters of risks (返贫致贫风险点): a risk removed too early, while
 * still poor, without labour, or while a core problem remains.
 */
export const riskPlanters: readonly Planter[] = [
  {
    ruleId: 'national/removed-too-early',
    profile: removed,
    plant(draft) {
      const h = draft.household;
      h.riskRemovedAt = addDays(
        h.monitoredSince as string,
        draft.random.int(30, 150),
      ) as string;

      return [onHousehold('national/removed-too-early')];
    },
  },
  {
    ruleId: 'national/removed-still-poor',
    profile: removed,
    plant(draft) {
      draft.household.riskRemovalMode = '帮扶消除';
      moveIncomeTo(draft, draft.random.int(4300, 5800));

      return [onHousehold('national/removed-still-poor')];
    },
  },
  {
    ruleId: 'national/removed-no-labour',
    profile(profile) {
      removed(profile);
      profile.ableLabour = false;
      profile.needs.push('elder');
    },
    members(draft) {
      // Without any labour: weak or half labour would count as labour.
      for (const member of draft.members) {
        member.labour = draft.random.chance(0.6) ? '丧失劳动力' : '无劳动力';
        member.migrantMonths = 0;
      }
    },
    plant: () => [onHousehold('national/removed-no-labour')],
  },
  {
    ruleId: 'national/removed-core-problem/house',
    profile(profile) {
      removed(profile);
      profile.relocated = false;
    },
    plant: (draft) => [
      unsafeHouse(draft),
      onHousehold('national/removed-core-problem/house'),
    ],
  },
  {
    ruleId: 'national/removed-core-problem/water',
    profile: removed,
    plant(draft) {
      const kind = draft.random.pick([
        'not-solved',
        'litres',
        'trip',
        'outage',
      ] as const);

      return [
        unsafeWater(draft, kind),
        onHousehold('national/removed-core-problem/water'),
      ];
    },
  },
  {
    ruleId: 'national/removed-core-problem/dropout',
    profile(profile) {
      removed(profile);
      profile.needs.push('school-child');
    },
    members: (draft) => makeDropout(draft),
    plant: (draft: Draft): Intended[] => [
      ...dropoutFindings(draft),
      onHousehold('national/removed-core-problem/dropout'),
    ],
  },
  {
    ruleId: 'national/removed-core-problem/uninsured',
    profile: removed,
    plant: (draft) => [
      ...uninsure(draft),
      onHousehold('national/removed-core-problem/uninsured'),
    ],
  },
];

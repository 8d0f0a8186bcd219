import type { Village } from '@duibiao/core';

import type { VillageBlanker, VillagePlanter } from '../types.js';

type Flag =
  | 'standardClinic'
  | 'qualifiedDoctor'
  | 'pavedRoad'
  | 'roadMaintenance'
  | 'industrialPower'
  | 'meterPerHousehold'
  | 'cleanEnvironment';

function missing(item: string, flag: Flag): VillagePlanter {
  const ruleId = `national/village-infrastructure/${item}`;

  return {
    ruleId,
    plant({ village }) {
      village[flag] = false;
      return [ruleId];
    },
  };
}

/**
 * Planters of village problems: a missing facility (one rule per item),
 * PV income shared equally or not published, no early-warning contact.
 */
export const villagePlanters: readonly VillagePlanter[] = [
  missing('clinic', 'standardClinic'),
  missing('doctor', 'qualifiedDoctor'),
  missing('paved-road', 'pavedRoad'),
  missing('road-maintenance', 'roadMaintenance'),
  missing('industrial-power', 'industrialPower'),
  missing('meter', 'meterPerHousehold'),
  missing('clean-environment', 'cleanEnvironment'),
  {
    ruleId: 'national/village-infrastructure/bus',
    plant({ village }) {
      village.busEligible = true;
      village.busService = false;
      return ['national/village-infrastructure/bus'];
    },
  },
  {
    ruleId: 'national/village-infrastructure/broadband',
    plant({ village }) {
      village.povertyVillage = true;
      village.residentTeam = true;
      village.broadband = false;
      return ['national/village-infrastructure/broadband'];
    },
  },
  {
    ruleId: 'national/pv-distribution/equal-shares',
    plant({ village }) {
      withStation(village);
      village.pvIncomeDistribution = '平均分配';
      return ['national/pv-distribution/equal-shares'];
    },
  },
  {
    ruleId: 'national/pv-distribution/not-published',
    plant({ village, random }) {
      withStation(village);
      const allowed = ['公益岗位', '小型公益事业', '奖励补助'] as const;
      village.pvIncomeDistribution = random.pick(allowed);
      village.pvDistributionPublished = false;
      return ['national/pv-distribution/not-published'];
    },
  },
  {
    ruleId: 'shaanxi/no-liaison',
    plant({ village }) {
      village.monitoringLiaison = null;
      return ['shaanxi/no-liaison'];
    },
  },
];

/** Blank village cells, with the rules that should then be unknown. */
export const villageBlankers: readonly VillageBlanker[] = [
  {
    name: 'broadband',
    blank({ village }) {
      village.povertyVillage = true;
      village.broadband = undefined;
      return ['national/village-infrastructure/broadband'];
    },
  },
  {
    name: 'standardClinic',
    blank({ village }) {
      village.standardClinic = undefined;
      return ['national/village-infrastructure/clinic'];
    },
  },
  {
    name: 'busService',
    blank({ village }) {
      village.busEligible = true;
      village.busService = undefined;
      return ['national/village-infrastructure/bus'];
    },
  },
];

function withStation(village: Village): void {
  village.povertyVillage = true;
  village.residentTeam = true;
  village.broadband = true;
  village.pvStation = true;
  village.pvDistributionPublished = true;
}

import type { Village } from '@duibiao/core';

import { fullName, surname } from './names.js';
import type { Random } from './random.js';
import type { VillageRegion } from './regions.js';

/** Allowed uses of PV income, by how often villages choose them. */
const PV_SHARES = [
  ['公益岗位', 45],
  ['小型公益事业', 25],
  ['奖励补助', 30],
] as const;

/**
 * A village record with every facility a clean village has: a standard
 * clinic and doctor, a paved road with upkeep, a bus where the village
 * qualifies for one, power, broadband, a clean environment and an
 * early-warning contact. Poverty villages have a resident work team and
 * often a PV station whose income is shared by a published, allowed rule.
 *
 * @param region - Code and name.
 * @param random - Source of randomness.
 * @returns The village.
 */
export function makeVillage(region: VillageRegion, random: Random): Village {
  const poor = random.chance(0.45);
  const busEligible = random.chance(0.92);
  const pvStation = poor && random.chance(0.4);

  return {
    regionCode: region.code,
    name: region.name,
    povertyVillage: poor,
    standardClinic: true,
    qualifiedDoctor: true,
    pavedRoad: true,
    busEligible,
    busService: busEligible,
    roadMaintenance: true,
    industrialPower: true,
    meterPerHousehold: true,
    broadband: poor || random.chance(0.9),
    cleanEnvironment: true,
    residentTeam: poor || random.chance(0.3),
    monitoringLiaison: fullName(
      random,
      surname(random),
      random.chance(0.7) ? '男' : '女',
    ),
    pvStation,
    pvIncomeDistribution: pvStation ? random.weighted(PV_SHARES) : null,
    ...(pvStation ? { pvDistributionPublished: true } : {}),
  };
}

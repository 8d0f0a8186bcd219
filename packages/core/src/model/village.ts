import type { z } from 'zod';

import { field } from './field.js';
import { defineTable } from './table.js';
import { PV_DISTRIBUTIONS } from './vocabulary.js';

const flag = (header: string, description: string) =>
  field.flag(header, { description });

/** 村信息: one row per village. */
export const villages = defineTable({
  key: 'villages',
  name: '村信息',
  keyField: 'regionCode',
  fields: {
    regionCode: field.key('行政区划代码', {
      description: '12-digit village code.',
    }),
    name: field.text('村名', { description: 'Village name.' }),
    povertyVillage: flag(
      '是否贫困村',
      'Whether the village is a registered poor village.',
    ),
    standardClinic: flag('是否有标准化卫生室', 'Has a standard clinic.'),
    qualifiedDoctor: flag('是否有合格村医', 'Has a qualified village doctor.'),
    pavedRoad: flag('是否通硬化路', 'Reached by an asphalt or cement road.'),
    busEligible: flag(
      '是否具备通客车条件',
      'Meets the conditions for a bus service.',
    ),
    busService: flag('是否通客车', 'Has a bus service.'),
    roadMaintenance: flag(
      '村组道路是否落实管护',
      'Village roads have upkeep arranged.',
    ),
    industrialPower: flag(
      '是否通动力电',
      'Has industrial (three-phase) power.',
    ),
    meterPerHousehold: flag(
      '是否一户一表',
      'One electricity meter per household.',
    ),
    broadband: flag('是否通宽带', 'Has broadband.'),
    cleanEnvironment: flag(
      '人居环境是否干净整洁',
      'Living environment clean and tidy.',
    ),
    residentTeam: flag('是否有驻村工作队', 'Has a resident work team.'),
    monitoringLiaison: field.text('监测预警联络员', {
      description: 'The early-warning contact; blank when none is named.',
      blank: 'none',
    }),
    pvStation: flag(
      '是否有光伏扶贫电站',
      'Has a photovoltaic poverty-alleviation station.',
    ),
    pvIncomeDistribution: field.oneOf('光伏收益分配方式', PV_DISTRIBUTIONS, {
      description: 'How PV income is distributed; blank when not reported.',
      blank: 'none',
    }),
    pvDistributionPublished: flag(
      '光伏收益分配是否公示',
      'PV income distribution published.',
    ),
  },
});

/** A village record as parsed: absent fields are unknown. */
export interface Village extends z.infer<typeof villages.schema> {}

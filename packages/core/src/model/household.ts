import type { z } from 'zod';

import { field } from './field.js';
import { defineTable } from './table.js';
import {
  HOUSE_GRADES,
  HOUSEHOLD_TYPES,
  HOUSING_SECURITY_MODES,
  MEASURE_STATUSES,
  MEASURES,
  MONITORED_TYPES,
  POVERTY_CAUSES,
  RISK_REMOVAL_MODES,
} from './vocabulary.js';

const yuan = (header: string, description: string) =>
  field.number(header, { description, unit: '元' });

/** An amount that cannot be negative: an income item or an expense. */
const amount = (header: string, description: string) =>
  field.number(header, { description, unit: '元', range: { min: 0 } });

/** 户信息: one row per registered household. */
export const households = defineTable({
  key: 'households',
  name: '户信息',
  keyField: 'householdId',
  fields: {
    householdId: field.key('户编号', {
      description: 'Household number, unique.',
    }),
    regionCode: field.code('行政区划代码', {
      description:
        '12-digit village code: province, city, county, township, village.',
    }),
    householdType: field.oneOf('户类型', HOUSEHOLD_TYPES, {
      description: 'Registered poor, exited, or ordinary household.',
    }),
    exitYear: field.year('脱贫年度', {
      description: 'Year of exit, for exited households.',
    }),
    monitoredType: field.oneOf('监测对象类别', MONITORED_TYPES, {
      description: 'Kind of monitored household; blank when not monitored.',
      blank: 'none',
    }),
    monitoredSince: field.date('识别监测时间', {
      description: 'When the household was identified for monitoring.',
    }),
    riskRemoved: field.flag('风险是否已消除', {
      description: 'Whether the risk is marked removed.',
    }),
    riskRemovalMode: field.oneOf('风险消除方式', RISK_REMOVAL_MODES, {
      description: 'Removed by assistance or naturally.',
    }),
    riskRemovedAt: field.date('消除监测时间', {
      description: 'When the risk was removed.',
    }),
    povertyCauses: field.listOf('致贫原因', POVERTY_CAUSES, {
      description: 'Causes of poverty; blank when none is recorded.',
      blank: 'none',
    }),
    incomeYear: field.year('收入年度', {
      description: 'The year the income figures refer to.',
    }),
    wageIncome: amount('工资性收入', 'Wage income per year.'),
    businessIncome: amount('生产经营性收入', 'Business income per year.'),
    propertyIncome: amount('财产性收入', 'Property income per year.'),
    transferIncome: amount('转移性收入', 'Transfer income per year.'),
    businessExpense: amount('生产经营性支出', 'Business expense per year.'),
    netIncome: yuan('家庭纯收入', 'Declared household net income per year.'),
    perCapitaNetIncome: yuan(
      '人均纯收入',
      'Declared per-capita net income per year.',
    ),
    rigidExpense: amount(
      '合规自付支出',
      'Out-of-pocket medical, education and disaster spending per year.',
    ),
    dangerousHouse: field.flag('是否危房户', {
      description: 'Whether the household lives in a dangerous house.',
    }),
    houseGrade: field.oneOf('危房等级', HOUSE_GRADES, {
      description: 'House safety grade; C and D are unsafe.',
      aliases: { A级: 'A', B级: 'B', C级: 'C', D级: 'D' },
    }),
    housingSecurity: field.oneOf('住房安全保障方式', HOUSING_SECURITY_MODES, {
      description: 'How the house was made safe.',
    }),
    safeWater: field.flag('是否解决安全饮用水', {
      description: 'Whether safe drinking water is solved.',
    }),
    waterLitresPerDay: field.number('人均日用水量', {
      description: 'Litres per person per day.',
      unit: '升',
      range: { min: 0 },
    }),
    waterTripMinutes: field.number('取水往返时间', {
      description: 'Minutes for a round trip to fetch water; 0 when piped.',
      unit: '分钟',
      range: { min: 0 },
    }),
    waterOutageDays: field.number('年断水天数', {
      description: 'Days without water per year.',
      unit: '天',
      range: { min: 0, max: 366 },
    }),
    waterScarceArea: field.flag('是否缺水地区', {
      description: 'Whether the household is in a water-scarce area.',
    }),
    measures: field.listOf('帮扶措施', MEASURES, {
      description: 'Assistance measures; blank when none is registered.',
      blank: 'none',
    }),
    developmentMeasureStatus: field.oneOf(
      '开发式帮扶措施实施情况',
      MEASURE_STATUSES,
      {
        description:
          'Whether development measures were carried out; blank when not reported.',
        blank: 'none',
      },
    ),
    relocated: field.flag('是否易地扶贫搬迁户', {
      description:
        'Whether the household was relocated for poverty alleviation.',
    }),
    helperName: field.text('帮扶责任人', {
      description: 'Name of the responsible helper (masked in reports).',
      blank: 'none',
    }),
    phone: field.text('联系电话', {
      description: 'Contact phone (masked in reports).',
      blank: 'none',
    }),
  },
});

/** A household record as parsed: absent fields are unknown. */
export interface Household extends z.infer<typeof households.schema> {}

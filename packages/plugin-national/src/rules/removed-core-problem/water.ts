import { defineRule } from '../../authoring.js';

/**
 * A household marked as out of risk whose drinking water is unsafe: not
 * solved, too little, too far or too often cut off.
 */
export const removedUnsafeWater = defineRule({
  id: 'national/removed-core-problem/water',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'high',
  title: '风险消除户饮水不安全',
  description:
    'A household marked as out of risk whose drinking water is unsafe: not solved, too little, too far or too often cut off.',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 二（一）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [{ condition: 'riskMarkedRemoved' }, { condition: 'unsafeWater' }],
  },
  message: {
    zh: '风险已标记消除，但饮水仍不安全（是否解决安全饮用水：{safeWater}，人均日用水量 {waterLitresPerDay} 升，取水往返 {waterTripMinutes} 分钟，年断水 {waterOutageDays} 天）',
    en: 'Risk marked removed, but drinking water is unsafe (solved: {safeWater}; {waterLitresPerDay} litres per person a day, {waterTripMinutes} minutes to fetch, {waterOutageDays} days without water a year)',
  },
});

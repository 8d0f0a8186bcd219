import { defineRule } from '../../authoring.js';

/**
 * More days a year without water than `waterMaxOutageDays`: the shared
 * `waterOutagesTooMany`.
 */
export const waterOutage = defineRule({
  id: 'national/unsafe-water/outage',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'water',
  severity: 'high',
  title: '年断水天数超标',
  description:
    'More days a year without water than `waterMaxOutageDays`: the shared `waterOutagesTooMany`.',
  basis:
    '《农村饮水安全评价准则》（T/CHES 18—2018）供水保证率；陕脱贫发〔2020〕9号 二（一）',
  department: '水利部门',
  action: '落实帮扶',
  conditions: { condition: 'waterOutagesTooMany' },
  message: {
    zh: '年断水天数 {waterOutageDays} 天，超过标准 {waterMaxOutageDays} 天',
    en: '{waterOutageDays} days without water a year, more than the standard of {waterMaxOutageDays} days',
  },
});

import { defineRule } from '../../authoring.js';

/**
 * Less drinking water per person per day than the standard for the area
 * (`waterMinLitres`: lower in water-scarce areas): the shared
 * `waterTooLittle`.
 */
export const waterLitres = defineRule({
  id: 'national/unsafe-water/litres',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'water',
  severity: 'high',
  title: '人均日用水量不达标',
  description:
    'Less drinking water per person per day than the standard for the area (`waterMinLitres`: lower in water-scarce areas): the shared `waterTooLittle`.',
  basis:
    '《农村饮水安全评价准则》（T/CHES 18—2018）水量；陕脱贫发〔2020〕9号 二（一）',
  department: '水利部门',
  action: '落实帮扶',
  conditions: { condition: 'waterTooLittle' },
  message: {
    zh: '人均日用水量 {waterLitresPerDay} 升，低于标准 {waterStandardLitres} 升（是否缺水地区：{waterScarceArea}）',
    en: '{waterLitresPerDay} litres per person per day, below the standard of {waterStandardLitres} litres (water-scarce area: {waterScarceArea})',
  },
});

import { defineRule } from '../../authoring.js';

/** Safe drinking water recorded as not solved: the shared `waterNotSolved`. */
export const waterNotSolved = defineRule({
  id: 'national/unsafe-water/not-solved',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'water',
  severity: 'high',
  title: '未解决安全饮用水',
  description:
    'Safe drinking water recorded as not solved: the shared `waterNotSolved`.',
  basis:
    '《农村饮水安全评价准则》（T/CHES 18—2018）；陕脱贫发〔2020〕9号 二（一）',
  department: '水利部门',
  action: '落实帮扶',
  conditions: { condition: 'waterNotSolved' },
  message: {
    zh: '是否解决安全饮用水为「{safeWater}」，饮水安全未达标',
    en: 'Safe drinking water solved: "{safeWater}"; the drinking-water standard is not met',
  },
});

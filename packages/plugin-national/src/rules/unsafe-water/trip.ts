import { defineRule } from '../../authoring.js';

/**
 * A round trip to fetch water longer than `waterMaxTripMinutes`: the
 * shared `waterTripTooLong`.
 */
export const waterTrip = defineRule({
  id: 'national/unsafe-water/trip',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'water',
  severity: 'high',
  title: '取水往返时间超标',
  description:
    'A round trip to fetch water longer than `waterMaxTripMinutes`: the shared `waterTripTooLong`.',
  basis:
    '《农村饮水安全评价准则》（T/CHES 18—2018）方便程度；陕脱贫发〔2020〕9号 二（一）',
  department: '水利部门',
  action: '落实帮扶',
  conditions: { condition: 'waterTripTooLong' },
  message: {
    zh: '取水往返时间 {waterTripMinutes} 分钟，超过标准 {waterMaxTripMinutes} 分钟',
    en: 'Round trip for water {waterTripMinutes} minutes, more than the standard of {waterMaxTripMinutes} minutes',
  },
});

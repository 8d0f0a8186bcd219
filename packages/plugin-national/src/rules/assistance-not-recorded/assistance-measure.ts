import { defineRule } from '../../authoring.js';

/**
 * A member on the minimum living allowance (低保) or supported as
 * extremely poor (特困) while the household's measures lack 综合保障: the
 * benefit is received but not recorded as a measure.
 */
export const assistanceMeasure = defineRule({
  id: 'national/assistance-not-recorded/assistance-measure',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'social-assistance',
  severity: 'medium',
  title: '享受低保特困未录入综合保障',
  description:
    "A member on the minimum living allowance (低保) or supported as extremely poor (特困) while the household's measures lack 综合保障: the benefit is received but not recorded as a measure.",
  basis: '《社会救助暂行办法》；陕脱贫发〔2020〕9号 二（二）、四（二）',
  department: '民政部门',
  action: '补录',
  conditions: {
    all: [
      {
        any: [
          { fact: 'minimumLiving', operator: 'equal', value: true },
          { fact: 'extremePoverty', operator: 'equal', value: true },
        ],
      },
      {
        fact: 'household.measures',
        operator: 'doesNotContain',
        value: '综合保障',
      },
    ],
  },
  message: {
    zh: '享受低保为「{minimumLiving}」、特困供养为「{extremePoverty}」，户帮扶措施（{household.measures}）中未录入综合保障',
    en: 'Minimum living allowance "{minimumLiving}", extreme-poverty support "{extremePoverty}", but the household measures ({household.measures}) lack 综合保障',
  },
});

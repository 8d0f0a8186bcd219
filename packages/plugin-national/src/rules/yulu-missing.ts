import { defineRule } from '../authoring.js';

/**
 * A member in secondary or higher vocational school (中职, 高职高专) who
 * does not have the Yulu plan subsidy, while the household does not
 * have it among its measures either.
 */
export const yuluMissing = defineRule({
  id: 'national/yulu-missing',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'education',
  severity: 'high',
  title: '职业教育在校生未享受雨露计划',
  description:
    'A member in secondary or higher vocational school (中职, 高职高专) who does not have the Yulu plan subsidy, while the household does not have it among its measures either.',
  basis:
    '《关于加强雨露计划支持农村贫困家庭新成长劳动力接受职业教育的意见》；陕脱贫发〔2020〕9号 二（二）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'schoolStatus', operator: 'in', value: ['中职', '高职高专'] },
      {
        fact: 'household.measures',
        operator: 'doesNotContain',
        value: '雨露计划',
      },
      { fact: 'yulu', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '在校生状况为「{schoolStatus}」，本人未享受雨露计划，户帮扶措施（{household.measures}）中也无雨露计划',
    en: 'School status "{schoolStatus}": no Yulu plan subsidy for the member, and none among the household measures ({household.measures})',
  },
  evidence: ['schoolStatus'],
});

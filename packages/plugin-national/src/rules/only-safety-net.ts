import { defineRule } from '../authoring.js';

/**
 * A household with an ordinary or skilled labourer (fact `hasAbleLabour`)
 * whose only measure is the safety net (综合保障): those who can work
 * should get help to earn.
 */
export const onlySafetyNet = defineRule({
  id: 'national/only-safety-net',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'employment',
  severity: 'medium',
  title: '有劳动能力户仅有综合保障措施',
  description:
    'A household with an ordinary or skilled labourer (fact `hasAbleLabour`) whose only measure is the safety net (综合保障): those who can work should get help to earn.',
  basis: '陕脱贫发〔2020〕9号 四（二）',
  department: '人力资源和社会保障部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'hasAbleLabour', operator: 'equal', value: true },
      { fact: 'measureCount', operator: 'equal', value: 1 },
      { fact: 'measures', operator: 'contains', value: '综合保障' },
    ],
  },
  message: {
    zh: '有普通或技能劳动力，帮扶措施仅有「{measures}」，未落实产业就业帮扶措施',
    en: 'Ordinary or skilled labour in the household, but the only measure is "{measures}": no industry or employment help',
  },
});

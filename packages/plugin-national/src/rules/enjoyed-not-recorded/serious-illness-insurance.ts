import { defineRule } from '../../authoring.js';

/**
 * The medical-insurance list shows the member insured (参保) with
 * serious-illness insurance (大病保险) for the reference date's year,
 * while the registry says 是否参加大病保险 is 否.
 */
export const seriousIllnessNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/serious-illness-insurance',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已参加大病保险未录入',
  description:
    "The medical-insurance list shows the member insured (参保) with serious-illness insurance (大病保险) for the reference date's year, while the registry says 是否参加大病保险 is 否.",
  basis:
    '《医疗保障扶贫三年行动实施方案（2018—2020年）》；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'listedSeriousIllness', operator: 'equal', value: true },
      { fact: 'seriousIllnessInsurance', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '医保部门名单显示参加大病保险（参保险种：{listedMedicalSchemes}），系统中「是否参加大病保险」为{seriousIllnessInsurance}',
    en: 'The medical-insurance list shows serious-illness insurance (schemes: {listedMedicalSchemes}), but the registry has 是否参加大病保险 "{seriousIllnessInsurance}"',
  },
});

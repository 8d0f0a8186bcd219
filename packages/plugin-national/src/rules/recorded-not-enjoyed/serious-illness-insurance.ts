import { defineRule } from '../../authoring.js';

/**
 * The registry says the member is in serious-illness insurance (大病保险),
 * while the medical-insurance list, provided, shows no insured row with
 * it for the reference date's year (账实不符). A core indicator: the
 * record may hide a member without serious-illness cover.
 */
export const seriousIllnessNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/serious-illness-insurance',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'high',
  title: '录入参加大病保险但医保部门名单无参保记录',
  description:
    "The registry says the member is in serious-illness insurance (大病保险), while the medical-insurance list, provided, shows no insured row with it for the reference date's year (账实不符). A core indicator: the record may hide a member without serious-illness cover.",
  basis:
    '《医疗保障扶贫三年行动实施方案（2018—2020年）》；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '医疗保障部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'seriousIllnessInsurance', operator: 'equal', value: true },
      { fact: 'listedSeriousIllness', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '系统中「是否参加大病保险」为{seriousIllnessInsurance}，医保部门名单未显示参加大病保险（名单中参保险种：{listedMedicalSchemes}）',
    en: 'The registry has 是否参加大病保险 "{seriousIllnessInsurance}", but the medical-insurance list shows no serious-illness insurance (schemes on the list: {listedMedicalSchemes})',
  },
});

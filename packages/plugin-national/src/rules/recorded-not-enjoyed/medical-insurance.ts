import { defineRule } from '../../authoring.js';

/**
 * The registry records the member in a basic medical insurance scheme
 * that the medical-insurance list, provided, does not show insured (参保)
 * for the reference date's year: neither in that scheme nor on a row
 * without a scheme, which counts for either (账实不符). A core indicator:
 * the record may hide an uninsured member.
 */
export const medicalInsuranceNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/medical-insurance',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'high',
  title: '录入参加基本医疗保险但医保部门名单无参保记录',
  description:
    "The registry records the member in a basic medical insurance scheme that the medical-insurance list, provided, does not show insured (参保) for the reference date's year: neither in that scheme nor on a row without a scheme, which counts for either (账实不符). A core indicator: the record may hide an uninsured member.",
  basis:
    '《医疗保障扶贫三年行动实施方案（2018—2020年）》；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '医疗保障部门',
  action: '核实',
  conditions: {
    any: [
      {
        all: [
          { fact: 'residentMedical', operator: 'equal', value: true },
          { fact: 'listedResidentMedical', operator: 'equal', value: false },
          { fact: 'listedUnnamedMedical', operator: 'equal', value: false },
        ],
      },
      {
        all: [
          { fact: 'employeeMedical', operator: 'equal', value: true },
          { fact: 'listedEmployeeMedical', operator: 'equal', value: false },
          { fact: 'listedUnnamedMedical', operator: 'equal', value: false },
        ],
      },
    ],
  },
  message: {
    zh: '系统中「是否参加城乡居民基本医疗保险」为{residentMedical}、「是否参加城镇职工基本医疗保险」为{employeeMedical}，医保部门名单显示参保的险种：{listedMedicalSchemes}',
    en: 'The registry has resident medical insurance "{residentMedical}" and employee medical insurance "{employeeMedical}", but the medical-insurance list shows insurance in: {listedMedicalSchemes}',
  },
});

import { defineRule } from '../../authoring.js';

/**
 * The medical-insurance list shows the member insured (参保) for the
 * reference date's year in a scheme the registry does not record:
 * resident insurance with 是否参加城乡居民基本医疗保险 否, employee
 * insurance with 是否参加城镇职工基本医疗保险 否, or a row without a scheme
 * while the registry records neither.
 */
export const medicalInsuranceNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/medical-insurance',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已参加基本医疗保险未录入',
  description:
    "The medical-insurance list shows the member insured (参保) for the reference date's year in a scheme the registry does not record: resident insurance with 是否参加城乡居民基本医疗保险 否, employee insurance with 是否参加城镇职工基本医疗保险 否, or a row without a scheme while the registry records neither.",
  basis:
    '《医疗保障扶贫三年行动实施方案（2018—2020年）》；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    any: [
      {
        all: [
          { fact: 'listedResidentMedical', operator: 'equal', value: true },
          { fact: 'residentMedical', operator: 'equal', value: false },
        ],
      },
      {
        all: [
          { fact: 'listedEmployeeMedical', operator: 'equal', value: true },
          { fact: 'employeeMedical', operator: 'equal', value: false },
        ],
      },
      {
        all: [
          { fact: 'listedUnnamedMedical', operator: 'equal', value: true },
          { fact: 'residentMedical', operator: 'equal', value: false },
          { fact: 'employeeMedical', operator: 'equal', value: false },
        ],
      },
    ],
  },
  message: {
    zh: '医保部门名单显示参加{listedMedicalSchemes}，系统中「是否参加城乡居民基本医疗保险」为{residentMedical}、「是否参加城镇职工基本医疗保险」为{employeeMedical}',
    en: 'The medical-insurance list shows {listedMedicalSchemes}, but the registry has resident medical insurance "{residentMedical}" and employee medical insurance "{employeeMedical}"',
  },
});

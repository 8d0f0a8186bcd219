import { defineRule } from '../../authoring.js';

/**
 * The pension list shows the member insured (参保) in a scheme the
 * registry does not record: resident pension insurance with
 * 是否参加城乡居民基本养老保险 否, employee pension insurance with
 * 是否参加城镇职工基本养老保险 否, or a row without a scheme while the
 * registry records neither.
 */
export const pensionNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/pension',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已参加基本养老保险未录入',
  description:
    'The pension list shows the member insured (参保) in a scheme the registry does not record: resident pension insurance with 是否参加城乡居民基本养老保险 否, employee pension insurance with 是否参加城镇职工基本养老保险 否, or a row without a scheme while the registry records neither.',
  basis:
    '《关于切实做好社会保险扶贫工作的意见》；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    any: [
      {
        all: [
          { fact: 'listedResidentPension', operator: 'equal', value: true },
          { fact: 'residentPension', operator: 'equal', value: false },
        ],
      },
      {
        all: [
          { fact: 'listedEmployeePension', operator: 'equal', value: true },
          { fact: 'employeePension', operator: 'equal', value: false },
        ],
      },
      {
        all: [
          { fact: 'listedUnnamedPension', operator: 'equal', value: true },
          { fact: 'residentPension', operator: 'equal', value: false },
          { fact: 'employeePension', operator: 'equal', value: false },
        ],
      },
    ],
  },
  message: {
    zh: '人社部门名单显示参加{listedPensionSchemes}，系统中「是否参加城乡居民基本养老保险」为{residentPension}、「是否参加城镇职工基本养老保险」为{employeePension}',
    en: 'The pension list shows {listedPensionSchemes}, but the registry has resident pension insurance "{residentPension}" and employee pension insurance "{employeePension}"',
  },
});

import { defineRule } from '../../authoring.js';

/**
 * The registry records the member in a pension scheme that the pension
 * list, provided, does not show insured (参保): neither in that scheme
 * nor on a row without a scheme, which counts for either (账实不符).
 */
export const pensionNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/pension',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '录入参加基本养老保险但人社部门名单无参保记录',
  description:
    'The registry records the member in a pension scheme that the pension list, provided, does not show insured (参保): neither in that scheme nor on a row without a scheme, which counts for either (账实不符).',
  basis:
    '《关于切实做好社会保险扶贫工作的意见》；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '人力资源和社会保障部门',
  action: '核实',
  conditions: {
    any: [
      {
        all: [
          { fact: 'residentPension', operator: 'equal', value: true },
          { fact: 'listedResidentPension', operator: 'equal', value: false },
          { fact: 'listedUnnamedPension', operator: 'equal', value: false },
        ],
      },
      {
        all: [
          { fact: 'employeePension', operator: 'equal', value: true },
          { fact: 'listedEmployeePension', operator: 'equal', value: false },
          { fact: 'listedUnnamedPension', operator: 'equal', value: false },
        ],
      },
    ],
  },
  message: {
    zh: '系统中「是否参加城乡居民基本养老保险」为{residentPension}、「是否参加城镇职工基本养老保险」为{employeePension}，人社部门名单显示参保的险种：{listedPensionSchemes}',
    en: 'The registry has resident pension insurance "{residentPension}" and employee pension insurance "{employeePension}", but the pension list shows insurance in: {listedPensionSchemes}',
  },
});

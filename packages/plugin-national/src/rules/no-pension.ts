import { defineRule } from '../authoring.js';

/**
 * A member of `pensionMinAge` or more who is not a student (fact
 * `isStudent`) and is in neither resident nor employee basic pension
 * insurance.
 */
export const noPension = defineRule({
  id: 'national/no-pension',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'pension',
  severity: 'medium',
  title: '未参加基本养老保险',
  description:
    'A member of `pensionMinAge` or more who is not a student (fact `isStudent`) and is in neither resident nor employee basic pension insurance.',
  basis: '《关于切实做好社会保险扶贫工作的意见》；陕脱贫发〔2020〕9号 二（二）',
  department: '人力资源和社会保障部门',
  action: '落实帮扶',
  conditions: {
    all: [
      {
        fact: 'age',
        operator: 'greaterThanInclusive',
        value: { param: 'pensionMinAge' },
      },
      { fact: 'isStudent', operator: 'equal', value: false },
      { fact: 'residentPension', operator: 'equal', value: false },
      { fact: 'employeePension', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '{age} 周岁，非在校生，未参加城乡居民基本养老保险，也未参加城镇职工基本养老保险',
    en: 'Aged {age}, not a student, in neither resident nor employee basic pension insurance',
  },
});

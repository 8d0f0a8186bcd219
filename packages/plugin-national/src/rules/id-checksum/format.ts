import { defineRule } from '../../authoring.js';

/**
 * A resident ID number that is not 17 digits followed by a digit or X.
 * Numbers of other documents (证件类型 其他) are not judged.
 */
export const idFormat = defineRule({
  id: 'national/id-checksum/format',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '居民身份证号码格式错误',
  description:
    'A resident ID number that is not 17 digits followed by a digit or X. Numbers of other documents (证件类型 其他) are not judged.',
  basis: 'GB 11643—1999《公民身份号码》；陕脱贫发〔2020〕9号 四（四）',
  department: '公安部门',
  action: '补正',
  conditions: {
    all: [{ fact: 'idWellFormed', operator: 'equal', value: false }],
  },
  message: {
    zh: '证件号码共 {idLength} 位，不是 17 位数字加 1 位数字或 X 的居民身份证号码',
    en: 'The ID number has {idLength} characters and is not 17 digits followed by a digit or X',
  },
  evidence: ['idNumber'],
});

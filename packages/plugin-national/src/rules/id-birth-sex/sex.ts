import { defineRule } from '../../authoring.js';

/**
 * A well-formed resident ID number whose sequence digit (the 17th, odd
 * for men) gives a sex other than 性别.
 */
export const idSexMismatch = defineRule({
  id: 'national/id-birth-sex/sex',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '身份证号码性别码与性别不符',
  description:
    'A well-formed resident ID number whose sequence digit (the 17th, odd for men) gives a sex other than 性别.',
  basis: 'GB 11643—1999《公民身份号码》；陕脱贫发〔2020〕9号 四（四）',
  department: '公安部门',
  action: '补正',
  conditions: {
    any: [
      {
        all: [
          { fact: 'idSex', operator: 'equal', value: '男' },
          { fact: 'sex', operator: 'equal', value: '女' },
        ],
      },
      {
        all: [
          { fact: 'idSex', operator: 'equal', value: '女' },
          { fact: 'sex', operator: 'equal', value: '男' },
        ],
      },
    ],
  },
  message: {
    zh: '证件号码第 17 位对应性别为{idSex}，性别登记为{sex}',
    en: 'The 17th digit of the ID number means {idSex}, but the recorded sex is {sex}',
  },
  evidence: ['idNumber', 'sex'],
});

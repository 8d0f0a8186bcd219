import { defineRule } from '../../authoring.js';

/**
 * A well-formed resident ID number whose birth digits are no real date,
 * or name a date other than 出生日期. Impossible digits are an error even
 * when 出生日期 is blank. The message never quotes the digits: with the
 * masked ID's visible ends and the region they would give the ID away.
 */
export const idBirthDateMismatch = defineRule({
  id: 'national/id-birth-sex/birth-date',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '身份证号码出生日期码无效或与出生日期不符',
  description:
    "A well-formed resident ID number whose birth digits are no real date, or name a date other than 出生日期. Impossible digits are an error even when 出生日期 is blank. The message never quotes the digits: with the masked ID's visible ends and the region they would give the ID away.",
  basis: 'GB 11643—1999《公民身份号码》；陕脱贫发〔2020〕9号 四（四）',
  department: '公安部门',
  action: '补正',
  conditions: {
    any: [
      {
        all: [
          { fact: 'idWellFormed', operator: 'equal', value: true },
          { fact: 'idBirthDate', operator: 'equal', value: null },
        ],
      },
      { fact: 'idBirthDateMatches', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '证件号码中的出生日期码{idBirthDateProblem}',
    en: 'The birth date in the ID number: {idBirthDateProblem}',
  },
  evidence: ['idNumber', 'birthDate'],
});

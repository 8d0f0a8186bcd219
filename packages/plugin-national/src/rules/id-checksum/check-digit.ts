import { defineRule } from '../../authoring.js';

/**
 * A well-formed resident ID number whose check character fails ISO 7064
 * MOD 11-2. The message names both characters but never the number.
 */
export const idCheckDigit = defineRule({
  id: 'national/id-checksum/check-digit',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '居民身份证号码校验码错误',
  description:
    'A well-formed resident ID number whose check character fails ISO 7064 MOD 11-2. The message names both characters but never the number.',
  basis:
    'GB 11643—1999《公民身份号码》（ISO 7064 MOD 11-2 校验）；陕脱贫发〔2020〕9号 四（四）',
  department: '公安部门',
  action: '补正',
  conditions: {
    all: [{ fact: 'idCheckValid', operator: 'equal', value: false }],
  },
  message: {
    zh: '证件号码校验码应为 {idExpectedCheck}，实为 {idCheckCharacter}',
    en: 'The check character of the ID number should be {idExpectedCheck}, not {idCheckCharacter}',
  },
  evidence: ['idNumber'],
});

import { defineRule } from '../authoring.js';

/**
 * An ID number that more than one member row carries, in the same
 * household or in different ones. Each of the rows gets a finding.
 */
export const idDuplicate = defineRule({
  id: 'national/id-duplicate',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '证件号码重复',
  description:
    'An ID number that more than one member row carries, in the same household or in different ones. Each of the rows gets a finding.',
  basis: 'GB 11643—1999《公民身份号码》；陕脱贫发〔2020〕9号 四（四）',
  department: '公安部门',
  action: '核实',
  conditions: {
    all: [{ fact: 'idOccurrences', operator: 'greaterThan', value: 1 }],
  },
  message: {
    zh: '证件号码在人员信息中出现 {idOccurrences} 次（户编号 {idHouseholds}）',
    en: 'The ID number appears in {idOccurrences} member rows (households {idHouseholds})',
  },
  evidence: ['idNumber'],
});

import type { Finding } from '@duibiao/core';

/** A finding as a rule writes it, with a full ID number in its message. */
export const PLAIN: Finding = {
  findingId: 'f-1a2b',
  ruleId: 'national/uninsured-medical',
  category: 'policy-gap',
  indicator: 'medical',
  severity: 'high',
  regionCode: '610102001001',
  county: '新城区',
  township: '西一路街道',
  village: '东村',
  householdId: 'H1',
  memberId: '11010519491231002X',
  message: '未参加城乡居民基本医疗保险，证件号码 11010519491231002X',
  basis: '医保发〔2019〕1号',
  department: '医保局',
  action: '落实帮扶',
  data: { age: 70, insured: false, note: null },
};

/** A finding whose cells a spreadsheet would take for formulas or breaks. */
export const HOSTILE: Finding = {
  findingId: 'f-2',
  ruleId: 'national/x',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  regionCode: null,
  county: null,
  township: '\rCR',
  village: '=HYPERLINK("http://x","y")',
  householdId: '@SUM(A1)',
  memberId: null,
  message: '-1+1 "quoted", with comma\nnew line',
  basis: '+86',
  department: '\tTAB',
  action: '核实',
  data: {},
};

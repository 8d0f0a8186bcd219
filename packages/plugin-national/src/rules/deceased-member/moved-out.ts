import { defineRule } from '../../authoring.js';

/**
 * A member whose latest public-security row says 迁出, with a 变动日期 on
 * or before the reference date (or none), still listed in the household.
 * A move can be right to keep (a student whose 户口 moved to college), so
 * the record is to be checked, not removed outright.
 */
export const movedOut = defineRule({
  id: 'national/deceased-member/moved-out',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  title: '公安户籍已迁出仍登记在户',
  description:
    'A member whose latest public-security row says 迁出, with a 变动日期 on or before the reference date (or none), still listed in the household. A move can be right to keep (a student whose 户口 moved to college), so the record is to be checked, not removed outright.',
  basis: '陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'residenceStatus', operator: 'equal', value: '迁出' },
      { fact: 'residenceChangeEffective', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '公安户籍状态为「{residenceStatus}」，变动日期为「{residenceChangedOn}」，仍登记为家庭成员',
    en: 'Public-security status "{residenceStatus}", changed on "{residenceChangedOn}", still listed as a member of the household',
  },
  evidence: ['residenceStatus'],
});

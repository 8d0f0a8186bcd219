import { defineRule } from '../../authoring.js';

/**
 * A member whose latest public-security row says 死亡注销, with a 变动日期
 * on or before the reference date (or none: the row itself is no later),
 * still listed in the household. Benefits paid to such a member, and a
 * per-capita income divided among one too many, hang on the error.
 */
export const deceased = defineRule({
  id: 'national/deceased-member/death',
  subject: 'member',
  category: 'data-error',
  indicator: 'identity',
  severity: 'medium',
  title: '公安户籍已死亡注销仍登记在户',
  description:
    'A member whose latest public-security row says 死亡注销, with a 变动日期 on or before the reference date (or none: the row itself is no later), still listed in the household. Benefits paid to such a member, and a per-capita income divided among one too many, hang on the error.',
  basis: '陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [
      { fact: 'residenceStatus', operator: 'equal', value: '死亡注销' },
      { fact: 'residenceChangeEffective', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '公安户籍状态为「{residenceStatus}」，变动日期为「{residenceChangedOn}」，仍登记为家庭成员',
    en: 'Public-security status "{residenceStatus}", changed on "{residenceChangedOn}", still listed as a member of the household',
  },
  evidence: ['residenceStatus'],
});

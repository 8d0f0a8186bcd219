import { defineRule } from '../../authoring.js';

/**
 * A household marked as out of risk with a member (not a newborn) in
 * neither basic medical insurance (the test of `national/uninsured-medical`).
 */
export const removedWithUninsured = defineRule({
  id: 'national/removed-core-problem/uninsured',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'high',
  title: '风险消除户有成员未参加基本医疗保险',
  description:
    'A household marked as out of risk with a member (not a newborn) in neither basic medical insurance (the test of `national/uninsured-medical`).',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 二（一）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      { condition: 'riskMarkedRemoved' },
      { fact: 'hasUninsuredMember', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '风险已标记消除，但户内仍有成员未参加基本医疗保险',
    en: 'Risk marked removed, but a member is in neither basic medical insurance',
  },
});

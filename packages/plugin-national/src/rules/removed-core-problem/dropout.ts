import { defineRule } from '../../authoring.js';

/**
 * A household marked as out of risk with a child of compulsory-school age
 * out of school (the test of `national/dropout`).
 */
export const removedWithDropout = defineRule({
  id: 'national/removed-core-problem/dropout',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'high',
  title: '风险消除户有义务教育阶段失学辍学儿童',
  description:
    'A household marked as out of risk with a child of compulsory-school age out of school (the test of `national/dropout`).',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 二（一）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [
      { condition: 'riskMarkedRemoved' },
      { fact: 'hasDropoutMember', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '风险已标记消除，但户内仍有义务教育阶段适龄儿童失学辍学',
    en: 'Risk marked removed, but a child of compulsory-school age is out of school',
  },
});

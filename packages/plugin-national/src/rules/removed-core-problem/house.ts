import { defineRule } from '../../authoring.js';

/**
 * A household marked as out of risk that lives in an unsafe house with no
 * housing measure.
 */
export const removedUnsafeHouse = defineRule({
  id: 'national/removed-core-problem/house',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'high',
  title: '风险消除户住房不安全',
  description:
    'A household marked as out of risk that lives in an unsafe house with no housing measure.',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 二（一）、四（三）',
  department: '扶贫部门',
  action: '纳入监测',
  conditions: {
    all: [{ condition: 'riskMarkedRemoved' }, { condition: 'unsafeHouse' }],
  },
  message: {
    zh: '风险已标记消除，但住房仍不安全（是否危房户：{dangerousHouse}，危房等级：{houseGrade}），未落实住房安全保障',
    en: 'Risk marked removed, but the house is unsafe (dangerous house: {dangerousHouse}, grade {houseGrade}) with no housing measure',
  },
});

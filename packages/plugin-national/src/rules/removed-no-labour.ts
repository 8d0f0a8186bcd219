import { defineRule } from '../authoring.js';

/**
 * A monitored household marked as out of risk although it has no labour
 * at all — every member 丧失劳动力 or 无劳动力 (weak or half labour counts
 * as labour, as the catalog's "without any labour" says): its income rests
 * on transfers alone. A household without member rows is not judged:
 * nothing shows who lives there.
 */
export const removedNoLabour = defineRule({
  id: 'national/removed-no-labour',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'medium',
  title: '无劳动力户标记风险消除',
  description:
    'A monitored household marked as out of risk although it has no labour at all — every member 丧失劳动力 or 无劳动力 (weak or half labour counts as labour, as the catalog\'s "without any labour" says): its income rests on transfers alone. A household without member rows is not judged: nothing shows who lives there.',
  basis:
    '国开发〔2020〕6号 防止返贫监测和帮扶机制；陕脱贫发〔2020〕9号 四（二）、四（三）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { condition: 'riskMarkedRemoved' },
      { fact: 'memberCount', operator: 'greaterThan', value: 0 },
      { fact: 'hasAnyLabour', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '风险已标记消除，但户内 {memberCount} 人均为丧失劳动力或无劳动力',
    en: 'Risk marked removed, but all {memberCount} members have lost or have no labour capacity',
  },
});

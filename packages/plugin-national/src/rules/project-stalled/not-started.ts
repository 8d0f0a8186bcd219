import { defineRule } from '../../authoring.js';

/**
 * A project with money in place (到位金额 above 0) that has not started:
 * 项目状态 未开工, or a blank status and no 开工日期
 * (`projectFundedNotStarted`).
 */
export const projectNotStartedRule = defineRule({
  id: 'national/project-stalled/not-started',
  subject: 'project',
  category: 'measure-gap',
  indicator: 'cooperation',
  severity: 'medium',
  title: '项目资金已到位未开工',
  description:
    'A project with money in place (到位金额 above 0) that has not started: 项目状态 未开工, or a blank status and no 开工日期 (`projectFundedNotStarted`).',
  basis: '脱贫攻坚项目库建设；陕脱贫发〔2020〕9号 二（二）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: { all: [{ condition: 'projectFundedNotStarted' }] },
  message: {
    zh: '项目「{name}」到位资金 {fundsArrived} 元，项目状态为「{status}」，开工日期为「{startedOn}」，尚未开工',
    en: 'Project "{name}" has {fundsArrived} yuan in place but has not started (status "{status}", start date "{startedOn}")',
  },
  evidence: ['fundsArrived'],
});

import { defineRule } from '../authoring.js';

/**
 * A Jiangsu–Shaanxi cooperation project (资金来源 苏陕协作) that has money
 * in place and has not started, or that benefits no registered poor
 * household (带贫户数 0) whatever its state: the notice checks how
 * cooperation money is spent and projects are built (二（二）). "Not
 * started" and "benefits none" are the national plugin's shared
 * conditions `projectFundedNotStarted` and `projectBenefitsNoHousehold`,
 * so this rule judges a cooperation project as `national/project-stalled`
 * judges any project, under the notice's own item; a status and a start
 * date that are both blank leave "not started" unknown.
 */
export const sushaanProjectStalled = defineRule({
  id: 'shaanxi/sushaan-project-stalled',
  subject: 'project',
  category: 'measure-gap',
  indicator: 'cooperation',
  severity: 'medium',
  title: '苏陕协作项目资金到位未开工或未带贫',
  description:
    'A Jiangsu–Shaanxi cooperation project (资金来源 苏陕协作) that has money in place and has not started, or that benefits no registered poor household (带贫户数 0) whatever its state: the notice checks how cooperation money is spent and projects are built (二（二）). "Not started" and "benefits none" are the national plugin\'s shared conditions `projectFundedNotStarted` and `projectBenefitsNoHousehold`, so this rule judges a cooperation project as `national/project-stalled` judges any project, under the notice\'s own item; a status and a start date that are both blank leave "not started" unknown.',
  basis: '陕脱贫发〔2020〕9号 二（二）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'fundSource', operator: 'equal', value: '苏陕协作' },
      {
        any: [
          { condition: 'projectFundedNotStarted' },
          { condition: 'projectBenefitsNoHousehold' },
        ],
      },
    ],
  },
  message: {
    zh: '苏陕协作项目「{name}」到位资金 {fundsArrived} 元，项目状态为「{status}」，带贫户数 {beneficiaries} 户',
    en: 'Jiangsu–Shaanxi cooperation project "{name}": {fundsArrived} yuan in place, status "{status}", {beneficiaries} poor households benefiting',
  },
  evidence: ['status', 'beneficiaries'],
});

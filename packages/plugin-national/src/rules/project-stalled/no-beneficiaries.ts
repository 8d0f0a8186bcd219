import { defineRule } from '../../authoring.js';

/**
 * A project that benefits no registered poor household (带贫户数 0),
 * whatever its state or funding: every project of the library should
 * carry a mechanism that benefits the poor.
 */
export const projectNoBeneficiaries = defineRule({
  id: 'national/project-stalled/no-beneficiaries',
  subject: 'project',
  category: 'measure-gap',
  indicator: 'cooperation',
  severity: 'medium',
  title: '项目未带动贫困户',
  description:
    'A project that benefits no registered poor household (带贫户数 0), whatever its state or funding: every project of the library should carry a mechanism that benefits the poor.',
  basis: '脱贫攻坚项目库建设 带贫益贫机制；陕脱贫发〔2020〕9号 二（二）',
  department: '扶贫部门',
  action: '核实',
  conditions: { all: [{ condition: 'projectBenefitsNoHousehold' }] },
  message: {
    zh: '项目「{name}」（{projectType}，资金来源 {fundSource}）带贫户数为 {beneficiaries}',
    en: 'Project "{name}" ({projectType}, funded by {fundSource}) benefits {beneficiaries} poor households',
  },
});

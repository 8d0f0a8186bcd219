import { defineRule } from '../../authoring.js';

/**
 * A village with a photovoltaic poverty-alleviation station that pays its
 * income out in equal shares (平均分配) instead of through public-welfare
 * jobs, small public works or rewards.
 */
export const pvEqualShares = defineRule({
  id: 'national/pv-distribution/equal-shares',
  subject: 'village',
  category: 'measure-gap',
  indicator: 'photovoltaic',
  severity: 'medium',
  title: '光伏扶贫电站收益平均分配',
  description:
    'A village with a photovoltaic poverty-alleviation station that pays its income out in equal shares (平均分配) instead of through public-welfare jobs, small public works or rewards.',
  basis: '《村级光伏扶贫电站收益分配管理办法》；陕脱贫发〔2020〕9号 二（二）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'pvStation', operator: 'equal', value: true },
      {
        fact: 'pvIncomeDistribution',
        operator: 'equal',
        value: '平均分配',
      },
    ],
  },
  message: {
    zh: '{name}光伏扶贫电站收益分配方式为「{pvIncomeDistribution}」，未用于公益岗位、小型公益事业或奖励补助',
    en: 'Village {name} distributes its PV station income as "{pvIncomeDistribution}", not through public-welfare jobs, small public works or rewards',
  },
});

import { defineRule } from '../../authoring.js';

/**
 * The registry says the house was made safe by renovation (住房安全保障方式
 * 危房改造) while the housing department's latest row shows the renovation
 * not finished: 在建, 未开工, no renovation, or no row for the household
 * at all (the housing department runs every renovation, so it would have
 * one). The registry's claim hides a house that may still be unsafe from
 * `national/unsafe-house`.
 */
export const renovationUnfinished = defineRule({
  id: 'national/house-mismatch/renovation-unfinished',
  subject: 'household',
  category: 'data-error',
  indicator: 'housing',
  severity: 'high',
  title: '登记危房改造但住建部门改造未竣工',
  description:
    "The registry says the house was made safe by renovation (住房安全保障方式 危房改造) while the housing department's latest row shows the renovation not finished: 在建, 未开工, no renovation, or no row for the household at all (the housing department runs every renovation, so it would have one). The registry's claim hides a house that may still be unsafe from `national/unsafe-house`.",
  basis:
    '《农村危房改造脱贫攻坚三年行动方案》住房安全有保障；陕脱贫发〔2020〕9号 二（一）、三（一）、四（四）',
  department: '住房和城乡建设部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'housingSecurity', operator: 'equal', value: '危房改造' },
      {
        fact: 'housingRenovationStatus',
        operator: 'notEqual',
        value: '已竣工',
      },
    ],
  },
  message: {
    zh: '住房安全保障方式登记为「{housingSecurity}」，住建部门数据中该户改造状态为「{housingRenovationStatus}」，不是「已竣工」',
    en: 'Housing security "{housingSecurity}", but the housing department shows renovation status "{housingRenovationStatus}", not finished',
  },
  evidence: ['housingSecurity', 'housingRenovationStatus'],
});

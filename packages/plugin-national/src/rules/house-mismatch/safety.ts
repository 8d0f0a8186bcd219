import { defineRule } from '../../authoring.js';

const unsafe = { param: 'unsafeHouseGrades' } as const;

/**
 * The registry's 危房等级 and the housing department's 鉴定等级 fall on
 * different sides of `unsafeHouseGrades`: one calls the house dangerous,
 * the other safe. Either way the core housing indicator is misstated.
 * Households the housing list does not name are not compared.
 */
export const houseSafetyMismatch = defineRule({
  id: 'national/house-mismatch/safety',
  subject: 'household',
  category: 'data-error',
  indicator: 'housing',
  severity: 'high',
  title: '危房等级与住建部门鉴定的安全性不一致',
  description:
    "The registry's 危房等级 and the housing department's 鉴定等级 fall on different sides of `unsafeHouseGrades`: one calls the house dangerous, the other safe. Either way the core housing indicator is misstated. Households the housing list does not name are not compared.",
  basis:
    '《农村危房改造脱贫攻坚三年行动方案》住房安全有保障；陕脱贫发〔2020〕9号 二（一）、三（一）、四（四）',
  department: '住房和城乡建设部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'houseGradeDiffers', operator: 'equal', value: true },
      {
        any: [
          {
            all: [
              { fact: 'houseGrade', operator: 'in', value: unsafe },
              { fact: 'housingGrade', operator: 'notIn', value: unsafe },
            ],
          },
          {
            all: [
              { fact: 'houseGrade', operator: 'notIn', value: unsafe },
              { fact: 'housingGrade', operator: 'in', value: unsafe },
            ],
          },
        ],
      },
    ],
  },
  message: {
    zh: '危房等级登记为「{houseGrade}」，住建部门鉴定等级为「{housingGrade}」，两者对住房是否安全的结论不同（{unsafeHouseGrades} 级为危房）',
    en: 'House grade "{houseGrade}" in the registry, "{housingGrade}" by the housing department: they disagree on whether the house is safe (grades {unsafeHouseGrades} are unsafe)',
  },
  evidence: ['houseGrade', 'housingGrade'],
});

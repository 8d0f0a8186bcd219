import { defineRule } from '../../authoring.js';

const unsafe = { param: 'unsafeHouseGrades' } as const;

/**
 * The registry's 危房等级 differs from the housing department's 鉴定等级
 * while both agree on safety (A and B, or C and D): a plain data error.
 * The other case is `national/house-mismatch/safety`.
 */
export const houseGradeMismatch = defineRule({
  id: 'national/house-mismatch/grade',
  subject: 'household',
  category: 'data-error',
  indicator: 'housing',
  severity: 'low',
  title: '危房等级与住建部门鉴定等级不一致',
  description:
    "The registry's 危房等级 differs from the housing department's 鉴定等级 while both agree on safety (A and B, or C and D): a plain data error. The other case is `national/house-mismatch/safety`.",
  basis: '陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '住房和城乡建设部门',
  action: '补正',
  conditions: {
    all: [
      { fact: 'houseGradeDiffers', operator: 'equal', value: true },
      {
        any: [
          {
            all: [
              { fact: 'houseGrade', operator: 'in', value: unsafe },
              { fact: 'housingGrade', operator: 'in', value: unsafe },
            ],
          },
          {
            all: [
              { fact: 'houseGrade', operator: 'notIn', value: unsafe },
              { fact: 'housingGrade', operator: 'notIn', value: unsafe },
            ],
          },
        ],
      },
    ],
  },
  message: {
    zh: '危房等级登记为「{houseGrade}」，住建部门鉴定等级为「{housingGrade}」',
    en: 'House grade "{houseGrade}" in the registry, "{housingGrade}" by the housing department',
  },
  evidence: ['houseGrade', 'housingGrade'],
});

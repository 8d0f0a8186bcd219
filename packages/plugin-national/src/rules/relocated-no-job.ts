import { defineRule } from '../authoring.js';

/**
 * A relocated household with an ordinary or skilled labourer (fact
 * `hasAbleLabour`) where nobody works (fact `hasEmployedMember`: no
 * migrant months, public-welfare job or ranger post).
 */
export const relocatedNoJob = defineRule({
  id: 'national/relocated-no-job',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'relocation',
  severity: 'medium',
  title: '易地扶贫搬迁户有劳动力无人就业',
  description:
    'A relocated household with an ordinary or skilled labourer (fact `hasAbleLabour`) where nobody works (fact `hasEmployedMember`: no migrant months, public-welfare job or ranger post).',
  basis: '易地扶贫搬迁后续扶持；陕脱贫发〔2020〕9号 二（二）',
  department: '人力资源和社会保障部门',
  action: '落实帮扶',
  conditions: {
    all: [
      { fact: 'relocated', operator: 'equal', value: true },
      { fact: 'hasAbleLabour', operator: 'equal', value: true },
      { fact: 'hasEmployedMember', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '易地扶贫搬迁户有普通或技能劳动力，但无人务工，也无人从事公益岗位或生态护林员',
    en: 'Relocated household with ordinary or skilled labour, but nobody does migrant work, holds a public-welfare job or a ranger post',
  },
});

import { defineRule } from '../authoring.js';

/**
 * A dangerous house (flag, or grade in `unsafeHouseGrades`) with no
 * housing measure and no housing-security mode that makes it safe: the
 * shared `unsafeHouse` condition.
 */
export const unsafeHouse = defineRule({
  id: 'national/unsafe-house',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'housing',
  severity: 'high',
  title: '危房未落实住房安全保障',
  description:
    'A dangerous house (flag, or grade in `unsafeHouseGrades`) with no housing measure and no housing-security mode that makes it safe: the shared `unsafeHouse` condition.',
  basis:
    '《农村危房改造脱贫攻坚三年行动方案》住房安全有保障；陕脱贫发〔2020〕9号 二（一）',
  department: '住房和城乡建设部门',
  action: '落实帮扶',
  conditions: { condition: 'unsafeHouse' },
  message: {
    zh: '是否危房户为「{dangerousHouse}」，危房等级为「{houseGrade}」，住房安全保障方式为「{housingSecurity}」，未落实住房安全保障措施',
    en: 'Dangerous house "{dangerousHouse}", grade "{houseGrade}", housing security "{housingSecurity}": no housing measure',
  },
  evidence: ['dangerousHouse', 'houseGrade'],
});

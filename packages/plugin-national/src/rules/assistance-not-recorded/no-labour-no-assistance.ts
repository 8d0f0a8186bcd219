import { defineRule } from '../../authoring.js';

/**
 * A household where nobody can work (fact `hasAnyLabour` false: every
 * member 丧失劳动力 or 无劳动力) and nobody is on 低保 or 特困 (fact
 * `hasAssistedMember` false): a household that may need the safety net.
 */
export const noLabourNoAssistance = defineRule({
  id: 'national/assistance-not-recorded/no-labour-no-assistance',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'social-assistance',
  severity: 'medium',
  title: '无劳动能力户未享受低保特困',
  description:
    'A household where nobody can work (fact `hasAnyLabour` false: every member 丧失劳动力 or 无劳动力) and nobody is on 低保 or 特困 (fact `hasAssistedMember` false): a household that may need the safety net.',
  basis: '《社会救助暂行办法》；陕脱贫发〔2020〕9号 二（二）、四（二）',
  department: '民政部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'hasAnyLabour', operator: 'equal', value: false },
      { fact: 'hasAssistedMember', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '全户 {memberCount} 人均为丧失劳动力或无劳动力，无人享受低保或特困供养',
    en: 'None of the {memberCount} members can work, and none receives the minimum living allowance or extreme-poverty support',
  },
});

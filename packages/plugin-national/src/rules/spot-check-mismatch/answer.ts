import { defineRule } from '../../authoring.js';

/**
 * A phone spot check whose answer differs from the registry's value of
 * the field it asked about (`spotCheckAgrees`): the household's, or the
 * member's named by 证件号码. The answer is read as a cell of that field,
 * so 是, Y and 1 agree with a recorded yes. A blank answer, a member
 * item without a known member, or a blank recorded value is unknown.
 * Medium rather than low: the field asked about may be a core indicator
 * (safe water, insurance, schooling), which one rule cannot tell apart.
 */
export const spotCheckAnswer = defineRule({
  id: 'national/spot-check-mismatch/answer',
  subject: 'spotCheck',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'medium',
  title: '电话抽查结果与系统记录不一致',
  description:
    "A phone spot check whose answer differs from the registry's value of the field it asked about (`spotCheckAgrees`): the household's, or the member's named by 证件号码. The answer is read as a cell of that field, so 是, Y and 1 agree with a recorded yes. A blank answer, a member item without a known member, or a blank recorded value is unknown. Medium rather than low: the field asked about may be a core indicator (safe water, insurance, schooling), which one rule cannot tell apart.",
  basis: '陕脱贫发〔2020〕9号 三（二）、四（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [{ fact: 'spotCheckAgrees', operator: 'equal', value: false }],
  },
  message: {
    zh: '{checkedOn} 电话抽查「{item}」，群众回答「{answer}」，系统记录为「{spotCheckRecorded}」',
    en: 'Phone spot check of {checkedOn} on "{item}": the family answered "{answer}", the record holds "{spotCheckRecorded}"',
  },
  evidence: ['answer', 'spotCheckRecorded'],
});

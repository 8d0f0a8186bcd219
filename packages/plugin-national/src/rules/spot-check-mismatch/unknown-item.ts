import { defineRule } from '../../authoring.js';

/**
 * A phone spot check whose 核查项 names no field of the households or
 * members table, so its answer cannot be compared with the record: the
 * spot-check list itself needs correcting.
 */
export const spotCheckUnknownItem = defineRule({
  id: 'national/spot-check-mismatch/unknown-item',
  subject: 'spotCheck',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '电话抽查核查项无法对应系统字段',
  description:
    'A phone spot check whose 核查项 names no field of the households or members table, so its answer cannot be compared with the record: the spot-check list itself needs correcting.',
  basis: '陕脱贫发〔2020〕9号 三（二）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [{ fact: 'spotCheckField', operator: 'equal', value: null }],
  },
  message: {
    zh: '{checkedOn} 电话抽查的核查项「{item}」不是户信息或人员信息的字段，无法与系统记录比对',
    en: 'Phone spot check of {checkedOn}: the item "{item}" names no field of the household or member records, so it cannot be compared',
  },
});

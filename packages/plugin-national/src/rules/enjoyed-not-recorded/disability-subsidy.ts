import { defineRule } from '../../authoring.js';

/**
 * The disabled persons' federation's list shows the member receiving the
 * living subsidy or the care subsidy, while the registry says
 * 是否享受残疾人两项补贴 is 否: help received but not entered.
 */
export const disabilitySubsidyNotRecorded = defineRule({
  id: 'national/enjoyed-not-recorded/disability-subsidy',
  subject: 'member',
  category: 'data-error',
  indicator: 'consistency',
  severity: 'low',
  title: '已享受残疾人两项补贴未录入',
  description:
    "The disabled persons' federation's list shows the member receiving the living subsidy or the care subsidy, while the registry says 是否享受残疾人两项补贴 is 否: help received but not entered.",
  basis:
    '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）；陕脱贫发〔2020〕9号 三（一）、四（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'listedDisabilitySubsidy', operator: 'equal', value: true },
      { fact: 'disabilitySubsidy', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '残联名单显示享受{listedDisabilitySubsidies}，系统中「是否享受残疾人两项补贴」为{disabilitySubsidy}',
    en: 'The disabled persons’ federation’s list shows {listedDisabilitySubsidies}, but the registry has 是否享受残疾人两项补贴 "{disabilitySubsidy}"',
  },
});

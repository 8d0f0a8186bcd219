import { defineRule } from '../../authoring.js';

/**
 * The registry says the member receives the two disability subsidies,
 * while the disabled persons' federation's list, provided, shows neither
 * the living subsidy nor the care subsidy (账实不符).
 */
export const disabilitySubsidyNotEnjoyed = defineRule({
  id: 'national/recorded-not-enjoyed/disability-subsidy',
  subject: 'member',
  category: 'policy-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '录入享受残疾人两项补贴但残联名单无记录',
  description:
    "The registry says the member receives the two disability subsidies, while the disabled persons' federation's list, provided, shows neither the living subsidy nor the care subsidy (账实不符).",
  basis:
    '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）；陕脱贫发〔2020〕9号 三（一）、四（四）',
  department: '残疾人联合会',
  action: '核实',
  conditions: {
    all: [
      { fact: 'disabilitySubsidy', operator: 'equal', value: true },
      { fact: 'listedDisabilitySubsidy', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '系统中「是否享受残疾人两项补贴」为{disabilitySubsidy}，残联名单未显示享受困难残疾人生活补贴或重度残疾人护理补贴',
    en: 'The registry has 是否享受残疾人两项补贴 "{disabilitySubsidy}", but the disabled persons’ federation’s list shows neither the living subsidy nor the care subsidy',
  },
});

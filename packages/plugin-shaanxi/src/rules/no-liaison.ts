import { defineRule } from '../authoring.js';

/**
 * A village that has named no early-warning contact: 监测预警联络员 is
 * blank, which for this field means none. The message states the number
 * each village should name, so the rule runs only from the notice's date.
 */
export const noLiaison = defineRule({
  id: 'shaanxi/no-liaison',
  subject: 'village',
  category: 'measure-gap',
  indicator: 'monitoring',
  severity: 'medium',
  title: '村未确定监测预警联络员',
  description:
    "A village that has named no early-warning contact: 监测预警联络员 is blank, which for this field means none. The message states the number each village should name, so the rule runs only from the notice's date.",
  basis: '陕脱贫发〔2020〕9号 四（三）',
  department: '扶贫部门',
  action: '落实帮扶',
  conditions: {
    all: [{ fact: 'monitoringLiaison', operator: 'equal', value: null }],
  },
  message: {
    zh: '{name}未确定监测预警联络员（每村应确定 {monitoringLiaisonPerVillage} 名）',
    en: 'Village {name} has no early-warning contact (each village names {monitoringLiaisonPerVillage})',
  },
});

import { defineRule } from '../../authoring.js';

/**
 * The housing department shows a finished renovation (改造状态 已竣工)
 * while the registry says the original house was appraised safe
 * (住房安全保障方式 鉴定安全): the house is safe either way, but the
 * registry does not record the help given.
 */
export const renovationUnrecorded = defineRule({
  id: 'national/house-mismatch/renovation-unrecorded',
  subject: 'household',
  category: 'data-error',
  indicator: 'housing',
  severity: 'low',
  title: '住建部门已完成危房改造但登记为鉴定安全',
  description:
    'The housing department shows a finished renovation (改造状态 已竣工) while the registry says the original house was appraised safe (住房安全保障方式 鉴定安全): the house is safe either way, but the registry does not record the help given.',
  basis: '陕脱贫发〔2020〕9号 四（二）、四（四）',
  department: '住房和城乡建设部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'housingRenovationStatus', operator: 'equal', value: '已竣工' },
      { fact: 'housingSecurity', operator: 'equal', value: '鉴定安全' },
    ],
  },
  message: {
    zh: '住建部门数据中该户危房改造「{housingRenovationStatus}」，住房安全保障方式却登记为「{housingSecurity}」',
    en: 'The housing department shows a renovation "{housingRenovationStatus}", but housing security is recorded as "{housingSecurity}"',
  },
  evidence: ['housingSecurity', 'housingRenovationStatus'],
});

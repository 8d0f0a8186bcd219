import { defineRule } from '../authoring.js';

/**
 * A monitored household whose risk is not marked removed and that has no
 * 收支监测 record in the previous or the current half-month screening
 * period: line departments are to screen every half month (notice
 * 四（三）), so a risk could go unseen for a whole period.
 *
 * Any record counts, whatever its 来源, when its period shares a day with
 * either screening period. A household identified within the current
 * period is not yet due: it has not had a whole period to be screened in.
 * The rule is unknown when the 收支监测 table was not provided.
 */
export const screeningOverdue = defineRule({
  id: 'shaanxi/screening-overdue',
  subject: 'household',
  category: 'risk',
  indicator: 'monitoring',
  severity: 'medium',
  title: '监测户超过半月未开展收支监测筛查',
  description:
    'A monitored household whose risk is not marked removed and that has no 收支监测 record in the previous or the current half-month screening period: line departments are to screen every half month (notice 四（三）), so a risk could go unseen for a whole period. Any record counts, whatever its 来源, when its period shares a day with either screening period. A household identified within the current period is not yet due: it has not had a whole period to be screened in. The rule is unknown when the 收支监测 table was not provided.',
  basis: '陕脱贫发〔2020〕9号 三（三）、四（三）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'monitoredType', operator: 'notEqual', value: null },
      { fact: 'riskRemoved', operator: 'notEqual', value: true },
      {
        fact: 'identifiedBeforeScreeningPeriod',
        operator: 'equal',
        value: true,
      },
      { fact: 'monitoredInScreeningWindow', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '{monitoredType}自 {monitoredSince} 识别监测，{screeningWindowStart} 至 {screeningWindowEnd}（上一筛查期和本期，每月 {screeningPeriod.startDays} 日起各为一期）无收支监测记录，最近一次监测统计截至 {lastMonitoredOn}',
    en: '{monitoredType} monitored since {monitoredSince} has no income and spending record from {screeningWindowStart} to {screeningWindowEnd} (the previous and the current screening period, which start on days {screeningPeriod.startDays} of each month); the latest record ends on {lastMonitoredOn}',
  },
  evidence: ['lastMonitoredOn'],
});

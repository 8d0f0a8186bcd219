import { createChecker, type Dataset, type ListTables } from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { expect, it } from 'vitest';

import {
  dataset,
  family,
  VILLAGE_CODE,
} from '../../plugin-national/src/testing/fixtures.js';
import { AS_OF } from '../../plugin-national/src/testing/run.js';

function check(data: Dataset) {
  return createChecker({ plugins: [shaanxi], asOf: AS_OF }).check(data);
}

/**
 * The lists the Shaanxi rules read, clean for the fixture household: the
 * worker on the employment ledger, a spot check this week, an ordinary
 * cooperation project.
 */
function cleanLists(): ListTables {
  const worker = family()[0]?.idNumber as string;

  return {
    employment: [
      {
        idNumber: worker,
        name: '张三',
        workplace: '江苏省苏州市',
        startMonth: '2020-03',
        endMonth: null,
        monthlyIncome: 3500,
        asOf: '2020-09-15',
      },
    ],
    monitoring: [],
    spotChecks: [
      {
        householdId: 'H001',
        checkedOn: '2020-09-28',
        item: 'netIncome',
        answer: '26000',
      },
    ],
    projects: [
      {
        projectId: 'P001',
        name: '南集贤村食用菌大棚',
        regionCode: VILLAGE_CODE,
        projectType: '产业',
        fundSource: '苏陕协作',
        plannedAmount: 500000,
        fundsArrived: 500000,
        startedOn: '2020-05-10',
        status: '在建',
        beneficiaries: 12,
      },
    ],
  };
}

it('raises nothing on the clean fixtures, and leaves unknown only what an absent list leaves', async () => {
  const { findings, stats } = await check(dataset());
  const doubtful = stats.rules.filter(
    (rule) =>
      rule.errors > 0 ||
      Object.keys(rule.missing).some((field) => !field.endsWith('(no file)')),
  );

  expect(findings).toEqual([]);
  expect(doubtful).toEqual([]);
});

it('judges every Shaanxi rule on clean fixtures with the lists it reads', async () => {
  const { findings, stats } = await check(dataset({ lists: cleanLists() }));
  const own = stats.rules.filter((rule) => rule.ruleId.startsWith('shaanxi/'));

  expect(findings.filter((f) => f.ruleId.startsWith('shaanxi/'))).toEqual([]);
  expect(own.map((rule) => rule.ruleId)).toHaveLength(5);
  expect(own.filter((rule) => rule.unknown > 0 || rule.errors > 0)).toEqual([]);
});

import { createChecker, type Plugin } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  household,
} from '../../plugin-national/src/testing/fixtures.js';
import { AS_OF, runRule } from '../../plugin-national/src/testing/run.js';

function ruleSet(plugin: Plugin, asOf = AS_OF) {
  return createChecker({ plugins: [plugin], asOf }).ruleSet;
}

function ruleIds(plugin: Plugin): string[] {
  return ruleSet(plugin).rules.map((rule) => rule.definition.id);
}

describe('shaanxi', () => {
  it('names itself and extends national for Shaanxi only', () => {
    expect(shaanxi).toMatchObject({
      name: '@duibiao/plugin-shaanxi',
      id: 'shaanxi',
      version: '0.1.0',
      regions: ['61'],
    });
    expect(shaanxi.extends).toEqual([national]);
  });

  it('runs the national rules and then its own', () => {
    const nationalIds = ruleIds(national);

    expect(nationalIds.length).toBeGreaterThan(0);
    expect(ruleIds(shaanxi)).toEqual([
      ...nationalIds,
      'shaanxi/no-liaison',
      'shaanxi/no-employment-ledger',
      'shaanxi/sushaan-project-stalled',
      'shaanxi/spot-check-report-late',
      'shaanxi/screening-overdue',
    ]);
  });

  it('sets the notice’s parameters from 22 August 2020', () => {
    const { parameters } = ruleSet(shaanxi);
    const source = '@duibiao/plugin-shaanxi';

    expect(parameters.get('censusIssueDeadline')).toMatchObject({
      value: '2020-08-31',
      from: '2020-08-22',
      source,
    });
    expect(parameters.get('screeningPeriod')).toMatchObject({
      value: { startDays: [1, 16] },
      from: '2020-08-22',
    });
    expect(parameters.get('spotCheckReportEvery')).toMatchObject({
      value: 7,
      from: '2020-08-22',
    });
    expect(parameters.get('monitoringLiaisonPerVillage')).toMatchObject({
      value: 1,
      from: '2020-08-22',
    });
  });

  it('has no value of its own for them before the notice', () => {
    const before = ruleSet(shaanxi, '2020-08-21');
    const skipped = before.skipped.map((rule) => rule.ruleId);

    // Before the notice the census deadline is the national one: none.
    expect(before.parameters.get('censusIssueDeadline')).toMatchObject({
      value: null,
      source: '@duibiao/plugin-national',
    });
    expect(before.parameters.has('screeningPeriod')).toBe(false);
    expect(before.parameters.has('spotCheckReportEvery')).toBe(false);
    // The rules that name the notice's parameters wait for it; the
    // employment ledger and cooperation projects were duties before it.
    expect(skipped.filter((id) => id.startsWith('shaanxi/'))).toEqual([
      'shaanxi/no-liaison',
      'shaanxi/spot-check-report-late',
      'shaanxi/screening-overdue',
    ]);
  });

  it('names the township in findings: 610124101 is 哑柏镇', async () => {
    const RULE = 'national/income-below-line';
    const record = household({ perCapitaNetIncome: 3500 });
    const poor = dataset({ household: record });
    const withShaanxi = await runRule(shaanxi, RULE, poor);
    const nationalOnly = await runRule(national, RULE, poor);

    expect(withShaanxi.findings[0]).toMatchObject({
      regionCode: '610124101201',
      county: '周至县',
      township: '哑柏镇',
    });
    expect(nationalOnly.findings[0]).toMatchObject({
      county: '周至县',
      township: null,
    });
  });

  it('knows which townships exist, so an unknown one is an error', async () => {
    const RULE = 'national/id-region/unknown-prefix';
    const code = '610124999201';
    const stray = dataset({ household: household({ regionCode: code }) });
    const withShaanxi = await runRule(shaanxi, RULE, stray);
    const nationalOnly = await runRule(national, RULE, stray);

    expect(withShaanxi.findings.map((f) => f.message)).toEqual([
      '行政区划代码 610124999201 的县级或乡级代码不在区划代码表中',
    ]);
    expect(nationalOnly.findings).toHaveLength(0);
  });
});

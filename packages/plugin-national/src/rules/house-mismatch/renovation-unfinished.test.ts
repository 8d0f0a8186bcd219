import type { Household, HousingRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/house-mismatch/renovation-unfinished';

/** A household the registry says was made safe by renovation. */
const renovated: Partial<Household> = {
  dangerousHouse: false,
  houseGrade: 'A',
  housingSecurity: '危房改造',
};

function row(overrides: Partial<HousingRecord> = {}) {
  return {
    householdId: 'H001',
    grade: 'A',
    renovationYear: 2019,
    renovationStatus: '已竣工',
    asOf: '2020-09-01',
    ...overrides,
  } satisfies HousingRecord;
}

function run(registry: Partial<Household>, housing?: HousingRecord[]) {
  return runRule(
    national,
    RULE,
    dataset({
      household: household(registry),
      ...(housing ? { lists: { housing } } : {}),
    }),
  );
}

describe(RULE, () => {
  it('fires when the housing department shows the renovation 在建', async () => {
    const { findings } = await run(renovated, [
      row({ grade: 'D', renovationStatus: '在建' }),
    ]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      category: 'data-error',
      indicator: 'housing',
      severity: 'high',
      message:
        '住房安全保障方式登记为「危房改造」，住建部门数据中该户改造状态为「在建」，不是「已竣工」',
    });
  });

  it('fires for 未开工', async () => {
    const { findings } = await run(renovated, [
      row({ renovationStatus: '未开工' }),
    ]);

    expect(findings).toHaveLength(1);
  });

  it('fires when the department records no renovation, or has no row for the household', async () => {
    const none = await run(renovated, [
      row({ renovationYear: null, renovationStatus: null }),
    ]);
    const missing = await run(renovated, [row({ householdId: 'H002' })]);

    const message =
      '住房安全保障方式登记为「危房改造」，住建部门数据中该户改造状态为「空」，不是「已竣工」';
    expect(none.findings.map((f) => f.message)).toEqual([message]);
    expect(missing.findings.map((f) => f.message)).toEqual([message]);
  });

  it('does not fire once the renovation is 已竣工', async () => {
    const { findings } = await run(renovated, [row()]);

    expect(findings).toHaveLength(0);
  });

  it('reads the latest row, ignoring one dated after the reference date', async () => {
    const finished = await run(renovated, [
      row({ renovationStatus: '在建', asOf: '2020-03-31' }),
      row({ asOf: '2020-09-30' }),
    ]);
    const notYet = await run(renovated, [
      row({ renovationStatus: '在建', asOf: '2020-09-01' }),
      row({ asOf: '2020-10-01' }),
    ]);

    expect(finished.findings).toHaveLength(0);
    expect(notYet.findings).toHaveLength(1);
  });

  it('does not judge a household not recorded as renovated', async () => {
    const { findings, stats } = await run({ housingSecurity: '鉴定安全' }, [
      row({ renovationStatus: '在建' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('is unknown when no housing list is given', async () => {
    const { findings, stats } = await run(renovated);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(Object.keys(stats.missing)).toEqual(['housing (no file)']);
  });
});

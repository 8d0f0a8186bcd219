import type { Household, HousingRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/house-mismatch/grade';

function row(overrides: Partial<HousingRecord> = {}) {
  return {
    householdId: 'H001',
    grade: 'A',
    renovationStatus: null,
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
  it('fires for A against B, both safe', async () => {
    const { findings } = await run({ houseGrade: 'A' }, [row({ grade: 'B' })]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      category: 'data-error',
      indicator: 'housing',
      severity: 'low',
      message: '危房等级登记为「A」，住建部门鉴定等级为「B」',
    });
  });

  it('fires for D against C, both unsafe', async () => {
    const { findings } = await run(
      { houseGrade: 'D', housingSecurity: '危房改造' },
      [row({ grade: 'C' })],
    );

    expect(findings.map((f) => f.message)).toEqual([
      '危房等级登记为「D」，住建部门鉴定等级为「C」',
    ]);
  });

  it('leaves a difference across safety to the safety rule, and equal grades alone', async () => {
    const across = await run({ houseGrade: 'B' }, [row({ grade: 'C' })]);
    const same = await run({ houseGrade: 'B' }, [row({ grade: 'B' })]);

    expect(across.findings).toHaveLength(0);
    expect(same.findings).toHaveLength(0);
  });

  it('does not compare a household missing from the housing list', async () => {
    const { findings } = await run({ houseGrade: 'A' }, []);

    expect(findings).toHaveLength(0);
  });

  it('is unknown when the latest rows of one day disagree', async () => {
    const { findings, stats } = await run({ houseGrade: 'A' }, [
      row({ grade: 'A' }),
      row({ grade: 'B' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });

  it('is unknown when no housing list is given', async () => {
    const { stats } = await run({ houseGrade: 'A' });

    expect(stats.unknown).toBe(1);
  });
});

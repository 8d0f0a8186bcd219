import type { Household, HousingRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/house-mismatch/safety';

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
  it('fires when the registry says A and the housing department D', async () => {
    const { findings } = await run({ houseGrade: 'A' }, [row({ grade: 'D' })]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      householdId: 'H001',
      memberId: null,
      category: 'data-error',
      indicator: 'housing',
      severity: 'high',
      message:
        '危房等级登记为「A」，住建部门鉴定等级为「D」，两者对住房是否安全的结论不同（C、D 级为危房）',
    });
  });

  it('fires the other way: registry D, housing department A', async () => {
    const { findings } = await run(
      { houseGrade: 'D', housingSecurity: '危房改造' },
      [row({ grade: 'A' })],
    );

    expect(findings).toHaveLength(1);
  });

  it('fires across the line between B and C, not within a side', async () => {
    const across = await run({ houseGrade: 'B' }, [row({ grade: 'C' })]);
    const safe = await run({ houseGrade: 'A' }, [row({ grade: 'B' })]);
    const unsafe = await run({ houseGrade: 'C' }, [row({ grade: 'D' })]);
    const same = await run({ houseGrade: 'A' }, [row({ grade: 'A' })]);

    expect(across.findings).toHaveLength(1);
    expect(safe.findings).toHaveLength(0);
    expect(unsafe.findings).toHaveLength(0);
    expect(same.findings).toHaveLength(0);
  });

  it('does not compare a household the housing list does not name', async () => {
    const { findings, stats } = await run({ houseGrade: 'A' }, [
      row({ householdId: 'H999', grade: 'D' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.passed).toBe(1);
  });

  it('reads the latest appraisal and ignores one dated after the reference date', async () => {
    const reappraised = await run({ houseGrade: 'A' }, [
      row({ grade: 'D', asOf: '2019-06-30' }),
      row({ grade: 'A', asOf: '2020-09-30' }),
    ]);
    const later = await run({ houseGrade: 'A' }, [
      row({ grade: 'A', asOf: '2020-09-01' }),
      row({ grade: 'D', asOf: '2020-10-01' }),
    ]);

    expect(reappraised.findings).toHaveLength(0);
    expect(later.findings).toHaveLength(0);
  });

  it('is unknown when no housing list is given', async () => {
    const { findings, stats } = await run({ houseGrade: 'A' });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
    expect(Object.keys(stats.missing)).toEqual(['housing (no file)']);
  });

  it('is unknown when the registry grade is blank', async () => {
    const { findings, stats } = await run({ houseGrade: undefined }, [
      row({ grade: 'D' }),
    ]);

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});

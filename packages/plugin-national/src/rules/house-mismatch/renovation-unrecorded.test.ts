import type { Household, HousingRecord } from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

import { dataset, household } from '../../testing/fixtures.js';
import { runRule } from '../../testing/run.js';

const RULE = 'national/house-mismatch/renovation-unrecorded';

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
  it('fires for a finished renovation recorded as 鉴定安全', async () => {
    const { findings } = await run({ housingSecurity: '鉴定安全' }, [row()]);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      category: 'data-error',
      indicator: 'housing',
      severity: 'low',
      action: '补录',
      message:
        '住建部门数据中该户危房改造「已竣工」，住房安全保障方式却登记为「鉴定安全」',
    });
  });

  it('does not fire when the registry records the renovation or another way', async () => {
    for (const housingSecurity of [
      '危房改造',
      '易地扶贫搬迁',
      '农村集体公租房',
      '其他',
    ] as const) {
      const { findings } = await run({ housingSecurity }, [row()]);

      expect(findings, housingSecurity).toHaveLength(0);
    }
  });

  it('does not fire for a renovation not finished, or none', async () => {
    const building = await run({ housingSecurity: '鉴定安全' }, [
      row({ renovationStatus: '在建' }),
    ]);
    const none = await run({ housingSecurity: '鉴定安全' }, [
      row({ renovationYear: null, renovationStatus: null }),
    ]);

    expect(building.findings).toHaveLength(0);
    expect(none.findings).toHaveLength(0);
  });

  it('ignores a finished renovation dated after the reference date', async () => {
    const { findings } = await run({ housingSecurity: '鉴定安全' }, [
      row({ asOf: '2020-10-01' }),
    ]);

    expect(findings).toHaveLength(0);
  });

  it('is unknown when no housing list is given', async () => {
    const { findings, stats } = await run({ housingSecurity: '鉴定安全' });

    expect(findings).toHaveLength(0);
    expect(stats.unknown).toBe(1);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Ledger } from '@duibiao/ledger';
import { describe, expect, it } from 'vitest';

import { entry } from './__fixtures__/entry.js';
import { dispatchFixture, PREVIOUS } from './__fixtures__/dispatch.js';
import { dispatchReport, percent } from './index.js';

const ASOF = '2020-10-15';

describe('dispatchReport', () => {
  const report = dispatchReport(dispatchFixture(), {
    asOf: ASOF,
    previous: PREVIOUS,
  });
  const [yi, jia] = report.counties;

  it('ranks 乙县 (cleared 2 of 4) above 甲县 (2 of 5)', () => {
    expect(report.counties.map((c) => [c.county, c.rank])).toEqual([
      ['乙县', 1],
      ['甲县', 2],
    ]);
  });

  it('counts 甲县: a6, first seen after the date, is out of scope', () => {
    // a1..a5: policy a1 a5, measure a2, risk a3, data a4; verified a2
    // (双线已核) a3 (已补正); cleared a3 (closed) a4 (not present);
    // overdue a1 (deadline 10-10); a2's deadline is the date itself.
    expect(jia).toMatchObject({
      total: 5,
      byCategory: {
        'policy-gap': 2,
        'measure-gap': 1,
        risk: 1,
        'data-error': 1,
      },
      verified: 2,
      verifiedShare: 0.4,
      cleared: 2,
      clearedShare: 0.4,
      overdue: 1,
    });
  });

  it('counts 乙县', () => {
    // verified b1 b2 b3, cleared b1 b3, overdue b2 (10-14) b4 (10-01).
    expect(yi).toMatchObject({
      total: 4,
      byCategory: {
        'policy-gap': 1,
        'measure-gap': 1,
        risk: 1,
        'data-error': 1,
      },
      verified: 3,
      verifiedShare: 0.75,
      cleared: 2,
      clearedShare: 0.5,
      overdue: 2,
    });
  });

  it('counts each township, by name (pinyin) within the county', () => {
    const rows = report.counties.flatMap((c) =>
      c.townships.map((t) => [
        t.county,
        t.township,
        t.total,
        t.verified,
        t.cleared,
        t.overdue,
      ]),
    );
    expect(rows).toEqual([
      ['乙县', '北镇', 2, 1, 1, 1],
      ['乙县', '南镇', 2, 2, 1, 1],
      ['甲县', '城关镇', 3, 2, 1, 1],
      ['甲县', '东关镇', 2, 0, 1, 0],
    ]);
    const chengguan = jia?.townships[0];
    expect(chengguan?.verifiedShare).toBeCloseTo(2 / 3, 12);
    expect(chengguan?.clearedShare).toBeCloseTo(1 / 3, 12);
    expect(chengguan?.byCategory).toEqual({
      'policy-gap': 1,
      'measure-gap': 1,
      risk: 1,
      'data-error': 0,
    });
  });

  it('counts the province', () => {
    expect(report.province).toMatchObject({
      total: 9,
      byCategory: {
        'policy-gap': 3,
        'measure-gap': 2,
        risk: 2,
        'data-error': 2,
      },
      verified: 5,
      cleared: 4,
      overdue: 3,
    });
    expect(percent(report.province.verifiedShare)).toBe('55.6%');
    expect(percent(report.province.clearedShare)).toBe('44.4%');
  });

  it('gives the change since the previous report; null for a new county', () => {
    // 甲县 before: 3 findings, 0 cleared, 1 overdue.
    expect(jia?.change).toEqual({ total: 2, cleared: 2, overdue: 0 });
    expect(yi?.change).toBeNull();
    expect(report.previousAsOf).toBe('2020-10-01');
    expect(report.notes.join('\n')).toContain('与 2020-10-01 调度通报相比');
  });

  it('keeps each county’s total, cleared and overdue as its body', () => {
    expect(report.body).toEqual({
      asOf: ASOF,
      counties: {
        乙县: { total: 4, cleared: 2, overdue: 2 },
        甲县: { total: 5, cleared: 2, overdue: 1 },
      },
    });
  });

  it('has no change without a previous report', () => {
    const first = dispatchReport(dispatchFixture(), { asOf: ASOF });
    expect(first.counties.map((c) => c.change)).toEqual([null, null]);
    expect(first.previousAsOf).toBeNull();
    expect(first.notes.join('\n')).toContain('无上期调度通报');
  });

  it('reads its body back from a ledger: no change the second time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-'));
    try {
      const ledger = Ledger.open(join(dir, 'ledger.db'), { create: true });
      ledger.saveReport('dispatch', report.asOf, report.body);
      const again = dispatchReport(dispatchFixture(), {
        asOf: ASOF,
        previous: ledger.lastReport('dispatch'),
      });
      ledger.close();
      expect(again.counties.map((c) => c.change)).toEqual([
        { total: 0, cleared: 0, overdue: 0 },
        { total: 0, cleared: 0, overdue: 0 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a previous body it did not make', () => {
    const previous = { asOf: '2020-10-01', madeAt: '', body: { 甲县: 3 } };
    expect(() => dispatchReport([], { asOf: ASOF, previous })).toThrow(
      TypeError,
    );
  });

  it('ranks ties alike: equal share (1/2 = 2/4) and equal overdue', () => {
    const county = (name: string, cleared: number, open: number, late = 0) => [
      ...Array.from({ length: cleared }, (_, i) =>
        entry({
          id: `${name}c${i}`,
          county: name,
          township: '镇',
          status: '已补正',
        }),
      ),
      ...Array.from({ length: open }, (_, i) =>
        entry({
          id: `${name}o${i}`,
          county: name,
          township: '镇',
          deadline: i < late ? '2020-10-01' : null,
        }),
      ),
    ];
    // 戊县 1/2 none overdue; 丙县 1/2 and 丁县 2/4, one overdue each;
    // 己县 0/1.
    const entries = [
      ...county('己县', 0, 1),
      ...county('丁县', 2, 2, 1),
      ...county('丙县', 1, 1, 1),
      ...county('戊县', 1, 1),
    ];
    const ranked = dispatchReport(entries, { asOf: ASOF }).counties;
    expect(ranked.map((c) => [c.county, c.rank])).toEqual([
      ['戊县', 1],
      ['丙县', 2],
      ['丁县', 2],
      ['己县', 4],
    ]);
  });

  it('names an unknown county and township, and lists it last, unranked', () => {
    // The unknown county's one finding is closed (all cleared), which
    // would rank it first among counties; it is not a county to rank.
    const counties = dispatchReport(
      [
        entry({ id: 'x', county: null, township: null, status: '已补正' }),
        entry({ id: 'y', county: '甲县', township: '城关镇' }),
      ],
      { asOf: ASOF },
    ).counties;
    expect(counties.map((c) => [c.county, c.rank, c.clearedShare])).toEqual([
      ['甲县', 1, 0],
      ['未知县', null, 1],
    ]);
    expect(counties[1]?.townships[0]?.township).toBe('未知乡镇');
  });
});

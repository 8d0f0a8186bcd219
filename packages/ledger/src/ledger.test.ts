import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { Ledger } from './ledger.js';
import type { OpinionInput } from './types.js';

/** A finding of a made-up rule on a household, in 城关镇 of 周至县. */
function finding(id: string, township = '城关镇'): Finding {
  return {
    findingId: id,
    ruleId: 'national/income-below-line',
    category: 'policy-gap',
    indicator: 'income',
    severity: 'high',
    regionCode: '610124100001',
    county: '周至县',
    township,
    village: '东村',
    householdId: `H-${id}`,
    memberId: null,
    message: `户 ${id} 人均纯收入低于标准`,
    basis: '陕脱贫发〔2020〕9号 二（一）',
    department: '扶贫部门',
    action: '核实',
    data: {},
  };
}

const step = (
  findingId: string,
  line: OpinionInput['line'],
  result: string,
  extra: Partial<OpinionInput> = {},
): OpinionInput => ({ findingId, line, result, on: '2020-10-08', ...extra });

let dir: string;
let ledger: Ledger;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duibiao-ledger-'));
  ledger = Ledger.open(join(dir, 'ledger.db'), { create: true });
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (asOf: string, ids: string[]) =>
  ledger.recordRun({
    asOf,
    folder: 'sample',
    plugin: 'shaanxi',
    findings: ids.map((id) => finding(id)),
    deadline: () => '2020-10-15',
  });

describe('Ledger runs', () => {
  it('records new, persisting, reopened, suppressed and resolved findings', () => {
    const first = run('2020-09-30', ['a', 'b', 'c', 'e']);
    expect(first.new).toEqual(['a', 'b', 'c', 'e']);
    expect(ledger.entry('a')).toMatchObject({
      status: '待核实',
      firstSeen: '2020-09-30',
      deadline: '2020-10-15',
      present: true,
    });

    // a: both lines, then a false alarm; b: corrected; e: both lines only.
    const outcomes = ledger.applyRows([
      [
        step('a', 'township', '不属实'),
        step('a', 'department', '不属实'),
        step('a', 'review', '确认误报', { reason: '户主证件号录入错位' }),
      ],
      [
        step('b', 'department', '属实'),
        step('b', 'township', '属实'),
        step('b', 'review', '已补正'),
      ],
      [step('e', 'township', '属实'), step('e', 'department', '属实')],
    ]);
    expect(outcomes.map((row) => row.map((o) => o.kind))).toEqual([
      ['applied', 'applied', 'applied'],
      ['applied', 'applied', 'applied'],
      ['applied', 'applied'],
    ]);
    expect(ledger.entry('a')?.status).toBe('确认误报');
    // The closing result implies the review: two steps in the history.
    expect(
      ledger.entry('a')?.history.map((h) => [h.line, h.result, h.from, h.to]),
    ).toEqual([
      ['run', '发现', null, '待核实'],
      ['township', '不属实', '待核实', '乡镇已核'],
      ['department', '不属实', '乡镇已核', '双线已核'],
      ['review', '已复核', '双线已核', '已复核'],
      ['review', '确认误报', '已复核', '确认误报'],
    ]);

    // Second run: a (unchanged evidence) suppressed; b found again after
    // its correction, so reopened; c gone; d new; e persists.
    const second = run('2020-10-31', ['a', 'b', 'd', 'e']);
    expect(second.run).toBe(2);
    expect(second.raised.map((f) => f.findingId)).toEqual(['b', 'd', 'e']);
    expect(second.new).toEqual(['d']);
    expect(second.persisting).toEqual(['b', 'e']);
    expect(second.reopened).toEqual(['b']);
    expect(second.resolved).toEqual(['c']);
    expect(second.suppressed).toEqual([
      {
        findingId: 'a',
        ruleId: 'national/income-below-line',
        status: '确认误报',
        closedOn: '2020-10-08',
        reason: '户主证件号录入错位',
      },
    ]);
    expect(ledger.entry('b')).toMatchObject({
      status: '待核实',
      statusSince: '2020-10-31',
    });
    expect(ledger.entry('c')?.present).toBe(false);
    expect(ledger.entry('e')?.status).toBe('双线已核');
    expect(ledger.runs().map((r) => r.counts)).toEqual([
      {
        raised: 4,
        new: 4,
        persisting: 0,
        reopened: 0,
        resolved: 0,
        suppressed: 0,
      },
      {
        raised: 3,
        new: 1,
        persisting: 2,
        reopened: 1,
        resolved: 1,
        suppressed: 1,
      },
    ]);

    // A reopened finding starts a new round: the township may give the
    // same opinion again.
    expect(ledger.apply(step('b', 'township', '属实')).kind).toBe('applied');
    // c comes back after a gap: new again, its status unchanged.
    const third = run('2020-11-30', ['c']);
    expect(third.new).toEqual(['c']);
    // a was found by run 2 (and suppressed), so run 3 resolves it too.
    expect(third.resolved).toEqual(['a', 'b', 'd', 'e']);
    expect(ledger.entry('a')?.present).toBe(false);
  });

  it('applies a row all or nothing and says why a step is refused', () => {
    run('2020-09-30', ['a', 'b']);
    const [row, other, unknown, badDate] = ledger.applyRows([
      [step('a', 'township', '属实'), step('a', 'review', '已复核')],
      [step('b', 'township', '属实')],
      [step('zz', 'township', '属实')],
      [step('b', 'department', '属实', { on: '2020-02-30' })],
    ]);
    expect(row).toEqual([
      { kind: 'applied', from: '待核实', to: '乡镇已核' },
      {
        kind: 'refused',
        reason:
          '问题 a：复核需乡镇和部门双线核查意见都已出具，现为「乡镇已核」',
      },
    ]);
    // The township's opinion on a was rolled back with its row.
    expect(ledger.entry('a')?.status).toBe('待核实');
    expect(ledger.entry('a')?.history).toHaveLength(1);
    expect(other).toEqual([
      { kind: 'applied', from: '待核实', to: '乡镇已核' },
    ]);
    expect(unknown).toEqual([
      { kind: 'refused', reason: '台账中没有问题编号 zz' },
    ]);
    expect(badDate).toEqual([
      {
        kind: 'refused',
        reason: '日期应为 YYYY-MM-DD 的真实日期，不是「2020-02-30」',
      },
    ]);
    // The same opinion again (a sheet imported twice) changes nothing.
    expect(ledger.apply(step('b', 'township', '属实'))).toEqual({
      kind: 'already',
    });
    expect(ledger.apply(step('b', 'township', '不属实')).kind).toBe('refused');
  });

  it('refuses a date before the finding was found, and a change to a recorded opinion', () => {
    run('2020-09-30', ['a']);
    expect(
      ledger.apply(step('a', 'township', '属实', { on: '2020-09-29' })),
    ).toEqual({
      kind: 'refused',
      reason: '问题 a：日期 2020-09-29 早于问题发现的日期 2020-09-30',
    });
    expect(
      ledger.apply(
        step('a', 'township', '属实', { who: '王乡长', on: '2020-10-05' }),
      ).kind,
    ).toBe('applied');
    // The same again: nothing to do; with its date left to the import's
    // (a blank date cell), the same too.
    expect(
      ledger.apply(
        step('a', 'township', '属实', { who: '王乡长', on: '2020-10-05' }),
      ),
    ).toEqual({ kind: 'already' });
    expect(
      ledger.apply(
        step('a', 'township', '属实', {
          who: '王乡长',
          on: '2020-10-11',
          onDefaulted: true,
        }),
      ),
    ).toEqual({ kind: 'already' });
    // Another who or another date given is a change, which is refused.
    for (const changed of [
      { who: '李书记', on: '2020-10-05' },
      { who: '王乡长', on: '2020-10-06' },
    ])
      expect(ledger.apply(step('a', 'township', '属实', changed))).toEqual({
        kind: 'refused',
        reason:
          '问题 a：乡镇已记录「属实」（王乡长，2020-10-05），已记录的意见不能修改',
      });
  });

  it('refuses a plan made before another run was recorded', () => {
    const plan = ledger.planRun({
      asOf: '2020-09-30',
      folder: 'x',
      plugin: 'shaanxi',
      findings: [finding('a')],
      deadline: () => null,
    });
    run('2020-09-30', ['b']);
    expect(() => ledger.commitRun(plan)).toThrow(
      /another run was recorded in it while this one was checked/,
    );
    expect(ledger.runs()).toHaveLength(1);
  });

  it('lists entries by place and state', () => {
    ledger.recordRun({
      asOf: '2020-09-30',
      folder: 'x',
      plugin: 'shaanxi',
      findings: [
        finding('a', '城关镇'),
        finding('b', '哑柏镇'),
        finding('c', '城关镇'),
      ],
      deadline: () => null,
    });
    ledger.applyRows([
      [
        step('c', 'township', '已整改'),
        step('c', 'department', '属实'),
        step('c', 'review', '已落实'),
      ],
    ]);
    const ids = (filter: Parameters<Ledger['entries']>[0]) =>
      ledger.entries(filter).map((e) => e.finding.findingId);
    expect(ids({ township: '城关镇' })).toEqual(['a', 'c']);
    expect(ids({ township: '城关镇', open: true })).toEqual(['a']);
    expect(ids({ open: false })).toEqual(['c']);
    expect(ids({ county: '周至县', present: true })).toEqual(['b', 'a', 'c']);
  });
});

describe('Ledger reports', () => {
  it('compares a report with the latest one dated before it, and replaces one of its own date', () => {
    ledger.saveReport('dispatch', '2020-10-15', { n: 1 });
    ledger.saveReport('dispatch', '2020-10-31', { n: 2 });
    // Made again for 2020-10-31: it replaces the first of that date.
    ledger.saveReport('dispatch', '2020-10-31', { n: 3 });
    const before = (date?: string) => ledger.lastReport('dispatch', date)?.body;
    expect(before('2020-10-31')).toEqual({ n: 1 });
    expect(before('2020-11-15')).toEqual({ n: 3 });
    // An earlier date made after the later ones compares with what came
    // before it, not with the latest made.
    expect(before('2020-10-20')).toEqual({ n: 1 });
    expect(before('2020-10-15')).toBeUndefined();
    expect(before()).toEqual({ n: 3 });
    expect(ledger.lastReport('weekly')).toBeUndefined();
  });
});

describe('Ledger.open', () => {
  it('refuses a missing file unless asked to make one, and a file that is no ledger', () => {
    expect(() => Ledger.open(join(dir, 'none.db'))).toThrow(
      `ledger ${join(dir, 'none.db')}: no such file; a ledger is made by duibiao check <folder> --ledger <file>`,
    );
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'not a database at all, just some text'.repeat(40));
    expect(() => Ledger.open(text)).toThrow(
      `ledger ${text}: not a duibiao ledger (a SQLite file made by duibiao check --ledger)`,
    );
  });

  it('keeps what was recorded across closing and opening', () => {
    run('2020-09-30', ['a']);
    ledger.close();
    ledger = Ledger.open(join(dir, 'ledger.db'));
    expect(ledger.runs()).toHaveLength(1);
    expect(ledger.entry('a')?.finding).toEqual(finding('a'));
  });
});

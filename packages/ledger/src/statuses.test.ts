import { describe, expect, it } from 'vitest';

import { nextStatus } from './statuses.js';

describe('nextStatus', () => {
  it('needs both lines before the review (双线核实, 四（三）)', () => {
    expect(nextStatus('待核实', { line: 'township', result: '属实' })).toEqual({
      status: '乡镇已核',
    });
    expect(
      nextStatus('待核实', { line: 'department', result: '不属实' }),
    ).toEqual({ status: '部门已核' });
    expect(
      nextStatus('乡镇已核', { line: 'department', result: '属实' }),
    ).toEqual({ status: '双线已核' });
    expect(
      nextStatus('部门已核', { line: 'township', result: '已整改' }),
    ).toEqual({ status: '双线已核' });
    for (const status of ['待核实', '乡镇已核', '部门已核'] as const) {
      expect(
        nextStatus(status, { line: 'review', result: '已复核' }).refused,
      ).toBe(`复核需乡镇和部门双线核查意见都已出具，现为「${status}」`);
    }
  });

  it('refuses a line giving its opinion twice, and an opinion not in the list', () => {
    expect(
      nextStatus('乡镇已核', { line: 'township', result: '属实' }).refused,
    ).toBe('乡镇已出具核查意见（状态「乡镇已核」），不能再次出具');
    expect(
      nextStatus('双线已核', { line: 'department', result: '属实' }).refused,
    ).toBe('部门已出具核查意见（状态「双线已核」），不能再次出具');
    expect(
      nextStatus('待核实', { line: 'township', result: '已核实' }).refused,
    ).toBe('乡镇核查意见应为 属实、不属实、已整改 之一，不是「已核实」');
  });

  it('closes after review, with a reason for 确认误报 and evidence for 已消疑', () => {
    expect(
      nextStatus('双线已核', { line: 'review', result: '已复核' }),
    ).toEqual({
      status: '已复核',
    });
    expect(nextStatus('已复核', { line: 'review', result: '已补正' })).toEqual({
      status: '已补正',
    });
    expect(
      nextStatus('双线已核', { line: 'review', result: '已落实' }),
    ).toEqual({
      status: '已落实',
    });
    expect(
      nextStatus('已复核', { line: 'review', result: '确认误报' }).refused,
    ).toBe('「确认误报」须写明理由');
    expect(
      nextStatus('已复核', { line: 'review', result: '确认误报', reason: ' ' })
        .refused,
    ).toBe('「确认误报」须写明理由');
    expect(
      nextStatus('已复核', {
        line: 'review',
        result: '确认误报',
        reason: '系统录入时户主与成员颠倒',
      }),
    ).toEqual({ status: '确认误报' });
    expect(
      nextStatus('已复核', { line: 'review', result: '已消疑', reason: '已核' })
        .refused,
    ).toBe('「已消疑」须注明佐证材料');
    expect(
      nextStatus('已复核', {
        line: 'review',
        result: '已消疑',
        reason: '入户核实收入达标',
        evidence: '收入核算表 2020-10-08',
      }),
    ).toEqual({ status: '已消疑' });
    expect(
      nextStatus('已复核', { line: 'review', result: '已复核' }).refused,
    ).toBe('已复核，不能再次复核');
    expect(
      nextStatus('已复核', { line: 'review', result: '待核实' }).refused,
    ).toBe(
      '复核结果应为 已复核、已补正、已落实、已消疑、确认误报 之一，不是「待核实」',
    );
  });

  it('refuses any change to a closed finding', () => {
    for (const status of ['已补正', '已落实', '已消疑', '确认误报'] as const) {
      expect(
        nextStatus(status, { line: 'township', result: '属实' }).refused,
      ).toBe(`已是「${status}」，已办结的问题不能再变更`);
    }
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { SPOT_CHECKS, weeklyEntries } from './__fixtures__/weekly.js';
import {
  resolveDepartment,
  spotCheckDepartmentOf,
  UnknownDepartmentError,
  weeklyMarkdown,
  weeklyReport,
  writeWeeklyXlsx,
} from './index.js';

const week = (department: string) =>
  weeklyReport({
    spotChecks: SPOT_CHECKS,
    entries: weeklyEntries(),
    department,
    asOf: '2020-09-30',
    days: 7,
  });

describe('weeklyReport', () => {
  it('takes asOf-6 .. asOf: s2, s3, s4 for 民政 (prefix of 民政部门)', () => {
    const report = week('民政');
    expect(report.department).toBe('民政部门');
    expect(report.from).toBe('2020-09-24');
    // s1 (09-23), s5 (10-01) and s9 (a month) are out; H1 and H2.
    expect(report.checks).toBe(3);
    expect(report.households).toBe(2);
  });

  it('lists the mismatches of the week, by day, and how each is handled', () => {
    const report = week('民政部门');
    expect(
      report.mismatches.map((m) => [m.findingId, m.checkedOn, m.status]),
    ).toEqual([
      ['m1', '2020-09-24', '部门已核'],
      ['m7', '2020-09-27', '已补正'],
      ['m2', '2020-09-30', '待核实'],
    ]);
    const [m1, m7, m2] = report.mismatches;
    expect(m1?.opinion).toEqual({
      line: 'department',
      result: '属实',
      who: '县民政局',
      on: '2020-09-28',
      reason: null,
    });
    // The run after the review is not an opinion.
    expect(m7?.opinion?.result).toBe('已补正');
    expect(m2?.opinion).toBeNull();
    expect([m1?.item, m1?.answer, m1?.recorded]).toEqual([
      '是否享受低保',
      '否',
      '是',
    ]);
    expect(report.byStatus).toMatchObject({
      待核实: 1,
      部门已核: 1,
      已补正: 1,
      乡镇已核: 0,
    });
  });

  it('gives 水利部门 its water check, and 扶贫部门 the rest', () => {
    const water = week('水利部门');
    expect([water.checks, water.households]).toEqual([1, 1]);
    expect(water.mismatches.map((m) => m.findingId)).toEqual(['m4']);

    // s7 (耕地面积, no field) and s8 (户类型, the office's own), one
    // household; m5 is the unknown item's finding.
    const office = week('扶贫');
    expect([office.checks, office.households]).toEqual([2, 1]);
    expect(office.mismatches.map((m) => m.findingId)).toEqual(['m5']);
  });

  it('maps items to departments by the field they name', () => {
    expect(spotCheckDepartmentOf('是否参加城乡居民基本医疗保险')).toBe(
      '医疗保障部门',
    );
    expect(spotCheckDepartmentOf('residentPension')).toBe(
      '人力资源和社会保障部门',
    );
    expect(spotCheckDepartmentOf('住房安全保障方式')).toBe(
      '住房和城乡建设部门',
    );
    expect(spotCheckDepartmentOf('外出务工地点')).toBe('扶贫部门');
    expect(spotCheckDepartmentOf(null)).toBe('扶贫部门');
  });

  it('refuses an unknown department, listing the known ones', () => {
    expect(() => week('公安')).toThrow(UnknownDepartmentError);
    expect(() => week('公安')).toThrow(/民政部门.*扶贫部门/);
    expect(() => week('')).toThrow(UnknownDepartmentError);
  });

  it('knows the short names offices use', () => {
    expect(
      [
        '医保',
        '人社',
        '住建',
        '残联',
        '卫健',
        '扶贫办',
        '民政局',
        '水利局',
      ].map(resolveDepartment),
    ).toEqual([
      '医疗保障部门',
      '人力资源和社会保障部门',
      '住房和城乡建设部门',
      '残疾人联合会',
      '卫生健康部门',
      '扶贫部门',
      '民政部门',
      '水利部门',
    ]);
    // 局 alone is no department.
    expect(() => resolveDepartment('局')).toThrow(UnknownDepartmentError);
  });

  it("says when the data set has no 电话抽查 table, and still lists the ledger's mismatches", () => {
    const report = weeklyReport({
      spotChecks: undefined,
      entries: weeklyEntries(),
      department: '民政',
      asOf: '2020-09-30',
      days: 7,
    });
    expect([report.checks, report.households]).toEqual([null, 0]);
    expect(report.mismatches.length).toBe(week('民政').mismatches.length);
    expect(weeklyMarkdown(report)).toContain(
      '- 电话抽查：未提供电话抽查表（下列不一致取自台账）',
    );
    // No mismatch either: not "the checks found none".
    const none = weeklyReport({
      spotChecks: undefined,
      entries: [],
      department: '民政',
      asOf: '2020-09-30',
      days: 7,
    });
    expect(weeklyMarkdown(none)).toContain(
      '未提供电话抽查表；台账中也没有本周期的不一致问题。',
    );
    expect(weeklyMarkdown(none)).not.toContain('本周期电话抽查未发现');
  });

  it('refuses a date that is not one', () => {
    expect(() =>
      weeklyReport({
        spotChecks: [],
        entries: [],
        department: '民政',
        asOf: '2020-09',
        days: 7,
      }),
    ).toThrow(RangeError);
  });
});

describe('weeklyMarkdown', () => {
  const text = weeklyMarkdown(week('民政'));

  it('states the week and its counts in Chinese', () => {
    expect(text).toContain('# 民政部门电话抽查情况周报');
    expect(text).toContain('- 统计周期：2020-09-24 至 2020-09-30（7 天）');
    expect(text).toContain('- 电话抽查：3 次');
    expect(text).toContain('- 抽查户数：2 户');
    expect(text).toContain('- 发现不一致：3 条');
    expect(text).toContain(
      '- 处置情况：待核实 1 条，部门已核 1 条，已补正 1 条',
    );
  });

  it('masks ID numbers and escapes cells', () => {
    expect(text).not.toContain('610124198001180178');
    expect(text).toContain('6101\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*0178');
    // m2's answer 是|否 stays one cell.
    expect(text).toContain('| 是\\|否 |');
    expect(text).toContain('部门 属实（县民政局，2020-09-28）');
    expect(text).toContain('| 尚无核查意见 |');
  });

  it('says so when the week found nothing', () => {
    const none = weeklyMarkdown(
      weeklyReport({
        spotChecks: [],
        entries: [],
        department: '教育',
        asOf: '2020-09-30',
        days: 7,
      }),
    );
    expect(none).toContain('未发现与系统记录不一致的问题');
  });
});

describe('writeWeeklyXlsx', () => {
  it('writes 汇总 and 问题清单, masked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'weekly-'));
    try {
      const path = join(dir, '民政部门周报.xlsx');
      await writeWeeklyXlsx(path, week('民政'));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);

      const summary = workbook.getWorksheet('汇总');
      expect(summary?.getCell('A3').value).toBe('电话抽查');
      expect(summary?.getCell('B3').value).toBe('3 次');
      expect(summary?.getCell('B5').value).toBe('3 条');

      const list = workbook.getWorksheet('问题清单');
      expect(list?.getCell('A1').value).toBe('抽查日期');
      expect(list?.getRow(2).getCell(1).value).toBe('2020-09-24');
      expect(list?.getRow(2).getCell(5).value).toBe('H1');
      expect(list?.getRow(3).getCell(6).value).toBe('6101**********0178');
      expect(list?.getRow(3).getCell(10).value).toBe('已补正（2020-09-30）');
      expect(list?.rowCount).toBe(4);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

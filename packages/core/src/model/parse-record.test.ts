import { households, members, parseRecord, villages } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

describe('parseRecord', () => {
  it('takes Excel\'s text mark around nothing (\' or ="") as a blank cell, so a key of it is blank', () => {
    const key = parseRecord(households, { householdId: "'" });
    const formula = parseRecord(households, { householdId: '=""' });
    const id = parseRecord(members, { householdId: 'H1', idNumber: "'" });

    expect(key.ok).toBe(false);
    expect(formula.ok).toBe(false);
    expect(id).toEqual({
      ok: true,
      record: expect.not.objectContaining({ idNumber: expect.anything() }),
    });
  });

  it('keeps blank numbers and flags unknown, and blank lists known-empty', () => {
    const result = parseRecord(households, {
      householdId: 'H1',
      netIncome: '',
      safeWater: '',
      measures: '',
      monitoredType: '',
      developmentMeasureStatus: ' ',
    });

    expect(result).toEqual({
      ok: true,
      record: {
        householdId: 'H1',
        measures: [],
        monitoredType: null,
        developmentMeasureStatus: null,
      },
    });
  });

  it('leaves a field unknown when the row has no such column at all', () => {
    const absent = parseRecord(households, { householdId: 'H1' });
    const blank = parseRecord(households, {
      householdId: 'H1',
      measures: '',
      povertyCauses: null,
    });

    expect(absent.ok && absent.record).toEqual({ householdId: 'H1' });
    expect(blank.ok && blank.record).toEqual({
      householdId: 'H1',
      measures: [],
      povertyCauses: [],
    });
  });

  it('reads typed cells and gives blank 证件类型 its default', () => {
    const result = parseRecord(members, {
      householdId: 'H1',
      idType: '',
      idNumber: '61012419750312111x',
      birthDate: '1975/3/12',
      residentMedical: '是',
      migrantMonths: '８',
      health: '长期慢性病、残疾',
    });

    expect(result.ok && result.record).toMatchObject({
      idNumber: '61012419750312111X',
      idType: '居民身份证',
      birthDate: '1975-03-12',
      residentMedical: true,
      migrantMonths: 8,
      health: ['长期慢性病', '残疾'],
    });
  });

  it('rejects values outside the vocabulary, naming the field', () => {
    const result = parseRecord(households, {
      householdId: 'H1',
      householdType: '脱贫户',
      houseGrade: 'C级',
    });

    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'householdType',
          header: '户类型',
          value: '脱贫户',
          reason: 'expected one of 贫困户 · 已脱贫户 · 一般农户',
          code: 'not-in-vocabulary',
        },
      ],
    });
  });

  it('rejects a row without its key and an ID number that went through a number', () => {
    const keyless = parseRecord(villages, { name: '南集贤村' });
    const numeric = parseRecord(members, {
      householdId: 'H1',
      idNumber: 6.10124197503121e17,
    });

    expect(keyless.ok).toBe(false);
    expect(!keyless.ok && keyless.problems[0]?.reason).toBe(
      '行政区划代码 is blank: the row cannot be identified',
    );
    expect(!numeric.ok && numeric.problems[0]?.reason).toMatch(
      /stored as a number/,
    );
  });

  it('passes unknown columns through', () => {
    const result = parseRecord(
      households,
      { householdId: 'H1' },
      { 备注: '外出' },
    );

    expect(result.ok && result.record.extra).toEqual({ 备注: '外出' });
  });
});

describe('codes kept as text', () => {
  it('refuses a household number or region code that went through a number', () => {
    const sci = parseRecord(households, {
      householdId: '6.10124E+15',
      regionCode: '6.10124E+11',
    });
    const rounded = parseRecord(households, { householdId: 6101241012010001 });
    const small = parseRecord(households, {
      householdId: 12345,
      regionCode: 610124101201,
    });

    expect(!sci.ok && sci.problems.map((p) => p.field)).toEqual([
      'householdId',
      'regionCode',
    ]);
    expect(!sci.ok && sci.problems[0]?.reason).toMatch(
      /户编号 was stored as a number/,
    );
    expect(rounded.ok).toBe(false);
    expect(small.ok && small.record).toMatchObject({
      householdId: '12345',
      regionCode: '610124101201',
    });
  });

  it("removes Excel's text wrappers", () => {
    const result = parseRecord(households, {
      householdId: '="0012"',
      regionCode: "'610124101201",
    });

    expect(result.ok && result.record).toMatchObject({
      householdId: '0012',
      regionCode: '610124101201',
    });
  });
});

describe('impossible numbers and words for none', () => {
  it('rejects a number outside what the field can hold', () => {
    const litres = parseRecord(households, {
      householdId: 'H1',
      waterLitresPerDay: '-5',
    });
    const outage = parseRecord(households, {
      householdId: 'H1',
      waterOutageDays: '400',
    });
    const months = parseRecord(members, {
      householdId: 'H1',
      idNumber: '11010519491231002X',
      migrantMonths: '13',
    });

    expect(!litres.ok && litres.problems[0]?.reason).toBe(
      '-5 is impossible here: expected at least 0 升',
    );
    expect(!outage.ok && outage.problems[0]?.reason).toBe(
      '400 is impossible here: expected at least 0 and at most 366 天',
    );
    expect(!months.ok && months.problems[0]?.reason).toBe(
      '13 is impossible here: expected at least 0 and at most 12 月',
    );
  });

  it('reads 无, / and dashes as none where blank means none, and only there', () => {
    const village = parseRecord(villages, {
      regionCode: '610124101201',
      monitoringLiaison: '无',
      pvIncomeDistribution: '/',
    });
    const flag = parseRecord(villages, {
      regionCode: '610124101201',
      broadband: '无',
    });

    expect(village.ok && village.record).toMatchObject({
      monitoringLiaison: null,
      pvIncomeDistribution: null,
    });
    expect(flag.ok && flag.record.broadband).toBe(false);
  });

  it('keeps an old 15-digit ID number stored as a number', () => {
    const result = parseRecord(members, {
      householdId: 'H1',
      idNumber: 110105491231002,
    });

    expect(result.ok && result.record.idNumber).toBe('110105491231002');
  });
});

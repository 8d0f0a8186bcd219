import { households, members, parseRecord, villages } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

describe('parseRecord', () => {
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
        povertyCauses: [],
        monitoredType: null,
        developmentMeasureStatus: null,
        helperName: null,
        phone: null,
      },
    });
  });

  it('reads typed cells and gives blank 证件类型 its default', () => {
    const result = parseRecord(members, {
      householdId: 'H1',
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
    const result = parseRecord(households, { householdId: 'H1', householdType: '脱贫户', houseGrade: 'C级' });

    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'householdType',
          header: '户类型',
          value: '脱贫户',
          reason: 'expected one of 贫困户 · 已脱贫户 · 一般农户',
        },
      ],
    });
  });

  it('rejects a row without its key and an ID number that went through a number', () => {
    const keyless = parseRecord(villages, { name: '南集贤村' });
    const numeric = parseRecord(members, { householdId: 'H1', idNumber: 6.10124197503121e17 });

    expect(keyless.ok).toBe(false);
    expect(!keyless.ok && keyless.problems[0]?.reason).toBe('行政区划代码 is blank: the row cannot be identified');
    expect(!numeric.ok && numeric.problems[0]?.reason).toMatch(/stored as a number/);
  });

  it('passes unknown columns through', () => {
    const result = parseRecord(households, { householdId: 'H1' }, { 备注: '外出' });

    expect(result.ok && result.record.extra).toEqual({ 备注: '外出' });
  });
});

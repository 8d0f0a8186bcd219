import {
  CELL_ERROR_CODES,
  households,
  members,
  parseRecord,
  readCell,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

/** The codes of a household row's problems, in field order. */
function householdCodes(cells: Record<string, unknown>): string[] {
  const result = parseRecord(households, {
    householdId: 'H1',
    ...(cells as Record<string, string>),
  });

  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe('CellErrorCode', () => {
  it('gives each kind of unreadable cell its code', () => {
    expect(householdCodes({ safeWater: '也许' })).toEqual(['not-a-boolean']);
    expect(householdCodes({ netIncome: '三千' })).toEqual(['not-a-number']);
    expect(householdCodes({ exitYear: '2019.5' })).toEqual([
      'not-a-whole-number',
    ]);
    expect(householdCodes({ exitYear: '1899' })).toEqual(['out-of-range']);
    expect(householdCodes({ wageIncome: '-5' })).toEqual(['out-of-range']);
    expect(householdCodes({ waterOutageDays: '367' })).toEqual([
      'out-of-range',
    ]);
    expect(householdCodes({ monitoredSince: '去年' })).toEqual(['not-a-date']);
    expect(householdCodes({ monitoredSince: '2020' })).toEqual(['not-a-date']);
    expect(householdCodes({ monitoredSince: '2020-09-01 08:30' })).toEqual([
      'not-a-date',
    ]);
    expect(householdCodes({ monitoredSince: '2019-02-29' })).toEqual([
      'invalid-date',
    ]);
    expect(householdCodes({ monitoredSince: '2020-13' })).toEqual([
      'invalid-date',
    ]);
    expect(householdCodes({ householdType: '脱贫户' })).toEqual([
      'not-in-vocabulary',
    ]);
    expect(householdCodes({ measures: '产业帮扶、发钱' })).toEqual([
      'not-in-vocabulary',
    ]);
    expect(householdCodes({ regionCode: '6.10124E+11' })).toEqual([
      'digits-lost',
    ]);
  });

  it('codes what only a workbook or JSON can hold', () => {
    const { fields } = households;
    const code = (result: ReturnType<typeof readCell>) =>
      result.ok ? 'read' : result.code;

    expect(code(readCell(fields.householdType, ['贫困户']))).toBe(
      'not-a-value',
    );
    expect(code(readCell(fields.regionCode, 6.10124101201e11 * 1e4))).toBe(
      'digits-lost',
    );
    expect(code(readCell(fields.monitoredSince, 60))).toBe('invalid-date');
    expect(code(readCell(fields.monitoredSince, 3e6))).toBe('invalid-date');
    expect(code(readCell(fields.monitoredSince, new Date(NaN)))).toBe(
      'invalid-date',
    );
    expect(code(readCell(fields.netIncome, Number.NaN))).toBe('not-a-number');
  });

  it('codes a blank key, and a blank 户编号 that would place a member', () => {
    const keyless = parseRecord(households, { householdId: ' ' });
    const homeless = parseRecord(members, {
      householdId: '',
      idNumber: '610124197503121114',
    });

    expect(!keyless.ok && keyless.problems.map((p) => p.code)).toEqual([
      'blank-required',
    ]);
    expect(!homeless.ok && homeless.problems.map((p) => p.code)).toEqual([
      'blank-required',
    ]);
  });

  it('lists every code once', () => {
    expect(new Set(CELL_ERROR_CODES).size).toBe(CELL_ERROR_CODES.length);
    expect(CELL_ERROR_CODES).toEqual(
      expect.arrayContaining(['invalid-date', 'blank-required']),
    );
  });
});

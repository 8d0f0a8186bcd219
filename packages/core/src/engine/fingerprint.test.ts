import { fingerprint, formatValue, renderMessage } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

describe('fingerprint', () => {
  it('is 64-bit FNV-1a over the UTF-16 code units, low byte first', () => {
    // Offset basis and the values of FNV-1a 64 over the bytes 61 00 and
    // 09 5b 07 68 (对标), computed independently with Python's big integers.
    expect(fingerprint('')).toBe('cbf29ce484222325');
    expect(fingerprint('a')).toBe('089be207b544f1e4');
    expect(fingerprint('对标')).toBe('539def73eba74e12');
  });
});

describe('messages', () => {
  it('state the values seen', () => {
    expect(
      renderMessage('人均纯收入 {x} 元，低于 {y.year} 年扶贫标准 {y} 元', {
        x: 3500,
        y: 4000,
        'y.year': 2020,
      }),
    ).toBe('人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元');
    expect(formatValue(3999.456)).toBe('3999.46');
    expect(formatValue(3999.9999999)).toBe('3999.9999999');
    expect(formatValue(['产业帮扶', '就业帮扶'])).toBe('产业帮扶、就业帮扶');
    expect(formatValue([])).toBe('无');
    expect(formatValue(null)).toBe('空');
    expect(formatValue(undefined)).toBe('未知');
    expect(formatValue(false)).toBe('否');
  });
});

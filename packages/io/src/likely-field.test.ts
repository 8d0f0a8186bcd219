import { households, members } from '@duibiao/core';
import { likelyField } from '@duibiao/io';
import { describe, expect, it } from 'vitest';

describe('likelyField', () => {
  it('knows the synonyms clerks use', () => {
    expect(likelyField(members, '身份证号码')).toBe('证件号码');
    expect(likelyField(members, ' 出生年月 ')).toBe('出生日期');
    expect(likelyField(households, '户号')).toBe('户编号');
  });

  it('takes a header one character away from a field', () => {
    expect(likelyField(members, '证件号')).toBe('证件号码');
    expect(likelyField(members, '出生日起')).toBe('出生日期');
  });

  it('considers only the fields it is given', () => {
    expect(likelyField(members, '身份证号码', ['birthDate'])).toBeUndefined();
  });

  it('names no field for a header far from all of them', () => {
    expect(likelyField(members, '备注')).toBeUndefined();
    expect(likelyField(members, '')).toBeUndefined();
  });
});

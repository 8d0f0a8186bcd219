import { maskPrivateText } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

describe('maskPrivateText', () => {
  it('masks ID numbers and mobile numbers however they are written', () => {
    expect(
      maskPrivateText(
        '证件号码 11010519491231002X，电话 13812345678、+86 139-1234-5678、8615012345678、186 1234 5678',
      ),
    ).toBe(
      '证件号码 1101**********002X，电话 138****5678、+86 139****5678、86150****5678、186****5678',
    );
  });

  it('leaves numbers alone that are not mobile numbers', () => {
    // A 户编号 of 16 digits, a 12-digit region code and an 11-digit number
    // inside them, a landline, an amount, and 11 digits starting 12.
    const text =
      '户编号 6101241381234567，区划 613812345678，电话 029-88881234，收入 13800 元，编号 12812345678';

    expect(maskPrivateText(text)).toBe(text);
  });
});

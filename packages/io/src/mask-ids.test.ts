import * as core from '@duibiao/core';
import { maskIdsInText, maskPrivateText } from '@duibiao/io';
import { describe, expect, it } from 'vitest';

describe('masking text in @duibiao/io', () => {
  it('still exports maskPrivateText, which now lives in core', () => {
    expect(maskPrivateText).toBe(core.maskPrivateText);
    expect(maskPrivateText('手机 13812345678')).toBe('手机 138****5678');
  });

  it('masks ID numbers but not mobile numbers with maskIdsInText', () => {
    expect(maskIdsInText('11010519491231002X 13812345678')).toBe(
      '1101**********002X 13812345678',
    );
  });
});

import { idCheckCharacter, readIdNumber } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

describe('idCheckCharacter (ISO 7064 MOD 11-2)', () => {
  it('gives X for the standard example 11010519491231002X', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('gives 4 for 61012419750312111', () => {
    // 6·7+1·9+0·10+1·5+2·8+4·4+1·2+9·1+7·6+5·3+0·7+3·9+1·10+2·5+1·8+1·4+1·2
    // = 217; 217 mod 11 = 8; position 8 of 1 0 X 9 8 7 6 5 4 3 2 is 4.
    expect(idCheckCharacter('61012419750312111')).toBe('4');
  });

  it('refuses input that is not 17 digits', () => {
    expect(idCheckCharacter('6101241975031211')).toBeUndefined();
    expect(idCheckCharacter('6101241975031211X')).toBeUndefined();
  });
});

describe('readIdNumber', () => {
  it('reads a good number: check, region, birth date and sex', () => {
    expect(readIdNumber('610124197503121114')).toEqual({
      wellFormed: true,
      checksumValid: true,
      expectedCheck: '4',
      region: '610124',
      birthDigits: '19750312',
      birthDate: '1975-03-12',
      sex: '男',
    });
  });

  it('flags a wrong check character and an impossible birth date', () => {
    expect(readIdNumber('610124197503121115').checksumValid).toBe(false);
    const impossible = readIdNumber('610124202302291114');
    expect(impossible.birthDate).toBeUndefined();
    expect(impossible.birthDigits).toBe('20230229');
  });

  it('reads an even sequence digit as female', () => {
    expect(readIdNumber('11010519491231002X').sex).toBe('女');
  });

  it('calls malformed numbers malformed', () => {
    expect(readIdNumber('61012419750312111').wellFormed).toBe(false);
    expect(readIdNumber('61012419750312111A').wellFormed).toBe(false);
  });
});

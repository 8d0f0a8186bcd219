import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/*
 * Check characters worked out by hand (GB 11643): the first 17 digits
 * weighted 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, the sum mod 11 indexing
 * 1 0 X 9 8 7 6 5 4 3 2.
 *
 * 61012419750312111: 42+9+0+5+16+16+2+9+42+15+0+27+10+10+8+4+2 = 217,
 * 217 mod 11 = 8 → 4.
 * 11010519491231002: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167,
 * 167 mod 11 = 2 → X.
 */

/** The clean family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** The clean family and a grandmother born 1949-12-31 with this number. */
const withGrandmother = (idNumber: string | undefined) =>
  dataset({
    members: [
      ...family(),
      member({
        idNumber,
        name: '王五',
        relation: '之母',
        sex: '女',
        birthDate: '1949-12-31',
        labour: '无劳动力',
      }),
    ],
  });

/** Cases of national/id-checksum/check-digit. */
export const idCheckDigitCases: RuleCases = {
  valid: [
    {
      name: 'a number whose right check character is X ends in X',
      data: withGrandmother('11010519491231002X'),
    },
    {
      name: 'a number of 17 characters is left to the format rule',
      data: withGrandmother('11010519491231002'),
    },
    {
      name: 'the number of another document (证件类型 其他) is not judged',
      data: withHead({ idType: '其他', idNumber: '610124197503121115' }),
    },
    {
      name: 'a blank ID number is unknown',
      data: withGrandmother(undefined),
      unknown: ['members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a number due to end in X that ends in 0',
      data: withGrandmother('110105194912310020'),
      findings: [
        {
          householdId: 'H001',
          memberId: '110105194912310020',
          message: '证件号码校验码应为 X，实为 0',
          data: { idExpectedCheck: 'X', idCheckCharacter: '0' },
        },
      ],
    },
    {
      name: 'the head’s number with 5 in place of its check character 4',
      data: withHead({ idNumber: '610124197503121115' }),
      findings: [
        {
          householdId: 'H001',
          memberId: '610124197503121115',
          data: { idExpectedCheck: '4', idCheckCharacter: '5' },
        },
      ],
    },
    {
      name: 'with no 证件类型 at all (a file without the column), a number is a resident ID, as a blank cell is',
      data: withHead({ idType: undefined, idNumber: '610124197503121115' }),
      findings: [
        {
          householdId: 'H001',
          memberId: '610124197503121115',
          data: { idExpectedCheck: '4', idCheckCharacter: '5' },
        },
      ],
    },
    {
      name: 'the head’s number ending in X where 4 is due',
      data: withHead({ idNumber: '61012419750312111X' }),
      findings: [
        {
          householdId: 'H001',
          memberId: '61012419750312111X',
          data: { idExpectedCheck: '4', idCheckCharacter: 'X' },
        },
      ],
    },
  ],
};

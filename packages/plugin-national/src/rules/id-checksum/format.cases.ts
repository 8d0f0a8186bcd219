import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** The clean family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** Cases of national/id-checksum/format. */
export const idFormatCases: RuleCases = {
  valid: [
    {
      name: 'a number of 17 digits and a final X is well formed',
      data: withHead({
        idNumber: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: '女',
      }),
    },
    {
      name: 'the number of another document (证件类型 其他) is not judged',
      data: withHead({ idType: '其他', idNumber: 'G12345678' }),
    },
    {
      name: 'a blank ID number is unknown',
      data: withHead({ idNumber: undefined }),
      unknown: ['members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'a number that lost its check character has 17 characters',
      data: withHead({ idNumber: '61012419750312111' }),
      findings: [
        {
          householdId: 'H001',
          memberId: '61012419750312111',
          message:
            '证件号码共 17 位，不是 17 位数字加 1 位数字或 X 的居民身份证号码',
          data: { idLength: 17 },
        },
      ],
    },
    {
      name: 'a number with one digit too many has 19 characters',
      data: withHead({ idNumber: '6101241975031211140' }),
      findings: [
        {
          householdId: 'H001',
          memberId: '6101241975031211140',
          data: { idLength: 19 },
        },
      ],
    },
    {
      name: 'an X anywhere but last makes 18 characters malformed',
      data: withHead({ idNumber: '6101241975031211X4' }),
      findings: [
        {
          householdId: 'H001',
          memberId: '6101241975031211X4',
          data: { idLength: 18 },
        },
      ],
    },
  ],
};

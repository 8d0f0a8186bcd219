import type { Member, RuleCases } from '@duibiao/core';
import { dataset, family, member } from '@duibiao/plugin-sdk';

/** Born 1975-03-12; the 17th digit, 1, is odd: a man's number. */
const ODD_ID = '610124197503121114';

/** Born 1949-12-31; the 17th digit, 2, is even: a woman's number. */
const EVEN_ID = '11010519491231002X';

/** The clean family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** Cases of national/id-birth-sex/sex. */
export const idSexMismatchCases: RuleCases = {
  valid: [
    {
      name: 'an even 17th digit recorded as 女',
      data: withHead({ idNumber: EVEN_ID, birthDate: '1949-12-31', sex: '女' }),
    },
    {
      name: 'the number of another document (证件类型 其他) is not judged',
      data: withHead({ idType: '其他', idNumber: ODD_ID, sex: '女' }),
    },
    {
      name: 'an odd 17th digit beside a blank sex is unknown',
      data: withHead({ idNumber: ODD_ID, sex: undefined }),
      unknown: ['members.sex'],
    },
  ],
  invalid: [
    {
      name: 'an odd 17th digit recorded as 女',
      data: withHead({ idNumber: ODD_ID, sex: '女' }),
      findings: [
        {
          householdId: 'H001',
          memberId: ODD_ID,
          message: '证件号码第 17 位对应性别为男，性别登记为女',
          data: { idSex: '男', sex: '女' },
        },
      ],
    },
    {
      name: 'an even 17th digit recorded as 男',
      data: withHead({ idNumber: EVEN_ID, birthDate: '1949-12-31', sex: '男' }),
      findings: [
        {
          householdId: 'H001',
          memberId: EVEN_ID,
          message: '证件号码第 17 位对应性别为女，性别登记为男',
          data: { idSex: '女', sex: '男' },
        },
      ],
    },
  ],
};

import type { Member, RuleCases } from '@duibiao/core';
import {
  child,
  dataset,
  family,
  makeIdNumber,
  member,
} from '@duibiao/plugin-sdk';

/** The head's number: born 1975-03-12, sequence 111, check character 4. */
const HEAD_ID = '610124197503121114';

/** The clean family with its head changed. */
const withHead = (overrides: Partial<Member>) =>
  dataset({ members: [member(overrides), ...family().slice(1)] });

/** The clean family and one more member. */
const withExtra = (extra: Member) => dataset({ members: [...family(), extra] });

/** Cases of national/id-birth-sex/birth-date. */
export const idBirthDateMismatchCases: RuleCases = {
  valid: [
    {
      name: 'a birth date known only to the month holds the day in the number',
      data: withHead({ idNumber: HEAD_ID, birthDate: '1975-03' }),
    },
    {
      name: 'a son born on 29 February 2000, a leap day, in number and record',
      data: withExtra(
        child({ birthDate: '2000-02-29', sex: '男', schoolStatus: null }),
      ),
    },
    {
      name: 'the number of another document (证件类型 其他) is not judged',
      data: withHead({
        idType: '其他',
        idNumber: 'G19750231',
        birthDate: '1975-03-21',
      }),
    },
    {
      name: 'a real date in the number beside a blank birth date is unknown',
      data: withHead({ birthDate: undefined }),
      unknown: ['members.birthDate'],
    },
  ],
  invalid: [
    {
      name: 'the number says 12 March and the record 21 March',
      data: withHead({ idNumber: HEAD_ID, birthDate: '1975-03-21' }),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          message: '证件号码中的出生日期码与登记的出生日期 1975-03-21 不一致',
          data: {
            idBirthDateProblem: '与登记的出生日期 1975-03-21 不一致',
          },
        },
      ],
    },
    {
      name: 'the number says March and the record, known to the month, April',
      data: withHead({ idNumber: HEAD_ID, birthDate: '1975-04' }),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: { idBirthDateProblem: '与登记的出生日期 1975-04 不一致' },
        },
      ],
    },
    {
      name: 'the digits 19750231 (31 February) are no date, even with the birth date blank',
      // 61012419750231111: 42+9+0+5+16+16+2+9+42+15+0+18+30+5+8+4+2 = 223,
      // 223 mod 11 = 3 → 9.
      data: withHead({ idNumber: '610124197502311119', birthDate: undefined }),
      findings: [
        {
          householdId: 'H001',
          memberId: '610124197502311119',
          message: '证件号码中的出生日期码不是有效日期',
          data: { idBirthDateProblem: '不是有效日期' },
        },
      ],
    },
    {
      name: 'the digits 19000229 are no date: 1900 was not a leap year',
      data: withExtra(
        member({
          idNumber: makeIdNumber('1900-02-29', '男', 15),
          name: '张老汉',
          relation: '之父',
          birthDate: '1900-03-01',
          labour: '无劳动力',
        }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: makeIdNumber('1900-02-29', '男', 15),
          data: { idBirthDateProblem: '不是有效日期' },
        },
      ],
    },
  ],
};

import type { Member, PublicSecurityRecord, RuleCases } from '@duibiao/core';
import { dataset, family } from '@duibiao/plugin-sdk';

/** The head's spouse, whose register rows the cases set. */
const spouse = family()[1] as Member;

/**
 * A row of the public-security list about the spouse: 死亡注销 on the
 * day given (`null` for a blank 变动日期), as of 2020-09-30.
 */
function register(
  changedOn: string | null,
  overrides: Partial<PublicSecurityRecord> = {},
): PublicSecurityRecord {
  return {
    idNumber: spouse.idNumber,
    name: spouse.name,
    status: '死亡注销',
    changedOn,
    asOf: '2020-09-30',
    ...overrides,
  };
}

/** The clean family with the public-security rows given. */
function withRegister(...publicSecurity: PublicSecurityRecord[]) {
  return dataset({ lists: { publicSecurity } });
}

/** Every field the two public-security facts read. */
const REGISTER_FIELDS = [
  'members.idNumber',
  'publicSecurity.asOf',
  'publicSecurity.changedOn',
  'publicSecurity.status',
];

/** Cases of national/deceased-member/death, on 2020-09-30 unless given. */
export const deceasedCases: RuleCases = {
  valid: [
    {
      name: 'a death dated the day after the reference date has not yet happened',
      data: withRegister(register('2020-10-01')),
    },
    {
      name: 'a member the register shows 正常',
      data: withRegister(register(null, { status: '正常' })),
    },
    {
      name: 'a member the register shows 迁出 is not deceased',
      data: withRegister(register('2020-06-01', { status: '迁出' })),
    },
    {
      name: 'a death in September 2020 is unknown on 2020-09-15, when the month is not over',
      data: withRegister(register('2020-09', { asOf: '2020-09-15' })),
      asOf: '2020-09-15',
      unknown: REGISTER_FIELDS,
    },
    {
      name: 'a row with a blank 户籍状态 is unknown, naming every field the register facts read',
      data: withRegister(register('2020-06-01', { status: undefined })),
      unknown: REGISTER_FIELDS,
    },
  ],
  invalid: [
    {
      name: 'a member deregistered on death on the reference date',
      data: withRegister(register('2020-09-30')),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          message:
            '公安户籍状态为「死亡注销」，变动日期为「2020-09-30」，仍登记为家庭成员',
          data: {
            residenceStatus: '死亡注销',
            residenceChangedOn: '2020-09-30',
          },
        },
      ],
    },
    {
      name: 'a death without a 变动日期 on a row dated before the reference date',
      data: withRegister(register(null, { asOf: '2020-09-15' })),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { residenceStatus: '死亡注销', residenceChangedOn: null },
        },
      ],
    },
    {
      name: 'a death in August 2020 has happened by 2020-09-15',
      data: withRegister(register('2020-08', { asOf: '2020-09-15' })),
      asOf: '2020-09-15',
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { residenceChangedOn: '2020-08' },
        },
      ],
    },
    {
      name: 'a death in September 2020 has happened by the month’s last day',
      data: withRegister(register('2020-09')),
      findings: [
        {
          householdId: 'H001',
          memberId: spouse.idNumber,
          data: { residenceChangedOn: '2020-09' },
        },
      ],
    },
  ],
};

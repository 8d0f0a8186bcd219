import type { Member, PublicSecurityRecord, RuleCases } from '@duibiao/core';
import { dataset, family } from '@duibiao/plugin-sdk';

/** The family's son of 17, whose register rows the cases set. */
const son = family()[3] as Member;

/**
 * A row of the public-security list about the son: 迁出 on the day given
 * (`null` for a blank 变动日期), as of 2020-09-30.
 */
function register(
  changedOn: string | null,
  overrides: Partial<PublicSecurityRecord> = {},
): PublicSecurityRecord {
  return {
    idNumber: son.idNumber,
    name: son.name,
    status: '迁出',
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

/** Cases of national/deceased-member/moved-out, on 2020-09-30. */
export const movedOutCases: RuleCases = {
  valid: [
    {
      name: 'a move dated the day after the reference date has not yet happened',
      data: withRegister(register('2020-10-01')),
    },
    {
      name: 'a later row shows the member registered again (正常) after a move',
      data: withRegister(
        register('2019-08-20', { asOf: '2019-12-31' }),
        register(null, { status: '正常', asOf: '2020-09-01' }),
      ),
    },
    {
      name: 'a move on a row dated after the reference date is not read',
      data: withRegister(
        register(null, { status: '正常', asOf: '2020-09-01' }),
        register('2020-09-25', { asOf: '2020-10-08' }),
      ),
    },
    {
      name: 'a member deregistered on death is not a move',
      data: withRegister(register('2020-06-01', { status: '死亡注销' })),
    },
    {
      name: 'latest rows of one day that disagree (迁出 and 正常) are unknown',
      data: withRegister(
        register('2020-09-01'),
        register(null, { status: '正常' }),
      ),
      unknown: REGISTER_FIELDS,
    },
  ],
  invalid: [
    {
      name: 'a member who moved away on the reference date',
      data: withRegister(register('2020-09-30')),
      findings: [
        {
          householdId: 'H001',
          memberId: son.idNumber,
          message:
            '公安户籍状态为「迁出」，变动日期为「2020-09-30」，仍登记为家庭成员',
          data: { residenceStatus: '迁出', residenceChangedOn: '2020-09-30' },
        },
      ],
    },
    {
      name: 'a move without a 变动日期 has happened by the row’s own date',
      data: withRegister(register(null)),
      findings: [
        {
          householdId: 'H001',
          memberId: son.idNumber,
          data: { residenceStatus: '迁出', residenceChangedOn: null },
        },
      ],
    },
    {
      name: 'a move after an earlier 正常 row: the latest row speaks',
      data: withRegister(
        register(null, { status: '正常', asOf: '2019-12-31' }),
        register('2020-07-15', { asOf: '2020-08-31' }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: son.idNumber,
          data: { residenceChangedOn: '2020-07-15' },
        },
      ],
    },
  ],
};

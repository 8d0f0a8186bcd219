import { addDays, type Member } from '@duibiao/core';

import { ageOf, hasLabour, relabour } from '../assistance.js';
import { withCheck, withWrongCheck } from '../id-numbers.js';
import type { Draft, Planter } from '../types.js';
import { on, onHousehold, pickMember, reissue, someAdult } from './helpers.js';

type Relation = NonNullable<Member['relation']>;

/** Each relation that implies a sex, and its counterpart of the other. */
const OPPOSITE: Readonly<Record<string, Relation>> = {
  之子: '之女',
  之女: '之子',
  之孙子: '之孙女',
  之孙女: '之孙子',
  之父: '之母',
  之母: '之父',
  之儿媳: '之女婿',
  之女婿: '之儿媳',
};

/**
 * Planters of data errors (数据信息差错点) about identity and relations:
 * ID numbers, region codes, heads of household and labour by age.
 */
export const identityPlanters: readonly Planter[] = [
  {
    ruleId: 'national/id-checksum/check-digit',
    plant(draft) {
      const member = draft.random.pick(draft.members);
      member.idNumber = withWrongCheck(member.idNumber as string, (c) =>
        draft.random.pick(c),
      );

      return [on('national/id-checksum/check-digit', member)];
    },
  },
  {
    ruleId: 'national/id-checksum/format',
    plant(draft) {
      const member = draft.random.pick(draft.members);
      const id = member.idNumber as string;
      // An old 15-digit number (two-digit year, no check character), or
      // one with a digit lost in typing.
      member.idNumber = draft.random.chance(0.5)
        ? id.slice(0, 6) + id.slice(8, 17)
        : id.slice(0, 10) + id.slice(11);

      return [on('national/id-checksum/format', member)];
    },
  },
  {
    ruleId: 'national/id-birth-sex/birth-date',
    plant(draft) {
      const member = draft.random.pick(draft.members);
      const born = member.birthDate as string;
      if (draft.random.chance(0.25)) {
        // Digits that are no date at all: the 30th of February.
        const odd = member.sex === '男' ? 1 : 0;
        const sequence = String(draft.random.int(0, 499) * 2 + odd).padStart(
          3,
          '0',
        );
        member.idNumber = withCheck(
          `${draft.place.county}${born.slice(0, 4)}0230${sequence}`,
        );
      } else {
        // A slip of a day or more, never past the reference date.
        const shift = draft.random.int(1, 400);
        const later = addDays(born, shift) as string;
        const other =
          later > draft.asOf || draft.random.chance(0.5)
            ? addDays(born, -shift)
            : later;
        reissue(draft, member, other as string, member.sex as '男' | '女');
      }

      return [on('national/id-birth-sex/birth-date', member)];
    },
  },
  {
    ruleId: 'national/id-birth-sex/sex',
    plant(draft) {
      const member = draft.random.pick(draft.members);
      reissue(
        draft,
        member,
        member.birthDate as string,
        member.sex === '男' ? '女' : '男',
      );

      return [on('national/id-birth-sex/sex', member)];
    },
  },
  {
    ruleId: 'national/id-region/format',
    plant(draft) {
      const code = draft.household.regionCode as string;
      const at = draft.random.int(6, 11);
      draft.household.regionCode = code.slice(0, at) + code.slice(at + 1);

      return [onHousehold('national/id-region/format')];
    },
  },
  {
    ruleId: 'national/id-region/unknown-prefix',
    plant(draft) {
      const code = draft.household.regionCode as string;
      // A county code no county has, or a township the county lacks.
      draft.household.regionCode = draft.random.chance(0.5)
        ? `${code.slice(0, 4)}99${code.slice(6)}`
        : `${code.slice(0, 6)}99${code.slice(8)}`;

      return [onHousehold('national/id-region/unknown-prefix')];
    },
  },
  {
    ruleId: 'national/household-head/head-count',
    profile(profile) {
      profile.needs.push('several');
    },
    plant(draft) {
      const head = draft.members.find((m) => m.relation === '户主');
      const spouse = draft.members.find((m) => m.relation === '配偶');
      if (spouse && draft.random.chance(0.6)) spouse.relation = '户主';
      else if (head) head.relation = '其他';

      return [onHousehold('national/household-head/head-count')];
    },
  },
  {
    ruleId: 'national/household-head/relation-sex',
    profile(profile) {
      profile.needs.push('several');
    },
    plant(draft) {
      const member =
        pickMember(draft, (m) => (m.relation ?? '') in OPPOSITE) ??
        draft.members[1] ??
        someAdult(draft);
      const fallback = member.sex === '男' ? '之女' : '之子';
      member.relation = OPPOSITE[member.relation ?? ''] ?? fallback;

      return [on('national/household-head/relation-sex', member)];
    },
  },
  {
    ruleId: 'national/household-head/spouse-same-sex',
    profile(profile) {
      profile.needs.push('several', 'adult');
    },
    plant(draft) {
      const head = draft.members.find((m) => m.relation === '户主') as Member;
      const spouse =
        draft.members.find((m) => m.relation === '配偶') ??
        pickMember(draft, (m, age) => m !== head && age >= 18) ??
        (draft.members.find((m) => m !== head) as Member);
      spouse.relation = '配偶';
      spouse.sex = head.sex as '男' | '女';
      reissue(draft, spouse, spouse.birthDate as string, spouse.sex);

      return [onHousehold('national/household-head/spouse-same-sex')];
    },
  },
  {
    ruleId: 'national/age-labour/child-labour',
    profile(profile) {
      profile.needs.push('school-child');
    },
    members(draft) {
      const child = pickMember(draft, (_, age) => age >= 7 && age <= 15);
      if (!child) return;
      child.labour = draft.random.chance(0.5)
        ? '普通劳动力'
        : '弱劳动力或半劳动力';
    },
    plant(draft) {
      return draft.members
        .filter((m) => ageOf(m, draft) < 16 && hasLabour(m))
        .map((m) => on('national/age-labour/child-labour', m));
    },
  },
  {
    ruleId: 'national/age-labour/elderly-skilled',
    profile(profile) {
      profile.needs.push('elder');
    },
    members(draft) {
      const elder = pickMember(draft, (_, age) => age >= 60);
      if (elder) elder.labour = '技能劳动力';
    },
    plant(draft) {
      return draft.members
        .filter((m) => ageOf(m, draft) >= 60 && m.labour === '技能劳动力')
        .map((m) => on('national/age-labour/elderly-skilled', m));
    },
  },
  {
    ruleId: 'national/age-labour/disabled-labourer',
    profile(profile) {
      profile.needs.push('adult');
    },
    members(draft) {
      const member =
        pickMember(draft, (_, age) => age >= 22 && age <= 59) ??
        someAdult(draft);
      member.health = ['残疾'];
      member.disabilityCard = `${member.idNumber}4${draft.random.int(1, 2)}`;
      member.disabilitySubsidy = true;
      member.schoolStatus = null;
      member.residentPension = member.employeePension !== true;
      member.labour = '普通劳动力';
    },
    plant(draft) {
      const member = draft.members.find(
        (m) =>
          /^.{18}4[12]$/.test(m.disabilityCard ?? '') &&
          m.labour === '普通劳动力',
      );

      return member
        ? [on('national/age-labour/disabled-labourer', member)]
        : [];
    },
  },
];

/**
 * Changes a member's school status and labour so that the age no longer
 * fits, for the age-school planters.
 *
 * @param draft - The household.
 * @param test - Which ages may be chosen.
 * @param status - The status to record.
 * @returns The member, if one was of a fitting age.
 */
export function misplace(
  draft: Draft,
  test: (age: number) => boolean,
  status: '小学' | '初中' | '普通高中' | '本科及以上' | '学龄前儿童',
) {
  const member = pickMember(
    draft,
    (m, age) => m.relation !== '户主' && test(age),
  );
  if (!member) return undefined;

  member.schoolStatus = status;
  member.notInSchoolReason = null;
  member.educationLevel = undefined;
  member.residentPension = false;
  relabour(member, draft);

  return member;
}

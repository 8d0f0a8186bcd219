import {
  type FactDefinition,
  type FactSqlContext,
  type Member,
  readIdNumber,
} from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import {
  ownIdNumberSql,
  type IdNumberSql,
  residentIdSql,
} from './id-number-sql.js';

const RELATION_SEX: Readonly<Record<string, '男' | '女'>> = {
  之子: '男',
  之女: '女',
  之儿媳: '女',
  之女婿: '男',
  之孙子: '男',
  之孙女: '女',
  之父: '男',
  之母: '女',
};

/**
 * Whether the birth date an ID number encodes agrees with 出生日期: equal,
 * or inside it when 出生日期 is known only to the month.
 *
 * @param fromId - The date from the ID number, `YYYY-MM-DD`.
 * @param recorded - 出生日期, to the day or the month.
 * @returns `true` when they agree.
 */
export function birthDatesAgree(fromId: string, recorded: string): boolean {
  return recorded.length === 7
    ? fromId.startsWith(recorded)
    : fromId === recorded;
}

function residentId(member: Member) {
  if (member.idNumber === undefined) return undefined;
  // A blank 证件类型 means a resident ID card; so does a file with no
  // such column, whose every cell is blank.
  if (member.idType !== undefined && member.idType !== '居民身份证')
    return null;

  return readIdNumber(member.idNumber);
}

function idFact<const N extends string>(
  name: N,
  type: FactDefinition['type'],
  description: string,
  pick: (info: ReturnType<typeof readIdNumber>, id: string) => unknown,
  pickSql?: (id: IdNumberSql) => { value: string; none?: string },
): FactDefinition<'member'> & { name: N } {
  return {
    name,
    subject: 'member',
    type,
    description,
    inputs: ['members.idNumber'],
    compute({ member }) {
      const info = residentId(member);
      if (info === undefined) return undefined;

      return info === null ? null : pick(info, member.idNumber as string);
    },
    ...(pickSql && {
      sql: (q: FactSqlContext) => residentIdSql(q, pickSql),
    }),
  };
}

/** The SQL of a value of well-formed numbers alone, none for the rest. */
const ifWellFormed = (id: IdNumberSql, value: string) => ({
  value,
  none: `(NOT ${id.wellFormed})`,
});

/**
 * The SQL of a member's ID number beside 出生日期: `agree` is
 * {@link birthDatesAgree} of the ID's birth date (read it only where that
 * is real) and a known 出生日期. SQL's length counts code points where
 * JavaScript counts UTF-16 units, but only text of ASCII digits and dashes
 * can agree, and text of length 7 in either count is the same text then.
 */
function birthDateSql(q: FactSqlContext) {
  const id = ownIdNumberSql(q);
  const recorded = q.column('members', 'birthDate').value;
  const agree =
    `(CASE WHEN length(${recorded}) = 7` +
    ` THEN substr(${id.birthText}, 1, 7) = ${recorded}` +
    ` ELSE ${id.birthText} = ${recorded} END)`;

  return { id, recorded, agree };
}

/** Facts read from resident ID numbers; `null` for other documents. */
export const identityFacts = [
  idFact(
    'idLength',
    'number',
    'Characters in the ID number.',
    (_, id) => id.length,
  ),
  idFact(
    'idWellFormed',
    'boolean',
    'Whether the ID number is 17 digits and a digit or X.',
    (info) => info.wellFormed,
    (id) => ({ value: id.wellFormed }),
  ),
  idFact(
    'idCheckValid',
    'boolean',
    'Whether a well-formed ID number has the right check character (ISO 7064 MOD 11-2).',
    (info) => (info.wellFormed ? info.checksumValid : null),
    (id) => ifWellFormed(id, id.checksumValid),
  ),
  idFact(
    'idExpectedCheck',
    'string',
    'The check character the ID number should end with.',
    (info) => info.expectedCheck ?? null,
    (id) => ifWellFormed(id, id.expectedCheck),
  ),
  idFact(
    'idCheckCharacter',
    'string',
    'The check character the ID number ends with.',
    (info, id) => (info.wellFormed ? id.slice(-1) : null),
    (id) => ifWellFormed(id, id.check),
  ),
  idFact(
    'idBirthDigits',
    'string',
    'The eight birth-date digits of a well-formed ID number.',
    (info) => info.birthDigits ?? null,
    (id) => ifWellFormed(id, id.birthDigits),
  ),
  idFact(
    'idBirthDate',
    'date',
    'The birth date a well-formed ID number encodes; null when the digits are no real date.',
    (info) => info.birthDate ?? null,
    (id) => ({
      value: id.birthText,
      none: id.whenWellFormed(`(NOT ${id.birthReal})`, 'TRUE'),
    }),
  ),
  idFact(
    'idSex',
    'string',
    'Sex by the parity of the 17th digit: odd 男, even 女.',
    (info) => info.sex ?? null,
    (id) => ifWellFormed(id, id.sex),
  ),
  defineFact({
    name: 'idBirthDateMatches',
    subject: 'member',
    type: 'boolean',
    description:
      'Whether the birth date in a well-formed ID number is real and equals 出生日期.',
    inputs: ['members.idNumber', 'members.birthDate'],
    compute({ member }) {
      const info = residentId(member);
      if (info === undefined || member.birthDate === undefined)
        return undefined;
      if (info === null || !info.wellFormed) return null;
      if (!info.birthDate) return false;

      return birthDatesAgree(info.birthDate, member.birthDate);
    },
    sql(q) {
      const { id, recorded, agree } = birthDateSql(q);

      return {
        value:
          `(CASE WHEN ${id.id} IS NULL OR ${recorded} IS NULL THEN NULL` +
          ` WHEN ${id.otherDocument} OR NOT ${id.wellFormed} THEN NULL` +
          ` WHEN ${id.birthReal} THEN ${agree} ELSE FALSE END)`,
        none:
          `(${id.id} IS NOT NULL AND ${recorded} IS NOT NULL` +
          ` AND (${id.otherDocument} OR NOT ${id.wellFormed}))`,
      };
    },
  }),
  defineFact({
    name: 'idBirthDateProblem',
    subject: 'member',
    type: 'string',
    description:
      'What is wrong with the birth date of a well-formed ID number, in Chinese, without quoting its digits; null when nothing is.',
    inputs: ['members.idNumber', 'members.birthDate'],
    compute({ member }) {
      const info = residentId(member);
      if (info === undefined) return undefined;
      if (info === null || !info.wellFormed) return null;
      if (!info.birthDate) return '不是有效日期';
      if (member.birthDate === undefined) return undefined;

      return birthDatesAgree(info.birthDate, member.birthDate)
        ? null
        : `与登记的出生日期 ${member.birthDate} 不一致`;
    },
    sql(q) {
      const { id, recorded, agree } = birthDateSql(q);
      const notRead = `${id.id} IS NULL OR ${id.otherDocument} OR NOT ${id.wellFormed}`;
      const differs =
        `${q.text('与登记的出生日期 ')} || ${recorded}` +
        ` || ${q.text(' 不一致')}`;

      return {
        value:
          `(CASE WHEN ${notRead} THEN NULL` +
          ` WHEN NOT ${id.birthReal} THEN ${q.text('不是有效日期')}` +
          ` WHEN ${recorded} IS NULL OR ${agree} THEN NULL ELSE ${differs} END)`,
        none:
          `(CASE WHEN ${id.id} IS NULL THEN FALSE` +
          ` WHEN ${id.otherDocument} OR NOT ${id.wellFormed} THEN TRUE` +
          ` WHEN NOT ${id.birthReal} OR ${recorded} IS NULL THEN FALSE` +
          ` ELSE ${agree} END)`,
      };
    },
  }),
  defineFact({
    name: 'idHouseholds',
    subject: 'member',
    type: 'list',
    description:
      'The households (户编号) whose member rows carry this ID number.',
    inputs: ['members.idNumber'],
    compute: ({ member }, { index }) =>
      member.idNumber === undefined
        ? undefined
        : index.householdsWithId(member.idNumber),
  }),
  defineFact({
    name: 'idOccurrences',
    subject: 'member',
    type: 'number',
    description: 'How many member rows in the data carry this ID number.',
    inputs: ['members.idNumber'],
    compute: ({ member }, { index }) =>
      member.idNumber === undefined
        ? undefined
        : index.membersWithId(member.idNumber),
    sql(q) {
      const id = q.column('members', 'idNumber').value;

      return {
        value: `(CASE WHEN ${id} IS NOT NULL THEN ${q.index.membersWithId(id)} END)`,
      };
    },
  }),
  defineFact({
    name: 'relationSex',
    subject: 'member',
    type: 'string',
    description:
      'The sex a relation implies (之女 女, 之父 男 …); null when it implies none.',
    inputs: ['members.relation'],
    compute: ({ member }) =>
      member.relation === undefined
        ? undefined
        : (RELATION_SEX[member.relation ?? ''] ?? null),
    sql(q) {
      const relation = q.column('members', 'relation').value;
      const pairs = Object.entries(RELATION_SEX);
      const cases = pairs
        .map(([r, sex]) => `WHEN ${q.text(r)} THEN ${q.text(sex)}`)
        .join(' ');
      const implying = pairs.map(([r]) => q.text(r)).join(', ');

      return {
        value: `(CASE ${relation} ${cases} END)`,
        none: `(${relation} IS NOT NULL AND ${relation} NOT IN (${implying}))`,
      };
    },
  }),
] as const;

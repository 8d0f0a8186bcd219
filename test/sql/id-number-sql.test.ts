import { describe, expect, it } from 'vitest';

import { factsOn, type Values } from './member-facts-sql.cases.js';

/**
 * The SQL of the ID-number facts (GB 11643 check character, form, sex,
 * birth date, and the birth date beside 出生日期), the disability card's
 * digits, isStudent, relationSex and the region code's form and prefix, on the members
 * of member-facts-sql.cases.ts, each value worked out by hand.
 */

describe.each(['duckdb', 'postgres'] as const)('in %s', (engine) => {
  describe('ID number facts in SQL', () => {
    const ID_FACTS = [
      'idWellFormed',
      'idCheckValid',
      'idExpectedCheck',
      'idCheckCharacter',
      'idBirthDigits',
      'idBirthDate',
      'idSex',
    ];
    const of = (facts: Map<string, Values>, name: string, list: string[]) =>
      Object.fromEntries(
        list.flatMap((fact) => {
          const v = facts.get(name) ?? {};
          return [
            [fact, v[fact]],
            [`${fact}:none`, v[`${fact}:none`]],
          ];
        }),
      );
    /** What a resident ID number that is not well-formed gives. */
    const malformed = (list: string[]) =>
      Object.fromEntries(
        list.flatMap((fact) =>
          fact === 'idWellFormed'
            ? [
                [fact, false],
                [`${fact}:none`, false],
              ]
            : [
                [fact, null],
                [`${fact}:none`, true],
              ],
        ),
      );

    it('reads the check character, birth date and sex of a well-formed number', async () => {
      const facts = await factsOn('2020-09-30', engine);
      expect(of(facts, 'old', ID_FACTS)).toEqual({
        idWellFormed: true,
        'idWellFormed:none': false,
        idCheckValid: true,
        'idCheckValid:none': false,
        idExpectedCheck: 'X',
        'idExpectedCheck:none': false,
        idCheckCharacter: 'X',
        'idCheckCharacter:none': false,
        idBirthDigits: '19491231',
        'idBirthDigits:none': false,
        idBirthDate: '1949-12-31',
        'idBirthDate:none': false,
        // The 17th digit, 2, is even.
        idSex: '女',
        'idSex:none': false,
      });
      expect(
        of(facts, 'oldWrongCheck', ['idCheckValid', 'idCheckCharacter']),
      ).toEqual({
        idCheckValid: false,
        'idCheckValid:none': false,
        idCheckCharacter: '1',
        'idCheckCharacter:none': false,
      });
      expect(of(facts, 'wrongCheck', ['idExpectedCheck', 'idSex'])).toEqual({
        idExpectedCheck: '4',
        'idExpectedCheck:none': false,
        // The 17th digit, 1, is odd.
        idSex: '男',
        'idSex:none': false,
      });
      expect(
        of(facts, 'badDayId', [
          'idCheckValid',
          'idExpectedCheck',
          'idBirthDate',
        ]),
      ).toEqual({
        idCheckValid: true,
        'idCheckValid:none': false,
        idExpectedCheck: '6',
        'idExpectedCheck:none': false,
        idBirthDate: null,
        'idBirthDate:none': true,
      });
    });

    it('knows a malformed number or another document has none of them', async () => {
      const facts = await factsOn('2020-09-30', engine);
      for (const name of ['lowerCaseX', 'fifteenDigits', 'fullWidth'])
        expect([name, of(facts, name, ID_FACTS)]).toEqual([
          name,
          malformed(ID_FACTS),
        ]);
      // Not a resident ID card: every one none, idWellFormed too.
      expect(of(facts, 'otherDocument', ID_FACTS)).toEqual({
        ...malformed(ID_FACTS),
        idWellFormed: null,
        'idWellFormed:none': true,
      });
      expect(of(facts, 'blank', ['idSex'])).toEqual({
        idSex: null,
        'idSex:none': false,
      });
    });

    it('compares the birth date with 出生日期, to the day or the month', async () => {
      const facts = await factsOn('2020-09-30', engine);
      const pick = (name: string) => {
        const v = facts.get(name) ?? {};
        return [
          v.idBirthDateMatches,
          v['idBirthDateMatches:none'],
          v.idBirthDateProblem,
          v['idBirthDateProblem:none'],
        ];
      };
      expect(pick('old')).toEqual([true, false, null, true]);
      expect(pick('oldMonth')).toEqual([true, false, null, true]);
      expect(pick('oldOtherDay')).toEqual([
        false,
        false,
        '与登记的出生日期 1950-01-01 不一致',
        false,
      ]);
      expect(pick('badDayId')).toEqual([false, false, '不是有效日期', false]);
      // 出生日期 blank: no comparison, and no problem known.
      expect(pick('fromId')).toEqual([null, false, null, false]);
      expect(pick('fifteenDigits')).toEqual([null, false, null, true]);
      expect(pick('blank')).toEqual([null, false, null, false]);
    });
  });

  describe('other member facts in SQL', () => {
    it('reads disability cards, school status and relations', async () => {
      const facts = await factsOn('2020-09-30', engine);
      const pick = (name: string, fact: string) => [
        facts.get(name)?.[fact],
        facts.get(name)?.[`${fact}:none`],
      ];
      // 61010420080501123X42: category 4 (physical), grade 2.
      expect(pick('old', 'disabilityCategory')).toEqual([4, false]);
      expect(pick('old', 'disabilityGrade')).toEqual([2, false]);
      expect(pick('oldMonth', 'disabilityGrade')).toEqual([null, true]);
      // 19 characters; category 8: not a card, unknown.
      expect(pick('oldOtherDay', 'disabilityGrade')).toEqual([null, false]);
      expect(pick('oldWrongCheck', 'disabilityCategory')).toEqual([
        null,
        false,
      ]);
      expect(pick('blank', 'disabilityCategory')).toEqual([null, false]);

      const students = [
        'old',
        'oldMonth',
        'oldOtherDay',
        'oldWrongCheck',
        'blank',
      ];
      expect(students.map((name) => facts.get(name)?.isStudent)).toEqual([
        false,
        true,
        false,
        false,
        null,
      ]);

      expect(pick('old', 'relationSex')).toEqual(['女', false]);
      expect(pick('oldMonth', 'relationSex')).toEqual([null, true]);
      expect(pick('blank', 'relationSex')).toEqual([null, false]);
    });

    it('tells a 12-digit region code', async () => {
      const facts = await factsOn('2020-09-30', engine);
      expect(
        ['H1', 'H2', 'H3', 'H4'].map((h) => facts.get(h)?.regionCodeWellFormed),
      ).toEqual([true, false, false, null]);
    });

    it('counts the member rows of an ID number, rejected rows too', async () => {
      const facts = await factsOn('2020-09-30', engine);
      const count = (name: string) => facts.get(name)?.idOccurrences;
      // LEAP_ID: fromId, the two months beside it and otherDocument.
      expect(count('fromId')).toBe(4);
      expect(count('otherDocument')).toBe(4);
      // OLD_ID: old, oldMonth, oldOtherDay and a rejected row.
      expect(count('old')).toBe(4);
      // One member row and one rejected row.
      expect(count('oldWrongCheck')).toBe(2);
      expect(count('badDayId')).toBe(1);
      expect(count('blank')).toBeNull();
    });

    it('knows the county, and the township where the province lists them', async () => {
      const facts = await factsOn('2020-09-30', engine);
      const pick = (h: string) => [
        facts.get(h)?.regionPrefixKnown,
        facts.get(h)?.['regionPrefixKnown:none'],
      ];
      // 莲湖区 and its 北院门街道.
      expect(pick('H1')).toEqual([true, false]);
      // Not 12 digits: none; blank: unknown.
      expect(pick('H2')).toEqual([null, true]);
      expect(pick('H4')).toEqual([null, false]);
      // 莲湖区, but no township 610104002 where Shaanxi's are listed.
      expect(pick('H5')).toEqual([false, false]);
      // 朝阳区, and no township of Beijing is listed to check against.
      expect(pick('H6')).toEqual([true, false]);
      // No county 610199.
      expect(pick('H7')).toEqual([false, false]);
    });
  });
});

import {
  type CalendarDate,
  daysBetween,
  idCheckCharacter,
} from '@duibiao/core';

const EPOCH = '1900-01-01';
const DAYS = 50_000; // births from 1900 to 2036
const PER_SEX = 500;

/**
 * Hands out resident ID numbers (GB 11643) that are valid and never
 * repeat: the county's code, the birth date, a three-digit sequence whose
 * last digit is odd for men and even for women, and the MOD 11-2 check
 * character.
 *
 * Uniqueness needs no list of issued numbers: each county keeps one
 * counter per birth date and sex (a typed array of fixed size, however
 * many people are generated), and the n-th person born on a day gets a
 * sequence spread over 000–999 by a fixed permutation, so numbers look
 * random while no two coincide.
 */
export class IdNumbers {
  readonly #counters = new Map<string, Uint16Array>();

  /**
   * A new ID number.
   *
   * @param county - The 6-digit county code of registration.
   * @param birthDate - `YYYY-MM-DD`, from 1900 on.
   * @param sex - 男 or 女.
   * @returns 18 characters.
   * @throws {RangeError} When the birth date is out of range or 500 people
   * of one sex were already born on that day in that county.
   */
  issue(county: string, birthDate: CalendarDate, sex: '男' | '女'): string {
    const day = daysBetween(EPOCH, birthDate);
    if (day === undefined || day < 0 || day >= DAYS) {
      throw new RangeError(
        `expected a birth date from 1900 on, not ${birthDate}`,
      );
    }

    const counters = this.#countersOf(county);
    const slot = day * 2 + (sex === '男' ? 1 : 0);
    const n = counters[slot] ?? 0;
    if (n >= PER_SEX)
      throw new RangeError(
        `no sequence left for ${county} ${birthDate} ${sex}`,
      );
    counters[slot] = n + 1;

    // 211 is prime to 500, so n → (211 n + offset) mod 500 is a permutation.
    const offset = (day * 7919 + Number(county)) % PER_SEX;
    const sequence =
      ((211 * n + offset) % PER_SEX) * 2 + (sex === '男' ? 1 : 0);

    return withCheck(
      `${county}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`,
    );
  }

  #countersOf(county: string): Uint16Array {
    let counters = this.#counters.get(county);
    if (!counters) {
      counters = new Uint16Array(DAYS * 2);
      this.#counters.set(county, counters);
    }

    return counters;
  }
}

/**
 * Appends the MOD 11-2 check character to 17 digits.
 *
 * @param first17 - 17 digits.
 * @returns 18 characters.
 */
export function withCheck(first17: string): string {
  return first17 + (idCheckCharacter(first17) ?? '');
}

/**
 * The same number with a wrong check character, as a typing slip leaves it.
 *
 * @param id - A valid 18-character ID number.
 * @param pick - Chooses among the ten wrong characters.
 * @returns 18 characters that fail the check.
 */
export function withWrongCheck(
  id: string,
  pick: (choices: readonly string[]) => string,
): string {
  const right = id.slice(17);
  const wrong = [...'0123456789X'].filter((char) => char !== right);

  return id.slice(0, 17) + pick(wrong);
}

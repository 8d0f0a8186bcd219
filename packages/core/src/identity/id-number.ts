import {
  type CalendarDate,
  formatDateParts,
  isValidParts,
} from '../values/calendar-date.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * The check character an 18-character resident ID number should end with
 * (GB 11643, ISO 7064 MOD 11-2): the weighted sum of the first 17 digits,
 * modulo 11, indexes `1 0 X 9 8 7 6 5 4 3 2`.
 *
 * @param first17 - The first 17 characters, all digits.
 * @returns The expected 18th character, or `undefined` when the input is
 * not 17 digits.
 * @example
 * idCheckCharacter('11010519491231002'); // 'X'
 */
export function idCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;

  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);

  return CHECK_CHARACTERS[sum % 11];
}

/** What an 18-character resident ID number says about its holder. */
export interface IdNumberInfo {
  /** Whether it has the form: 17 digits and a digit or X. */
  wellFormed: boolean;
  /** Whether the check character is right. */
  checksumValid: boolean;
  /** The check character it should have. */
  expectedCheck?: string;
  /** The 6-digit region of registration. */
  region?: string;
  /** The birth date it encodes, when that is a real date. */
  birthDate?: CalendarDate;
  /** The 8 birth-date digits as written, real date or not. */
  birthDigits?: string;
  /** Sex by the parity of the 17th digit: odd male, even female. */
  sex?: '男' | '女';
}

/**
 * Reads what an 18-character resident ID number encodes.
 *
 * @param id - The ID number, upper-case X.
 * @returns Form, checksum, region, birth date and sex.
 * @example
 * readIdNumber('11010519491231002X').birthDate; // '1949-12-31'
 */
export function readIdNumber(id: string): IdNumberInfo {
  // Several facts of a member, and of its household, read the same ID
  // number in turn: parse each once while it is in use.
  if (id === lastId && lastInfo) return lastInfo;
  const known = infoCache.get(id) ?? remember(id);
  lastId = id;
  lastInfo = known;

  return known;
}

let lastId: string | undefined;
let lastInfo: IdNumberInfo | undefined;

function remember(id: string): IdNumberInfo {
  const info = Object.freeze(parseIdNumber(id));
  if (infoCache.size >= CACHE_LIMIT) infoCache.clear();
  infoCache.set(id, info);

  return info;
}

const CACHE_LIMIT = 50_000;
const infoCache = new Map<string, IdNumberInfo>();

function parseIdNumber(id: string): IdNumberInfo {
  if (!/^\d{17}[\dX]$/.test(id))
    return { wellFormed: false, checksumValid: false };

  const expectedCheck = idCheckCharacter(id.slice(0, 17));
  const digits = id.slice(6, 14);
  const parts = {
    year: Number(digits.slice(0, 4)),
    month: Number(digits.slice(4, 6)),
    day: Number(digits.slice(6, 8)),
  };
  const info: IdNumberInfo = {
    wellFormed: true,
    checksumValid: expectedCheck === id[17],
    region: id.slice(0, 6),
    birthDigits: digits,
    sex: Number(id[16]) % 2 === 1 ? '男' : '女',
  };
  if (expectedCheck) info.expectedCheck = expectedCheck;
  if (isValidParts(parts)) info.birthDate = formatDateParts(parts);

  return info;
}

import { maskIdNumber, maskPhone } from '@duibiao/core';

// An 18-character resident ID number inside running text.
const ID_IN_TEXT = /\d{17}[\dXx]/g;

// A mainland mobile number inside running text: 11 digits from 13 to 19,
// perhaps after +86, 0086 or 86, perhaps split 3-4-4 by spaces or hyphens,
// and not part of a longer run of digits (an ID number, a 户编号).
const MOBILE_IN_TEXT =
  /(?<!\d)((?:\+|00)?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g;

/**
 * Masks every 18-character resident ID number in a text with core's
 * `maskIdNumber`, for reports that people read.
 *
 * @param text - The text.
 * @returns The text with each ID number masked.
 * @example
 * maskIdsInText('证件号码 11010519491231002X'); // '证件号码 1101**********002X'
 */
export function maskIdsInText(text: string): string {
  return text.replace(ID_IN_TEXT, (id) => maskIdNumber(id));
}

/**
 * Masks what identifies a person in a text for reports that people read:
 * every 18-character resident ID number, as {@link maskIdsInText} does,
 * and every mainland mobile number, with core's `maskPhone`
 * (`138****5678`, a +86 in front kept, spaces and hyphens dropped).
 * Messages quote values from the input (a complaint's topic, a spot
 * check's item), where a number may have been typed.
 *
 * Names cannot be told from other words, so they are not masked here:
 * rule messages do not quote them.
 *
 * @param text - The text.
 * @returns The text with each ID number and mobile number masked.
 * @example
 * maskPrivateText('来电 138-1234-5678，证件号码 11010519491231002X');
 * // '来电 138****5678，证件号码 1101**********002X'
 */
export function maskPrivateText(text: string): string {
  return maskIdsInText(text).replace(
    MOBILE_IN_TEXT,
    (
      _match,
      prefix: string | undefined,
      head: string,
      middle: string,
      tail: string,
    ) => `${prefix ?? ''}${maskPhone(`${head}${middle}${tail}`)}`,
  );
}

/**
 * Masks the ID number in a member's subject key (`M:H1:610124197202020029`
 * becomes `M:H1:6101**********0029`), and every ID number in the key of a
 * loan or a spot check (`L:610124197202020029:2019-03-01`). Household,
 * village and county keys, and a member keyed by position because it has
 * no ID number (`M:H1:#2`), hold none and are kept.
 *
 * @param key - A subject key, as core writes it.
 * @returns The key with its ID numbers masked.
 */
export function maskSubjectKey(key: string): string {
  if (key.startsWith('L:') || key.startsWith('S:')) return maskIdsInText(key);
  if (!key.startsWith('M:')) return key;

  // The ID number comes last; a 户编号 may hold a colon, the ID number not.
  const cut = key.lastIndexOf(':');
  const id = key.slice(cut + 1);
  if (id.startsWith('#')) return key;

  return `${key.slice(0, cut + 1)}${maskIdNumber(id)}`;
}

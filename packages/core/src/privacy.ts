/**
 * Masks an ID number for reports read by people: the first four and last
 * four characters stay, the rest become `*`.
 *
 * @param id - An ID number.
 * @returns The masked number, e.g. `6101**********123X`.
 */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return '';
  if (id.length <= 8) return '*'.repeat(id.length);

  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/**
 * Masks a person's name: the family name stays, the rest become `*`.
 *
 * @param name - A name.
 * @returns The masked name, e.g. `张*` or `欧阳**`.
 */
export function maskName(name: string | null | undefined): string {
  if (!name) return '';
  const chars = [...name];
  if (chars.length === 1) return '*';
  const keep = chars.length >= 4 ? 2 : 1;

  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

/**
 * Masks a phone number: the first three and last four digits stay.
 *
 * @param phone - A phone number.
 * @returns The masked number, e.g. `138****5678`.
 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (phone.length <= 7) return '*'.repeat(phone.length);

  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

// An 18-character resident ID number inside running text.
const ID_IN_TEXT = /\d{17}[\dXx]/g;

// A mainland mobile number inside running text: 11 digits from 13 to 19,
// perhaps after +86, 0086 or 86, perhaps split 3-4-4 by spaces or hyphens,
// and not part of a longer run of digits (an ID number, a 户编号).
const MOBILE_IN_TEXT =
  /(?<!\d)((?:\+|00)?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g;

/**
 * Masks what identifies a person in a text for reports that people read:
 * every 18-character resident ID number, with {@link maskIdNumber}, and
 * every mainland mobile number, with {@link maskPhone} (`138****5678`, a
 * +86 in front kept, spaces and hyphens dropped). Messages and subject
 * keys quote values from the input (a complaint's topic, a spot check's
 * item), where a number may have been typed.
 *
 * Names cannot be told from other words, so they are not masked here:
 * rule messages do not quote them. Landlines are kept.
 *
 * @param text - The text.
 * @returns The text with each ID number and mobile number masked.
 * @example
 * maskPrivateText('来电 138-1234-5678，证件号码 11010519491231002X');
 * // '来电 138****5678，证件号码 1101**********002X'
 */
export function maskPrivateText(text: string): string {
  const ids = text.replace(ID_IN_TEXT, (id) => maskIdNumber(id));

  return ids.replace(
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

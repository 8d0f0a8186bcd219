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

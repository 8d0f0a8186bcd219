import { type Finding, maskIdNumber, maskPrivateText } from '@duibiao/core';

// It moved to core, for browsers and services; @duibiao/io and the
// writers here still import it from this file.
export { maskPrivateText };

// An 18-character resident ID number inside running text.
const ID_IN_TEXT = /\d{17}[\dXx]/g;

/**
 * Masks every 18-character resident ID number in a text with core's
 * `maskIdNumber`, for reports that people read. Core's
 * `maskPrivateText` masks mobile numbers as well.
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
 * Masks the ID number in a member's subject key (`M:H1:610124197202020029`
 * becomes `M:H1:6101**********0029`), and every ID number and mobile
 * number in the key of a loan or a spot check, as core's
 * `maskPrivateText` does: a spot check's item is typed text and may hold
 * them (`S:H1:610124197202020029:手机13812345678:2020-08-17`). Household,
 * village and county keys, and a member keyed by position because it has
 * no ID number (`M:H1:#2`), hold none and are kept.
 *
 * @param key - A subject key, as core writes it.
 * @returns The key with its ID numbers and mobile numbers masked.
 */
export function maskSubjectKey(key: string): string {
  if (key.startsWith('L:') || key.startsWith('S:')) return maskPrivateText(key);
  if (!key.startsWith('M:')) return key;

  // The ID number comes last; a 户编号 may hold a colon, the ID number not.
  const cut = key.lastIndexOf(':');
  const id = key.slice(cut + 1);
  if (id.startsWith('#')) return key;

  return `${key.slice(0, cut + 1)}${maskIdNumber(id)}`;
}

/**
 * A finding as an output for people shows it: the member's ID number
 * masked, and the ID and mobile numbers its message quotes, unless
 * `unmask` is set. The one place findings.csv, findings.xlsx and
 * report.html take their masking from.
 *
 * @param finding - A finding, perhaps with more fields (its status).
 * @param unmask - Whether to show the numbers in full.
 * @returns The finding, masked (a copy), or itself when unmasked.
 * @example
 * maskFinding(finding, false).memberId; // '6101**********3310'
 */
export function maskFinding<F extends Pick<Finding, 'memberId' | 'message'>>(
  finding: F,
  unmask: boolean,
): F {
  if (unmask) return finding;

  return {
    ...finding,
    memberId: finding.memberId === null ? null : maskIdNumber(finding.memberId),
    message: maskPrivateText(finding.message),
  };
}

/** The longest sheet name Excel accepts, in UTF-16 code units. */
export const SHEET_NAME_MAX = 31;

// Characters Excel refuses in a sheet name, control characters, and the
// apostrophe, which a reference to the sheet ('name'!A1) would need to
// double and exceljs does not.
const FORBIDDEN = /[[\]:*?/\\'\u0000-\u001F\u007F]/g;

/**
 * Hands out sheet names that Excel accepts and that differ from each
 * other as Excel compares them (ignoring case): at most 31 characters,
 * none of `[ ] : * ? / \`, no apostrophe, not blank, and not `History`,
 * which Excel keeps for itself.
 *
 * @example
 * const names = new SheetNames();
 * names.claim(['汇总']); // '汇总'
 * names.claim(['汇总', '汇总(甲县)']); // '汇总(甲县)'
 * names.claim(['汇总']); // '汇总(2)'
 */
export class SheetNames {
  readonly #taken = new Set<string>(['HISTORY']);

  /**
   * Claims the first of the wanted names that is free once made valid;
   * when none is, the first with a number in brackets after it, `(2)`
   * on, the name cut short to leave room.
   *
   * @param wanted - Names in order of preference; the first is the base
   * of a numbered name. Forbidden characters become `_`, and a name is
   * cut to 31 characters.
   * @param fallback - The name used for a wanted name that is blank once
   * cleaned.
   * @returns The name, now taken.
   */
  claim(wanted: readonly string[], fallback = 'Sheet'): string {
    const names = wanted.map((name) => clean(name) || fallback);
    for (const name of names) {
      if (this.#take(name)) return name;
    }

    const base = names[0] ?? fallback;
    for (let number = 2; ; number += 1) {
      const suffix = `(${number})`;
      const name = `${cut(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
      if (this.#take(name)) return name;
    }
  }

  #take(name: string): boolean {
    const key = name.toUpperCase();
    if (this.#taken.has(key)) return false;

    this.#taken.add(key);
    return true;
  }
}

function clean(name: string): string {
  return cut(name.replace(FORBIDDEN, '_').trim(), SHEET_NAME_MAX).trim();
}

/** Cuts text to a length in code units without splitting a character. */
function cut(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }

  return out;
}

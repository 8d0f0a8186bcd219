/**
 * Names of administrative regions by code: 2-digit provinces, 4-digit
 * cities, 6-digit counties, 9-digit townships and 12-digit villages.
 */
export class RegionTable {
  readonly #names = new Map<string, string>();
  readonly #townshipProvinces = new Set<string>();

  /**
   * @param entries - Code → name pairs; later entries win.
   */
  constructor(entries: Iterable<readonly [string, string]> = []) {
    for (const [code, name] of entries) this.add(code, name);
  }

  /**
   * Adds or replaces a region.
   *
   * @param code - A 2-, 4-, 6-, 9- or 12-digit code.
   * @param name - Its name.
   * @returns This table.
   */
  add(code: string, name: string): this {
    this.#names.set(code, name);
    if (code.length === 9) this.#townshipProvinces.add(code.slice(0, 2));

    return this;
  }

  /**
   * The codes the table holds, of one length or all, in the order they
   * were first added.
   *
   * @param length - 2, 4, 6, 9 or 12 digits; every code when absent.
   * @returns The codes.
   * @example
   * new RegionTable([['610124', '周至县']]).codes(6); // ['610124']
   */
  codes(length?: number): string[] {
    const all = [...this.#names.keys()];

    return length === undefined
      ? all
      : all.filter((code) => code.length === length);
  }

  /** How many regions the table holds. */
  get size(): number {
    return this.#names.size;
  }

  /**
   * The name of a region.
   *
   * @param code - A region code of any level.
   * @returns Its name, or `undefined` when the table does not know it.
   */
  name(code: string): string | undefined {
    return this.#names.get(code);
  }

  /**
   * The county, township and village names of a region code: a 12-digit
   * village code has all three, a 6-digit county code (a county's or a
   * county-level project's) only its county.
   *
   * @param regionCode - A village, township or county code.
   * @returns Names where known, else `null`.
   */
  place(regionCode: string | null | undefined): {
    /** The county's name. */
    county: string | null;
    /** The township's name. */
    township: string | null;
    /** The village's name. */
    village: string | null;
  } {
    if (!regionCode) return { county: null, township: null, village: null };

    // A shorter code names no lower level: its own prefix would otherwise
    // give the county's name as township and village.
    const level = (digits: number) =>
      regionCode.length >= digits
        ? (this.#names.get(regionCode.slice(0, digits)) ?? null)
        : null;
    return { county: level(6), township: level(9), village: level(12) };
  }

  /**
   * Whether a 12-digit village code has a known prefix: its county must be
   * known, and its township too where the table lists that province's
   * townships.
   *
   * @param regionCode - A 12-digit code.
   * @returns `false` when a prefix is unknown.
   */
  knowsPrefixOf(regionCode: string): boolean {
    if (!this.#names.has(regionCode.slice(0, 6))) return false;
    if (!this.#townshipProvinces.has(regionCode.slice(0, 2))) return true;

    return this.#names.has(regionCode.slice(0, 9));
  }
}

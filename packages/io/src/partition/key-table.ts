/**
 * A map from keys to small records of numbers that keeps a province's
 * worth of entries (millions of ID numbers) out of the garbage collector's
 * way: a key of up to 18 digits (and X), as household numbers and ID
 * numbers are, is encoded exactly into two 32-bit numbers and its length
 * and kept in typed arrays with open addressing; any other key goes to an
 * ordinary Map. Lookups give the same answers as a Map of the same keys.
 *
 * Each entry holds `width` unsigned 32-bit values.
 */
export class KeyTable {
  readonly #width: number;
  #capacity: number;
  #size = 0;
  #used: Uint8Array;
  #length: Uint8Array;
  #high: Uint32Array;
  #low: Uint32Array;
  #values: Uint32Array;
  readonly #other = new Map<string, Uint32Array>();

  /**
   * @param width - How many 32-bit values each entry holds.
   * @param capacity - Slots to start with, a power of two.
   */
  constructor(width: number, capacity = 1 << 16) {
    this.#width = width;
    this.#capacity = capacity;
    this.#used = new Uint8Array(capacity);
    this.#length = new Uint8Array(capacity);
    this.#high = new Uint32Array(capacity);
    this.#low = new Uint32Array(capacity);
    this.#values = new Uint32Array(capacity * width);
  }

  /** How many keys the table holds. */
  get size(): number {
    return this.#size + this.#other.size;
  }

  /**
   * The values of a key, as a view to read and write in place, or
   * `undefined` when the key is not in the table.
   *
   * @param key - The key.
   * @returns The entry's values.
   */
  get(key: string): Uint32Array | undefined {
    if (!encode(key)) return this.#other.get(key);
    const slot = this.#find();
    if (!this.#used[slot]) return undefined;

    return this.#view(slot);
  }

  /**
   * The values of a key, adding it (all values 0) when it is new.
   *
   * @param key - The key.
   * @returns The entry's values and whether it was added.
   */
  add(key: string): { values: Uint32Array; added: boolean } {
    if (!encode(key)) {
      const known = this.#other.get(key);
      if (known) return { values: known, added: false };
      const values = new Uint32Array(this.#width);
      this.#other.set(key, values);
      return { values, added: true };
    }

    let slot = this.#find();
    if (this.#used[slot]) return { values: this.#view(slot), added: false };
    if ((this.#size + 1) * 2 > this.#capacity) {
      this.#grow();
      slot = this.#find();
    }
    this.#used[slot] = 1;
    this.#length[slot] = encoded.length;
    this.#high[slot] = encoded.high;
    this.#low[slot] = encoded.low;
    this.#size += 1;

    return { values: this.#view(slot), added: true };
  }

  /** Lets go of every entry. */
  clear(): void {
    this.#capacity = 1;
    this.#size = 0;
    this.#used = new Uint8Array(1);
    this.#length = new Uint8Array(1);
    this.#high = new Uint32Array(1);
    this.#low = new Uint32Array(1);
    this.#values = new Uint32Array(this.#width);
    this.#other.clear();
  }

  #view(slot: number): Uint32Array {
    const start = slot * this.#width;
    return this.#values.subarray(start, start + this.#width);
  }

  /** The slot of the encoded key: its own, or the empty one it would take. */
  #find(): number {
    const mask = this.#capacity - 1;
    let slot = mix(encoded.high, encoded.low, encoded.length) & mask;
    while (
      this.#used[slot] &&
      !(
        this.#high[slot] === encoded.high &&
        this.#low[slot] === encoded.low &&
        this.#length[slot] === encoded.length
      )
    ) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  #grow(): void {
    const old = {
      used: this.#used,
      length: this.#length,
      high: this.#high,
      low: this.#low,
      values: this.#values,
      capacity: this.#capacity,
    };
    const capacity = Math.max(2, old.capacity * 2);
    this.#capacity = capacity;
    this.#used = new Uint8Array(capacity);
    this.#length = new Uint8Array(capacity);
    this.#high = new Uint32Array(capacity);
    this.#low = new Uint32Array(capacity);
    this.#values = new Uint32Array(capacity * this.#width);
    const saved = { ...encoded };
    for (let slot = 0; slot < old.capacity; slot += 1) {
      if (!old.used[slot]) continue;
      encoded.length = old.length[slot] as number;
      encoded.high = old.high[slot] as number;
      encoded.low = old.low[slot] as number;
      const target = this.#find();
      this.#used[target] = 1;
      this.#length[target] = encoded.length;
      this.#high[target] = encoded.high;
      this.#low[target] = encoded.low;
      this.#values.set(
        old.values.subarray(slot * this.#width, (slot + 1) * this.#width),
        target * this.#width,
      );
    }
    Object.assign(encoded, saved);
  }
}

/** The last key encoded: its length and the base-11 values of its halves. */
const encoded = { length: 0, high: 0, low: 0 };

/**
 * Encodes a key of up to 18 characters 0–9 and X into `encoded`: each half
 * of up to nine characters as a base-11 number (below 11⁹, so within 32
 * bits), with the key's length to tell "0" from "00".
 *
 * @returns Whether the key could be encoded.
 */
function encode(key: string): boolean {
  const length = key.length;
  if (length > 18) return false;
  const split = length > 9 ? length - 9 : 0;
  let high = 0;
  let low = 0;
  for (let i = 0; i < length; i += 1) {
    const code = key.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : code === 88 ? 10 : -1;
    if (digit < 0) return false;
    if (i < split) high = high * 11 + digit;
    else low = low * 11 + digit;
  }
  encoded.length = length;
  encoded.high = high;
  encoded.low = low;
  return true;
}

function mix(high: number, low: number, length: number): number {
  let h = Math.imul(high ^ 0x9e3779b9, 0x85ebca6b);
  h ^= Math.imul(low ^ (length << 24), 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * A key of up to 18 characters 0–9 and X as three numbers (its length and
 * the base-11 values of its halves), or `undefined` for any other key.
 *
 * @param key - A household number or ID number.
 * @returns `[length, high, low]`.
 */
export function packKey(key: string): [number, number, number] | undefined {
  return encode(key) ? [encoded.length, encoded.high, encoded.low] : undefined;
}

/**
 * The key {@link packKey} packed.
 *
 * @param length - Its length.
 * @param high - The base-11 value of its first length − 9 characters.
 * @param low - The base-11 value of its last (up to) nine characters.
 * @returns The key.
 */
export function unpackKey(length: number, high: number, low: number): string {
  const split = length > 9 ? length - 9 : 0;
  return digits(high, split) + digits(low, length - split);
}

function digits(value: number, count: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < count; i += 1) {
    const digit = rest % 11;
    text = (digit === 10 ? 'X' : String(digit)) + text;
    rest = Math.floor(rest / 11);
  }
  return text;
}

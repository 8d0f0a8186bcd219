/**
 * A small seeded pseudo-random generator: the same seed gives the same
 * sequence on every machine, so a province generated twice is identical.
 * Not for anything secret.
 *
 * The state is four 32-bit words stepped by a "small fast counting"
 * scheme (three words mixed by add, xor, shift and rotate, plus a counter
 * that guarantees a long period). Seeds are hashed into the four words,
 * so any text or number is a good seed, and {@link Random.fork} derives an
 * independent stream for a label without disturbing this one.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #counter: number;
  readonly #seed: string;

  /**
   * @param seed - Any text or number.
   */
  constructor(seed: string | number) {
    this.#seed = String(seed);
    const [a, b, c, d] = hashWords(this.#seed);
    this.#a = a;
    this.#b = b;
    this.#c = c;
    this.#counter = d;

    // A few idle steps spread the hashed seed over the whole state.
    for (let i = 0; i < 12; i += 1) this.#step();
  }

  /**
   * A number in [0, 1).
   *
   * @returns The next number.
   */
  next(): number {
    return this.#step() / 4294967296;
  }

  /**
   * A whole number between two bounds, both included.
   *
   * @param min - Smallest value.
   * @param max - Largest value.
   * @returns The number.
   */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * A number in [min, max).
   *
   * @param min - Smallest value.
   * @param max - Bound, not reached.
   * @returns The number.
   */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /**
   * `true` with the given probability.
   *
   * @param probability - From 0 to 1.
   * @returns The outcome.
   */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /**
   * One item of a list, each equally likely.
   *
   * @param items - A list that is not empty.
   * @returns The item.
   * @throws {RangeError} When the list is empty.
   */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0)
      throw new RangeError('cannot pick from an empty list');

    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * One item of a list of `[item, weight]` pairs, in proportion to the
   * weights.
   *
   * @param entries - Items and their weights, which need not add up to 1.
   * @returns The item.
   * @throws {RangeError} When no weight is positive.
   */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce(
      (sum, [, weight]) => sum + Math.max(weight, 0),
      0,
    );
    if (!(total > 0)) throw new RangeError('expected a positive weight');

    let left = this.next() * total;
    for (const [item, weight] of entries) {
      left -= Math.max(weight, 0);
      if (left < 0) return item;
    }

    // Rounding can leave a sliver past the last weight: take the last item
    // that has any.
    let last = entries[0] as readonly [T, number];
    for (const entry of entries) if (entry[1] > 0) last = entry;

    return last[0];
  }

  /**
   * A normally distributed number (Box–Muller).
   *
   * @param mean - The mean.
   * @param deviation - The standard deviation.
   * @returns The number.
   */
  normal(mean: number, deviation: number): number {
    const u = 1 - this.next();
    const v = this.next();

    return (
      mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    );
  }

  /**
   * A copy of a list in random order (Fisher–Yates).
   *
   * @param items - The list.
   * @returns A new, shuffled list.
   */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }

    return out;
  }

  /**
   * An independent generator for a label: the same seed and label always
   * give the same stream, whatever was drawn from this one before.
   *
   * @param label - Names the stream, e.g. `household:12`.
   * @returns A new generator.
   */
  fork(label: string): Random {
    return new Random(`${this.#seed}\u0000${label}`);
  }

  #step(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const result = (a + b + this.#counter) | 0;

    this.#counter = (this.#counter + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    this.#c = ((c << 21) | (c >>> 11)) + result;
    this.#c |= 0;

    return result >>> 0;
  }
}

/**
 * Four 32-bit words from a text: each word is a multiply-xorshift hash of
 * the UTF-16 code units with its own starting value, finished with an
 * avalanche step so that seeds differing by one character differ in about
 * half their bits.
 */
function hashWords(text: string): [number, number, number, number] {
  const starts = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f];

  return starts.map((start) => {
    let h = start ^ text.length;
    for (let i = 0; i < text.length; i += 1) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);

    return (h ^ (h >>> 16)) >>> 0;
  }) as [number, number, number, number];
}

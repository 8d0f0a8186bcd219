import type { Random } from './random.js';

/**
 * Deals items in proportion to their weights, like cards from a deck that
 * is shuffled again whenever it runs out: over each round every item comes
 * up exactly `weight` times, so even a small province gets every problem
 * while the order stays random.
 */
export class Deck<T> {
  readonly #cards: T[];
  readonly #random: Random;
  #hand: T[] = [];

  /**
   * @param items - Items with whole-number weights.
   * @param random - Shuffles the deck.
   */
  constructor(items: readonly (readonly [T, number])[], random: Random) {
    this.#cards = items.flatMap(([item, weight]) =>
      Array.from({ length: weight }, () => item),
    );
    this.#random = random;
  }

  /**
   * The next card.
   *
   * @returns An item.
   * @throws {RangeError} When the deck is empty.
   */
  draw(): T {
    if (this.#cards.length === 0) throw new RangeError('the deck has no cards');
    if (this.#hand.length === 0) this.#hand = this.#random.shuffle(this.#cards);

    return this.#hand.pop() as T;
  }
}

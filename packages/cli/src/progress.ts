import type { CheckProgress } from '@duibiao/io';

const SHOW_AFTER_MS = 2000;
const EVERY_MS = 200;
const WIDTH = 24;

/**
 * A one-line progress display on stderr for runs that take more than a
 * couple of seconds: rows read, households checked, findings so far and,
 * once the number of households is known, a bar and the time left. It is
 * drawn only on a terminal (a log file gets no carriage returns) and not
 * with --quiet.
 */
export class ProgressBar {
  readonly #write: (text: string) => void;
  readonly #enabled: boolean;
  readonly #now: () => number;
  readonly #started: number;
  #drawnAt = 0;
  #drawn = false;
  #checkingSince: number | undefined;

  /**
   * @param write - Writes to stderr.
   * @param enabled - Whether to draw at all.
   * @param now - The clock, in milliseconds.
   */
  constructor(
    write: (text: string) => void,
    enabled: boolean,
    now: () => number = Date.now,
  ) {
    this.#write = write;
    this.#enabled = enabled;
    this.#now = now;
    this.#started = now();
  }

  /**
   * Shows the latest state, at most five times a second.
   *
   * @param state - How far the check has come.
   */
  update(state: CheckProgress): void {
    if (!this.#enabled || state.phase === 'done') return;
    const now = this.#now();
    if (state.phase === 'checking') this.#checkingSince ??= now;
    if (now - this.#started < SHOW_AFTER_MS) return;
    if (this.#drawn && now - this.#drawnAt < EVERY_MS) return;

    this.#drawnAt = now;
    this.#drawn = true;
    this.#write(`\r${this.line(state, now)}\u001b[K`);
  }

  /** Removes the line, if one was drawn, so the summary starts clean. */
  clear(): void {
    if (this.#drawn) this.#write('\r\u001b[K');
    this.#drawn = false;
  }

  /**
   * The text of the line for a state.
   *
   * @param state - How far the check has come.
   * @param now - The time, in milliseconds.
   * @returns The line, without control characters.
   */
  line(state: CheckProgress, now: number): string {
    const count = (n: number) => n.toLocaleString('en');
    const parts = [
      `rows read ${count(state.rowsRead)}`,
      `households checked ${count(state.householdsChecked)}`,
      `findings ${count(state.findings)}`,
    ];
    const total = state.householdsTotal;
    if (total && state.phase === 'checking' && this.#checkingSince) {
      const share = Math.min(1, state.householdsChecked / total);
      const filled = Math.round(share * WIDTH);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
      const spent = now - this.#checkingSince;
      // The first parts say little about the pace: no estimate before
      // one household in twenty is checked.
      const eta =
        share >= 0.05 ? ` ETA ${seconds((spent / share) * (1 - share))}` : '';
      return `${bar} ${Math.round(share * 100)}% ${parts.join(' · ')}${eta}`;
    }

    return `${parts.join(' · ')} (${seconds(now - this.#started)})`;
  }
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));

  return s < 60
    ? `${s}s`
    : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

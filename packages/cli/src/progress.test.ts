import { describe, expect, it } from 'vitest';

import { ProgressBar } from './progress.js';

const reading = {
  phase: 'reading' as const,
  rowsRead: 1_234_567,
  householdsChecked: 0,
  householdsTotal: undefined,
  findings: 0,
};

describe('the progress bar', () => {
  it('draws nothing in the first two seconds, then at most five times a second', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar(
      (t) => written.push(t),
      true,
      () => now,
    );
    now = 1999;
    bar.update(reading);
    expect(written).toEqual([]);
    now = 2000;
    bar.update(reading);
    now = 2100;
    bar.update(reading);
    expect(written).toEqual([
      '\rrows read 1,234,567 · households checked 0 · findings 0 (2s)\u001b[K',
    ]);
    now = 2200;
    bar.update(reading);
    expect(written).toHaveLength(2);
  });

  it('shows a bar and the time left once the households are counted', () => {
    let now = 0;
    const bar = new ProgressBar(
      () => {},
      true,
      () => now,
    );
    const checking = {
      phase: 'checking' as const,
      rowsRead: 4_300_000,
      householdsChecked: 0,
      householdsTotal: 1_000_000,
      findings: 0,
    };
    now = 10_000;
    bar.update(checking);
    // A quarter done 8 s after checking began: 24 s more at that pace.
    const line = bar.line(
      { ...checking, householdsChecked: 250_000, findings: 51_000 },
      18_000,
    );
    expect(line).toBe(
      '[######..................] 25% rows read 4,300,000 · households checked 250,000 · findings 51,000 ETA 24s',
    );
  });

  it('draws nothing when disabled (not a terminal, or --quiet), and clear() then writes nothing', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar(
      (t) => written.push(t),
      false,
      () => now,
    );
    now = 60_000;
    bar.update(reading);
    bar.clear();
    expect(written).toEqual([]);
  });

  it('clear() erases a drawn line', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar(
      (t) => written.push(t),
      true,
      () => now,
    );
    now = 5000;
    bar.update(reading);
    bar.clear();
    expect(written.at(-1)).toBe('\r\u001b[K');
  });
});

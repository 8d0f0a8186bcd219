import { afterEach, describe, expect, it, vi } from 'vitest';

import { StopSignals } from './stop-signals.js';

/** Keeps the thread busy without yielding, as judging a large folder does. */
function busy(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StopSignals', () => {
  it('stops on a Ctrl-C that came while the check held the thread, before it ends', async () => {
    const exit = vi
      .spyOn(process, 'exit')
      .mockImplementation((() => undefined) as never);
    const stopped = vi.fn();
    const hook = vi.fn(async () => {});
    const stops = new StopSignals(stopped);
    stops.add(hook);

    // The signal reaches the process at once, its listener only when the
    // event loop turns: the check ends first, without having yielded.
    process.kill(process.pid, 'SIGINT');
    busy(50);
    await stops.end();

    expect(hook).toHaveBeenCalledTimes(1);
    expect(stopped).toHaveBeenCalledWith('SIGINT');
    expect(exit).toHaveBeenCalledWith(130);
  });

  it('ends quietly when no signal came', async () => {
    const exit = vi
      .spyOn(process, 'exit')
      .mockImplementation((() => undefined) as never);
    const stopped = vi.fn();
    const stops = new StopSignals(stopped);
    await stops.end();

    expect(stopped).not.toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});

import { setImmediate } from 'node:timers/promises';

/**
 * Ctrl-C (SIGINT) and SIGTERM during a check. On the first, the hooks
 * added (a SQL engine's schema to drop) run, each bounding its own wait,
 * then `stopped`, then the process exits 130 or 143. A second Ctrl-C
 * meanwhile ends the process at once, as Node does by default.
 */
export class StopSignals {
  private readonly hooks = new Set<() => Promise<void>>();
  private stopping: Promise<never> | undefined;
  private readonly handle = (signal: NodeJS.Signals) => {
    this.stopping ??= this.stop(signal);
  };

  /**
   * Listens for the signals until {@link StopSignals.end}.
   *
   * @param stopped - What to do last, before the process exits.
   */
  constructor(private readonly stopped: (signal: NodeJS.Signals) => void) {
    process.once('SIGINT', this.handle);
    process.once('SIGTERM', this.handle);
  }

  /**
   * Adds work to do on a signal.
   *
   * @param hook - The work; it must not throw.
   * @returns What removes it.
   */
  add(hook: () => Promise<void>): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /**
   * Stops listening. Once a signal came, it never returns: the process
   * exits when the hooks are done, and the check failing meanwhile
   * because its database was closed under it is no error to report.
   */
  async end(): Promise<void> {
    // A signal that came while the check ran without yielding (judging
    // is synchronous between awaits) waits for the event loop: let it
    // through first, or it would be dropped with the listeners. Node
    // hands it over on the loop's second turn.
    await setImmediate();
    await setImmediate();
    process.off('SIGINT', this.handle);
    process.off('SIGTERM', this.handle);
    await this.stopping;
  }

  private async stop(signal: NodeJS.Signals): Promise<never> {
    await Promise.all([...this.hooks].map((hook) => hook()));
    this.stopped(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  }
}

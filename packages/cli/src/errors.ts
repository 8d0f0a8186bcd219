/**
 * A mistake in how the command was called: exit code 2, message shown
 * without a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

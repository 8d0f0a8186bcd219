import { parseArgs, type ParseArgsConfig } from 'node:util';

import { isCalendarDate, localDate } from '@duibiao/core';

import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's options by name, and its positional arguments. */
export interface ParsedCommand {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly; a mistake is a usage error
 * (exit code 2) that names the command.
 *
 * @param command - The command's name, for messages.
 * @param args - Its arguments.
 * @param options - The options it takes.
 * @returns Values and positionals, as `parseArgs` gives them.
 * @throws {UsageError} On an unknown option or a missing value.
 */
export function parseCommand(
  command: string,
  args: readonly string[],
  options: Options,
): ParsedCommand {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${command}: ${reason}`);
  }
}

/**
 * Today's date where the command runs, `YYYY-MM-DD`: the calendar date in
 * the computer's time zone (the `TZ` environment variable when it is set),
 * which is the date its user sees — China's date on a clerk's computer set
 * to China time. A server kept on UTC is eight hours behind Beijing until
 * 08:00; give it `--as-of` or `TZ=Asia/Shanghai`.
 *
 * @param now - The moment to take the date of.
 * @default now the current time
 * @returns The date.
 * @example
 * // With TZ=Asia/Shanghai:
 * today(new Date('2020-09-30T16:30:00Z')); // '2020-10-01'
 */
export function today(now: Date = new Date()): string {
  return localDate(now);
}

/**
 * Reads and checks the `--as-of` value.
 *
 * @param value - What the user gave, or `undefined` for today.
 * @param today - Today's date, `YYYY-MM-DD`.
 * @returns The reference date.
 * @throws {UsageError} When it is not a real YYYY-MM-DD date.
 */
export function parseAsOf(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)) return value;

  throw new UsageError(
    `--as-of must be a real date written YYYY-MM-DD, not ${JSON.stringify(value)}`,
  );
}

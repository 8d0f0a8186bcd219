import { capText } from './cap-text.js';
import type { Rejection } from './read-result.js';
import type { RowOutcome, TableReading } from './read-rows.js';

/**
 * Rejects every row whose key an earlier row already has: the first row
 * keeps the key. A later row already rejected for its own reason keeps
 * that reason.
 *
 * @param reading - A table whose key is unique (households, villages).
 */
export function rejectDuplicates(reading: TableReading): void {
  const header = keyHeader(reading);
  const first = new Map<string, RowOutcome>();

  for (const outcome of reading.outcomes) {
    if (outcome.key === undefined) continue;

    const earlier = first.get(outcome.key);
    if (!earlier) {
      first.set(outcome.key, outcome);
    } else if (outcome.record) {
      const note = earlier.rejection ? ' (that row is rejected too)' : '';
      const first = `first on line ${earlier.line}${note}`;
      const reason = `duplicate ${header} ${capText(outcome.key)}, ${first}`;
      reject(reading, outcome, header, outcome.key, {
        code: 'duplicate-key',
        reason,
      });
    }
  }
}

/**
 * Rejects member rows whose household number matches no checked
 * household. When the household's own row was rejected, the reason says
 * so, with its line, so the clerk fixes that row first.
 *
 * @param members - The members table.
 * @param households - The households table, duplicates already rejected.
 */
export function rejectOrphans(
  members: TableReading,
  households: TableReading,
): void {
  const known = new Set<string>();
  const rejectedLines = new Map<string, number[]>();
  for (const { key, record, line } of households.outcomes) {
    if (key === undefined) continue;
    if (record) known.add(key);
    else rejectedLines.set(key, [...(rejectedLines.get(key) ?? []), line]);
  }

  const header = columnHeader(members, 'householdId');
  for (const outcome of members.outcomes) {
    const id = outcome.record?.householdId;
    if (typeof id !== 'string' || known.has(id)) continue;

    const lines = rejectedLines.get(id);
    const why = lines ? `: ${rejectedRows(lines, households.file.file)}` : '';
    const reason = `${header} ${capText(id)} matches no household${why}`;
    reject(members, outcome, header, id, { code: 'no-household', reason });
  }
}

function rejectedRows(lines: readonly number[], file: string): string {
  if (lines.length === 1) {
    return `its row on line ${lines[0]} of ${file} was rejected`;
  }

  const listed = `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
  return `its rows on lines ${listed} of ${file} were rejected`;
}

function reject(
  reading: TableReading,
  outcome: RowOutcome,
  column: string,
  value: string,
  why: Pick<Rejection, 'code' | 'reason'>,
): void {
  delete outcome.record;
  outcome.rejection = {
    table: reading.file.role.key,
    file: reading.file.file,
    line: outcome.line,
    column,
    value: capText(value),
    ...why,
  };
}

function keyHeader(reading: TableReading): string {
  return columnHeader(reading, reading.file.role.spec.keyField);
}

function columnHeader(reading: TableReading, field: string): string {
  const { columns } = reading.sheet;
  const index = columns.fields.get(field);
  const written = index === undefined ? undefined : columns.headers[index];

  return written ?? reading.file.role.spec.fields[field]?.header ?? field;
}

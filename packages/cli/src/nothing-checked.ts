import type { FolderRead, InputProblem } from '@duibiao/io';

/**
 * The problems of a folder whose households or members file had rows
 * and every one of them was rejected. No household checked would print
 * no finding, which reads as all clear; no member checked would leave
 * every household judged without its members. Both are unusable, as a
 * file of a header alone is (exit code 1), but unlike it the rows can be
 * fixed: the caller still writes rejected.jsonl and summary.json.
 *
 * @param read - What the check read.
 * @param out - The report folder as given, named in the messages.
 * @returns The problems; none when some row of each was checked.
 */
export function nothingChecked(read: FolderRead, out: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const none = (key: string) =>
    read.tables.some((t) => t.table === key && t.read > 0 && t.checked === 0);
  for (const table of read.tables) {
    if (table.table !== 'households' && table.table !== 'members') continue;
    if (table.read === 0 || table.checked > 0) continue;
    // With no household checked, every member is rejected for it: the
    // households are the rows to fix first.
    if (table.table === 'members' && none('households')) continue;

    const rows =
      table.read === 1 ? 'its 1 row was' : `all ${table.read} rows were`;
    const what =
      table.table === 'households'
        ? 'no household could be checked (a report without findings would read as all clear)'
        : 'no member could be checked (every household would be judged without its members)';
    const instead =
      table.table === 'members'
        ? ', or leave the file out to check the households without members'
        : '';
    problems.push({
      file: table.file,
      message: `${rows} rejected, so ${what}: fix the rows that ${out}/rejected.jsonl lists (summary.json counts them by reason)${instead}`,
    });
  }

  return problems;
}

import { basename, join, resolve } from 'node:path';

import { maskIdNumber, maskPrivateText } from '@duibiao/core';
import {
  importVerificationSheets,
  Ledger,
  overdueFindings,
  type OverdueGroup,
  type SheetProblem,
  UNKNOWN_COUNTY,
  writeVerificationSheets,
} from '@duibiao/ledger';

import type { CommandIo } from './check.js';
import { counted } from './counted.js';
import { UsageError } from './errors.js';
import { parseAsOf, parseCommand, today } from './parse-command.js';
import { formatTable } from './table.js';

/** Help of `duibiao verify`. */
export const VERIFY_USAGE = `Usage:
  duibiao verify export --ledger <file> --out <dir> [--as-of <date>] [--unmask]
  duibiao verify import --ledger <file> <sheet.xlsx>... [--as-of <date>]
  duibiao verify overdue --ledger <file> [--as-of <date>] [--unmask] [--json]

Carries the findings of a ledger (duibiao check <folder> --ledger <file>)
through dual-line verification (双线核实): the township and the line
department each give an opinion, the poverty-alleviation office reviews
and closes the finding as 已补正, 已落实, 已消疑 or 确认误报.

  export    one XLSX per township of the open findings the latest run
            found, with drop-downs for the opinions and the review
  import    read filled sheets back; every row that cannot be applied
            (unknown 问题编号, an opinion not in the list, a review
            before both lines, 已消疑 without reason or evidence) is
            listed with its file and line, and the rest are applied
  overdue   open findings past their deadline, by county and department

  --ledger <file>       the ledger file
  --out <dir>           export: where to write the sheets
  --as-of <YYYY-MM-DD>  export and overdue: the date the sheets and the
                        list are made for; import: the date of an opinion
                        whose date cell is blank (default: today)
  --unmask              full ID numbers in the sheets and the list
  --json                overdue: the list as JSON (full ID numbers)

Exit codes: 0 done; 1 import: some rows were not applied (listed on
stderr; the others were); 2 usage error or an unusable ledger.
`;

/**
 * Runs `duibiao verify export|import|overdue`.
 *
 * @param args - Arguments after `verify`.
 * @param io - Working folder and output streams.
 * @returns The exit code.
 * @throws {UsageError} On a missing or unknown subcommand or option.
 */
export async function runVerify(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseCommand(
    `verify ${sub ?? ''}`.trim(),
    rest,
    {
      ledger: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      unmask: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  );
  if (sub === undefined || sub === '--help' || sub === '-h' || values.help) {
    io.stdout(VERIFY_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'export' && sub !== 'import' && sub !== 'overdue')
    throw new UsageError(
      `verify takes export, import or overdue, not ${JSON.stringify(sub)}`,
    );
  const file = values.ledger as string | undefined;
  if (file === undefined || file.trim() === '')
    throw new UsageError(`verify ${sub} needs --ledger <file>`);
  if (sub !== 'import' && positionals.length > 0)
    throw new UsageError(
      `verify ${sub} takes no file names, not ${positionals.join(' ')}`,
    );
  const asOf = parseAsOf(values['as-of'] as string | undefined, today());
  const unmask = values.unmask === true;

  // Only import writes to it.
  const ledger = Ledger.open(resolve(io.cwd, file), {
    readonly: sub !== 'import',
  });
  try {
    if (sub === 'export') {
      const out = values.out as string | undefined;
      if (out === undefined || out.trim() === '')
        throw new UsageError('verify export needs --out <dir>');
      const entries = ledger.entries({ present: true, open: true });
      const files = await writeVerificationSheets(entries, {
        out: resolve(io.cwd, out),
        asOf,
        unmask,
      });
      io.stdout(
        `${counted(entries.length, 'open finding')} in ${counted(files.length, 'sheet')}:\n` +
          files
            .map((f) => `  ${join(out, basename(f.path))} (${f.rows})`)
            .join('\n') +
          (files.length > 0 ? '\n' : ''),
      );
      return 0;
    }
    if (sub === 'import') {
      if (positionals.length === 0)
        throw new UsageError(
          'verify import needs the filled sheets: duibiao verify import --ledger <file> <sheet.xlsx>...',
        );
      // Problems name each file as the user did.
      const given = new Map(
        positionals.map((path) => [resolve(io.cwd, path), path]),
      );
      const result = await importVerificationSheets(ledger, [...given.keys()], {
        on: asOf,
      });
      const text = unmask ? (t: string) => t : maskPrivateText;
      for (const problem of result.problems)
        io.stderr(`${problemLine(problem, given, text)}\n`);
      io.stdout(
        `${counted(result.rows, 'row')} in ${counted(result.files, 'file')}: ${result.applied} applied, ${result.already} already recorded, ${result.untouched} not filled in, ${result.problems.length} not applied${result.problems.length > 0 ? ' (listed above)' : ''}\n`,
      );
      return result.problems.length > 0 ? 1 : 0;
    }

    const groups = overdueFindings(
      ledger.entries({ present: true, open: true }),
      asOf,
    );
    if (values.json) {
      io.stdout(`${JSON.stringify(groups, null, 2)}\n`);
      return 0;
    }
    io.stdout(formatOverdue(groups, asOf, unmask));
    return 0;
  } finally {
    ledger.close();
  }
}

/** A row the import could not apply: `file:line: column "value" reason`. */
function problemLine(
  problem: SheetProblem,
  given: ReadonlyMap<string, string>,
  text: (t: string) => string,
): string {
  const where = [given.get(problem.file) ?? problem.file, problem.line]
    .filter((p) => p !== undefined)
    .join(':');
  const value =
    problem.value === undefined
      ? ''
      : ` ${JSON.stringify(text(String(problem.value)))}`;
  const cell = problem.column === undefined ? '' : ` ${problem.column}${value}`;
  return `${where}:${cell} ${text(problem.reason)}`;
}

/** The overdue findings as printed: a table by county and department, then each. */
function formatOverdue(
  groups: readonly OverdueGroup[],
  asOf: string,
  unmask: boolean,
): string {
  const total = groups.reduce((sum, g) => sum + g.findings.length, 0);
  const lines = [`overdue on ${asOf}: ${counted(total, 'finding')}`];
  if (total > 0) {
    lines.push(
      '',
      ...formatTable(
        [
          ['county', 'department', 'overdue', 'most days late'],
          ...groups.map((g) => [
            g.county ?? UNKNOWN_COUNTY,
            g.department,
            String(g.findings.length),
            String(g.findings[0]?.daysLate ?? 0),
          ]),
        ],
        'llrr',
      ),
    );
    for (const group of groups) {
      lines.push('', `${group.county ?? UNKNOWN_COUNTY} ${group.department}`);
      for (const { entry, daysLate } of group.findings) {
        const f = entry.finding;
        const member = f.memberId
          ? ` ${unmask ? f.memberId : maskIdNumber(f.memberId)}`
          : '';
        lines.push(
          `  ${[f.findingId, f.ruleId, `${f.township ?? ''}${f.village ?? ''}`, f.householdId ?? ''].filter(Boolean).join(' ')}${member} — ${entry.status}, due ${entry.deadline}, ${counted(daysLate, 'day')} late`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { loadRuleSet } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import {
  dispatchReport,
  Ledger,
  percent,
  UnknownDepartmentError,
  weeklyMarkdown,
  weeklyReport,
  writeDispatchHtml,
  writeDispatchXlsx,
  writeWeeklyXlsx,
} from '@duibiao/ledger';

import type { CommandIo } from './check.js';
import { counted } from './counted.js';
import { UsageError } from './errors.js';
import { loadPlugin } from './load-plugin.js';
import { parseAsOf, parseCommand, today } from './parse-command.js';
import { makeOut, writeReportFile } from './report-folder.js';
import { formatTable } from './table.js';

/** Help of `duibiao report`. */
export const REPORT_USAGE = `Usage:
  duibiao report dispatch --ledger <file> --out <dir> [--as-of <date>]
  duibiao report weekly <folder> --department <name> --ledger <file> --out <dir>
                        [--as-of <date>] [--plugin <name>] [--unmask]

  dispatch  the progress report (调度通报) of a ledger: by county and
            township, findings by category, share verified by both
            lines, share cleared, overdue, the change since the last
            dispatch report, and the counties ranked; writes
            调度通报-<date>.xlsx and .html, and keeps the counts in the
            ledger for the next report to compare with
  weekly    a line department's phone spot checks (电话抽查) of the week
            ending on --as-of, from the folder's 电话抽查 table, with the
            mismatches the ledger holds and how each is handled; writes
            电话抽查周报-<department>-<date>.xlsx and .md

  --ledger <file>       the ledger (duibiao check <folder> --ledger <file>)
  --out <dir>           where to write the report
  --as-of <YYYY-MM-DD>  the report's date (default: today)
  --department <name>   weekly: the department, as the rules name it
                        (民政部门) or its start (民政)
  --plugin <name>       weekly: the plugin whose spotCheckReportEvery
                        gives the week's days (default: shaanxi)
  --unmask              weekly: full ID numbers
`;

/**
 * Runs `duibiao report dispatch|weekly`.
 *
 * @param args - Arguments after `report`.
 * @param io - Working folder and output streams.
 * @returns The exit code: 0 when the report was written.
 * @throws {UsageError} On a missing or unknown subcommand or option.
 */
export async function runReport(
  args: readonly string[],
  io: CommandIo,
): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseCommand(
    `report ${sub ?? ''}`.trim(),
    rest,
    {
      ledger: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      department: { type: 'string' },
      plugin: { type: 'string', default: 'shaanxi' },
      unmask: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  );
  if (sub === undefined || sub === '--help' || sub === '-h' || values.help) {
    io.stdout(REPORT_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'dispatch' && sub !== 'weekly')
    throw new UsageError(
      `report takes dispatch or weekly, not ${JSON.stringify(sub)}`,
    );
  const file = values.ledger as string | undefined;
  const out = values.out as string | undefined;
  if (file === undefined || file.trim() === '')
    throw new UsageError(`report ${sub} needs --ledger <file>`);
  if (out === undefined || out.trim() === '')
    throw new UsageError(`report ${sub} needs --out <dir>`);
  const asOf = parseAsOf(values['as-of'] as string | undefined, today());
  const department = values.department as string | undefined;
  if (sub === 'weekly') {
    if (positionals.length !== 1)
      throw new UsageError(
        'report weekly takes one folder: duibiao report weekly <folder> --department <name> --ledger <file> --out <dir>',
      );
    if (department === undefined || department.trim() === '')
      throw new UsageError('report weekly needs --department <name>');
  } else if (positionals.length > 0) {
    throw new UsageError(
      `report dispatch takes no folder, not ${positionals.join(' ')}`,
    );
  }

  // A dispatch report is kept in the ledger for the next to compare with.
  const ledger = Ledger.open(resolve(io.cwd, file), {
    readonly: sub === 'weekly',
  });
  try {
    const outDir = resolve(io.cwd, out);
    await makeOut(outDir, out);
    const write = (name: string, action: (path: string) => Promise<void>) =>
      writeReportFile(outDir, out, name, action);

    if (sub === 'dispatch') {
      const report = dispatchReport(ledger.entries(), {
        asOf,
        previous: ledger.lastReport('dispatch', asOf),
      });
      const written = [
        await write(`调度通报-${asOf}.xlsx`, (path) =>
          writeDispatchXlsx(path, report),
        ),
        await write(`调度通报-${asOf}.html`, (path) =>
          writeDispatchHtml(path, report),
        ),
      ];
      // An empty report (a date before any finding) is no baseline.
      if (report.province.total > 0)
        ledger.saveReport('dispatch', asOf, report.body);
      const rows = report.counties.map((c) => [
        c.rank === null ? '—' : String(c.rank),
        c.county,
        String(c.total),
        percent(c.verifiedShare),
        percent(c.clearedShare),
        String(c.overdue),
        c.change === null ? '—' : signed(c.change.cleared),
      ]);
      io.stdout(
        [
          `dispatch report as of ${asOf}${report.previousAsOf ? ` (change since ${report.previousAsOf})` : ''}`,
          '',
          ...formatTable(
            [
              [
                'rank',
                'county',
                'findings',
                'verified',
                'cleared',
                'overdue',
                'cleared ±',
              ],
              ...rows,
            ],
            'rlrrrrr',
          ),
          '',
          `wrote ${written.join(', ')}`,
          '',
        ].join('\n'),
      );
      return 0;
    }

    const plugin = await loadPlugin(values.plugin as string, io.cwd);
    const every = loadRuleSet([plugin], asOf).parameters.get(
      'spotCheckReportEvery',
    )?.value;
    const folder = positionals[0] as string;
    const read = await readFolder(resolve(io.cwd, folder));
    if (read.dataset.lists?.spotChecks === undefined)
      io.stderr(
        `duibiao: ${folder} has no 电话抽查 table: the report counts no spot checks, and lists the mismatches the ledger holds\n`,
      );
    let report;
    try {
      report = weeklyReport({
        spotChecks: read.dataset.lists?.spotChecks,
        entries: ledger.entries(),
        department: department as string,
        asOf,
        ...(typeof every === 'number' ? { days: every } : {}),
      });
    } catch (error) {
      if (error instanceof UnknownDepartmentError)
        throw new UsageError(error.message);
      throw error;
    }
    const options = { unmask: values.unmask === true };
    const name = `电话抽查周报-${report.department}-${asOf}`;
    const written = [
      await write(`${name}.xlsx`, (path) =>
        writeWeeklyXlsx(path, report, options),
      ),
      await write(`${name}.md`, (path) =>
        writeFile(path, weeklyMarkdown(report, options), 'utf8'),
      ),
    ];
    io.stdout(
      `${report.department} ${report.from} – ${report.asOf}: ${report.checks === null ? 'no 电话抽查 table' : `${counted(report.checks, 'spot check')} of ${counted(report.households, 'household')}`}, ${counted(report.mismatches.length, 'mismatch', 'es')}\nwrote ${written.join(', ')}\n`,
    );
    return 0;
  } finally {
    ledger.close();
  }
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

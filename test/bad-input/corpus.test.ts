import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readFolder } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { runMain } from '../../packages/cli/src/__fixtures__/run-main.js';
import {
  type BadInputCase,
  caseProblems,
  type ExpectedRejection,
  type LoadedCase,
  loadCases,
} from './bad-input-case.js';
import { generators } from './generators.js';

/**
 * The bad-input corpus: each folder of cases/ is a broken export and what
 * a clerk must see when checking it. README.md beside this file gives the
 * format of case.json.
 */
const cases = await loadCases();
const DEFAULT_AS_OF = '2020-09-30';
const STACK_LINE = /^\s+at .+:\d+/m;

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

/** Lays out a case's input in a fresh temp folder, so nothing is written beside it. */
async function inputOf(loaded: LoadedCase): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `duibiao-bad-${loaded.name}-`));
  temps.push(dir);
  const input = join(dir, 'input');
  const { generate } = loaded.spec;

  if (generate !== undefined) {
    const generator = generators[generate];
    if (!generator) throw new Error(`no generator "${generate}"`);
    await mkdir(input);
    await generator(input);
  } else {
    await cp(join(loaded.dir, 'input'), input, { recursive: true });
  }

  return dir;
}

/** Lines of a JSON Lines file, parsed. */
async function jsonLines(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8');

  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Whether a written rejection is the one a case expects. */
function matches(
  actual: Record<string, unknown>,
  expected: ExpectedRejection,
): boolean {
  return Object.entries(expected).every(([key, value]) =>
    key === 'reason'
      ? typeof actual.reason === 'string' &&
        actual.reason.includes(value as string)
      : Object.is(actual[key], value) ||
        JSON.stringify(actual[key]) === JSON.stringify(value),
  );
}

/**
 * Pairs expected and written rejections in any order. Those left over on
 * either side are returned; both lists empty means an exact match.
 */
function unpaired(
  actual: Record<string, unknown>[],
  expected: readonly ExpectedRejection[],
): { missing: ExpectedRejection[]; unexpected: Record<string, unknown>[] } {
  const left = [...actual];
  const missing: ExpectedRejection[] = [];

  for (const want of expected) {
    const index = left.findIndex((row) => matches(row, want));
    if (index < 0) missing.push(want);
    else left.splice(index, 1);
  }

  return { missing, unexpected: left };
}

/** Asserts the fields of records a case names, read again from its input. */
async function expectRecords(
  input: string,
  records: NonNullable<BadInputCase['records']>,
): Promise<void> {
  const { dataset } = await readFolder(input);
  const tables: Record<string, readonly object[] | undefined> = {
    households: dataset.households,
    members: dataset.members,
    villages: dataset.villages,
    ...(dataset.lists as Record<string, readonly object[]> | undefined),
  };

  for (const [table, fields] of Object.entries(records)) {
    const rows = (tables[table] ?? []) as Record<string, unknown>[];
    for (const want of fields) {
      const found = rows.filter((row) =>
        Object.entries(want.match).every(
          ([key, value]) => JSON.stringify(row[key]) === JSON.stringify(value),
        ),
      );
      const where = `${table} ${JSON.stringify(want.match)}`;
      expect(found, `exactly one record of ${where}`).toHaveLength(1);

      const value = found[0]?.[want.field];
      if (want.unknown) expect(value, `${where}.${want.field}`).toBeUndefined();
      else expect(value, `${where}.${want.field}`).toEqual(want.value);
    }
  }
}

/** Runs one case through the command line and asserts what it gives. */
async function runCase(loaded: LoadedCase): Promise<void> {
  const { spec } = loaded;
  if (spec === null) throw new Error(`${loaded.name} has no case.json`);
  const dir = await inputOf(loaded);
  const input = join(dir, 'input');
  const out = join(dir, 'out');
  const args = spec.args ?? [];
  const asOf = args.includes('--as-of') ? [] : ['--as-of', DEFAULT_AS_OF];
  const run = await runMain(
    dir,
    'check',
    input,
    '--out',
    out,
    ...asOf,
    ...args,
  );
  const printed = `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`;

  expect(run.code, printed).toBe(spec.exit);
  expect(run.stderr, 'a stack trace on stderr').not.toMatch(STACK_LINE);
  expect(run.stdout, 'a stack trace on stdout').not.toMatch(STACK_LINE);
  for (const text of spec.stderr ?? []) expect(run.stderr).toContain(text);
  if (spec.exit !== 0) return;

  const summary = JSON.parse(
    await readFile(join(out, 'summary.json'), 'utf8'),
  ) as {
    rows: Record<string, { read: number; checked: number; rejected: number }>;
    files: Record<string, unknown>[];
    notRead: { file: string; reason: string }[];
  };
  expect(summary.rows, 'summary.json rows').toEqual(spec.tables);
  for (const [table, rows] of Object.entries(summary.rows))
    expect(rows.read, `${table}: read = checked + rejected`).toBe(
      rows.checked + rows.rejected,
    );

  const rejected = await jsonLines(join(out, 'rejected.jsonl'));
  const { missing, unexpected } = unpaired(rejected, spec.rejected ?? []);
  expect({ missing, unexpected }, 'rejected.jsonl').toEqual({
    missing: [],
    unexpected: [],
  });

  for (const [file, fields] of Object.entries(spec.files ?? {}))
    expect(
      summary.files.find((report) => report.file === file),
      `summary.json files: ${file}`,
    ).toMatchObject(fields);

  if (spec.notRead) {
    expect(summary.notRead.map((skip) => skip.file).sort()).toEqual(
      spec.notRead.map((skip) => skip.file).sort(),
    );
    for (const want of spec.notRead)
      expect(
        summary.notRead.find((skip) => skip.file === want.file)?.reason,
      ).toContain(want.reason);
  }

  if (spec.findings) {
    const findings = await jsonLines(join(out, 'findings.jsonl'));
    const fired = new Set(findings.map((finding) => finding.ruleId));
    for (const ruleId of spec.findings.ruleIds ?? [])
      expect(fired.has(ruleId), `${ruleId} must fire`).toBe(true);
    for (const ruleId of spec.findings.absentRuleIds ?? [])
      expect(fired.has(ruleId), `${ruleId} must not fire`).toBe(false);
  }

  if (spec.records) await expectRecords(input, spec.records);
}

describe('the bad-input corpus', () => {
  it('has at least 60 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('has only well-formed case.json files', () => {
    const names = Object.keys(generators);
    const problems = cases.flatMap((loaded) =>
      caseProblems(loaded, names).map((text) => `${loaded.name}: ${text}`),
    );
    expect(problems).toEqual([]);
  });

  it('uses every generator', () => {
    const used = new Set(cases.map((loaded) => loaded.spec.generate));
    expect(Object.keys(generators).filter((name) => !used.has(name))).toEqual(
      [],
    );
  });
});

describe('bad-input case', () => {
  for (const loaded of cases) it(loaded.name, () => runCase(loaded));
});

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import type { Summary } from '@duibiao/io';
import { writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from '../../packages/cli/src/__fixtures__/run-main.js';
import { damageProvince, type DamageReport } from './fault-damage.js';

/**
 * Fault isolation at scale: a synthetic province is checked as written,
 * then with 1 % of the rows of its households, members and every list
 * and follow-up table damaged at random (at least 3 rows a table), each
 * in a way that must reject the row (fault-targets.ts lists them: 10
 * kinds of damage over 17 tables). The damaged check must still run,
 * reject exactly the damaged rows (and the member rows of a rejected
 * household row, which belong to no checked household), count them by
 * reason, check every other row, and find on every household untouched
 * by the damage what the check of the whole province found.
 *
 * Size: 3,000 households (about 11,000 members, 60,000 rows in all): the
 * province is written in about 3 s and each check takes about 3 s.
 * `npm run bench:faults` runs it on 20,000 households and prints the
 * figures; DUIBIAO_FAULT_HOUSEHOLDS sets the size, DUIBIAO_FAULT_FIGURES
 * a file to write them to.
 */
const HOUSEHOLDS = Number(process.env.DUIBIAO_FAULT_HOUSEHOLDS ?? 3_000);
const SHARE = 0.01;
const MINIMUM = 3;
const AS_OF = '2020-09-30';
const TIMEOUT = 600_000;

interface Run {
  code: number;
  stderr: string;
  ms: number;
  summary: Summary;
  rejected: { table: string; line: number; code: string }[];
  findings: Finding[];
}

let dir: string;
let whole: Run;
let damaged: Run;
let damage: DamageReport;
const timings: Record<string, number> = {};

async function check(folder: string, out: string): Promise<Run> {
  const started = Date.now();
  const run = await runMain(
    dir,
    'check',
    folder,
    '--out',
    out,
    '--as-of',
    AS_OF,
    '--format',
    'jsonl',
  );
  const ms = Date.now() - started;
  const lines = async (name: string) =>
    (await readFile(join(dir, out, name), 'utf8'))
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line));

  return {
    code: run.code,
    stderr: run.stderr,
    ms,
    summary: JSON.parse(await readFile(join(dir, out, 'summary.json'), 'utf8')),
    rejected: await lines('rejected.jsonl'),
    findings: await lines('findings.jsonl'),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-faults-'));
  let started = Date.now();
  await writeProvince(join(dir, 'whole'), {
    seed: 'faults',
    households: HOUSEHOLDS,
    asOf: AS_OF,
  });
  timings.writeMs = Date.now() - started;

  started = Date.now();
  await cp(join(dir, 'whole'), join(dir, 'damaged'), { recursive: true });
  damage = await damageProvince(join(dir, 'damaged'), 'faults', SHARE, MINIMUM);
  timings.damageMs = Date.now() - started;

  whole = await check('whole', 'out-whole');
  damaged = await check('damaged', 'out-damaged');
}, TIMEOUT);

afterAll(async () => {
  const figures = process.env.DUIBIAO_FAULT_FIGURES;
  if (figures && damaged) {
    await writeFile(
      figures,
      JSON.stringify({
        households: HOUSEHOLDS,
        rows: damaged.summary.rows,
        damaged: damage.damaged,
        rejectedByReason: damaged.summary.rejectedByReason,
        touchedHouseholds: damage.touched.size,
        ...timings,
        wholeCheckMs: whole.ms,
        damagedCheckMs: damaged.ms,
      }),
    );
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The expected rejections of a table, as `line code`. */
function expectedOf(table: string): string[] {
  return damage.rejected
    .filter((r) => r.table === table)
    .map((r) => `${r.line} ${r.code}`);
}

describe(`a synthetic province of ${HOUSEHOLDS} households with 1 % of its rows damaged`, () => {
  it('is checked as written with nothing rejected, and damaged with exit 0', () => {
    expect(whole.code, whole.stderr).toBe(0);
    expect(whole.rejected).toEqual([]);
    expect(damaged.code, damaged.stderr).toBe(0);
    expect(damaged.summary.unplacedMembers).toBeUndefined();
  });

  it('rejects exactly the damaged rows, and the member rows of rejected households, each with its code', () => {
    const tables = Object.keys(whole.summary.rows);
    for (const table of tables) {
      const actual = damaged.rejected
        .filter((r) => r.table === table)
        .map((r) => `${r.line} ${r.code}`);
      expect(actual.sort(), table).toEqual(expectedOf(table).sort());
    }
    expect(damaged.rejected).toHaveLength(damage.rejected.length);
  });

  it('checks every other row: checked = read − rejected, per table, exactly', () => {
    for (const [table, counts] of Object.entries(whole.summary.rows)) {
      const rejected = expectedOf(table).length;
      expect(
        damaged.summary.rows[table as keyof Summary['rows']],
        table,
      ).toEqual({
        read: counts.read,
        checked: counts.read - rejected,
        rejected,
      });
    }
  });

  it('counts the rejections by reason as the damage was done, and the cascade as no-household', () => {
    const expected: Record<string, Record<string, number>> = {};
    for (const { table, code } of damage.rejected) {
      const counts = (expected[table] ??= {});
      counts[code] = (counts[code] ?? 0) + 1;
    }
    const sorted = (byReason: object) =>
      Object.fromEntries(
        Object.entries(byReason).map(([table, counts]) => [
          table,
          Object.fromEntries(Object.entries(counts as object).sort()),
        ]),
      );

    expect(sorted(damaged.summary.rejectedByReason)).toEqual(sorted(expected));
    for (const [table, counts] of Object.entries(damage.damaged))
      for (const [code, count] of Object.entries(counts ?? {}))
        expect(
          damaged.summary.rejectedByReason[table as 'members']?.[
            code as 'invalid-date'
          ],
          `${table} ${code}`,
        ).toBeGreaterThanOrEqual(count);
  });

  it('finds on every household the damage did not touch what the whole check found', () => {
    const untouched = (findings: Finding[]) =>
      new Map(
        findings
          .filter(
            (f) => f.householdId !== null && !damage.touched.has(f.householdId),
          )
          .map((f) => [f.findingId, f]),
      );
    const before = untouched(whole.findings);
    const after = untouched(damaged.findings);

    expect(before.size).toBeGreaterThan(100);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, finding] of after)
      expect(finding, id).toEqual(before.get(id));
  });
});

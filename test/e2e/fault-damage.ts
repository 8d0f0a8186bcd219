import { join } from 'node:path';

import type { RejectionCode, TableKey } from '@duibiao/io';
import { FILES, Random } from '@duibiao/synthetic';

import { type Harm, type Target, TARGETS } from './fault-targets.js';
import {
  columnOf,
  type ProvinceCsv,
  readProvinceCsv,
  writeProvinceCsv,
} from './province-csv.js';

/**
 * Damage done to the rows of a synthetic province, each of a kind that
 * must reject its row with a known code (the harms of fault-targets.ts),
 * and what the check must then say: which lines are rejected and why,
 * and which households' findings may change.
 */

/** A row the check must reject, and why. */
export interface ExpectedRejection {
  table: TableKey;
  line: number;
  code: RejectionCode;
}

/** What damaging a province did, and what the check must say of it. */
export interface DamageReport {
  /** Rows damaged, by table and kind. */
  damaged: Partial<Record<TableKey, Partial<Record<RejectionCode, number>>>>;
  /** Every row the check must reject: the damaged and the cascaded. */
  rejected: ExpectedRejection[];
  /**
   * Households whose findings may change: those with a damaged row of
   * their own, a damaged member row, or a damaged list row about them
   * or one of their members.
   */
  touched: Set<string>;
}

/**
 * Damages a share of the rows of the households, members and every list
 * and follow-up table of a province written by writeProvince, in place:
 * each damaged row gets one harm of its table, in turn, so every kind is
 * done.
 *
 * Member rows of a damaged household row are rejected too, as the README
 * says a member of no checked household is (`no-household`), unless
 * damaged themselves: they are counted apart.
 *
 * @param dir - The province's folder.
 * @param seed - Seed of the choice of rows.
 * @param share - The share of each table's rows to damage.
 * @param minimum - The fewest rows damaged in a table.
 * @returns The damage and what the check must say.
 */
export async function damageProvince(
  dir: string,
  seed: string,
  share: number,
  minimum: number,
): Promise<DamageReport> {
  const random = new Random(seed);
  const report: DamageReport = {
    damaged: {},
    rejected: [],
    touched: new Set(),
  };
  const homes = await membersByPerson(dir);
  const rejectedHomes = new Set<string>();
  const damagedMembers = new Set<number>();

  for (const target of TARGETS) {
    const path = join(dir, target.file);
    const csv = await readProvinceCsv(path);
    const count = Math.max(minimum, Math.round(csv.rows.length * share));
    // Rows after the first, so that a key can be copied from before.
    const chosen = random
      .fork(target.table)
      .shuffle(csv.rows.map((_, index) => index).slice(1))
      .slice(0, count);
    // For each row, the last undamaged row before it (row 0 never is).
    const picked = new Set(chosen);
    const earlier: number[] = [];
    let last = 0;
    csv.rows.forEach((_, index) => {
      earlier.push(last);
      if (!picked.has(index)) last = index;
    });

    chosen.forEach((index, turn) => {
      const harm = target.harms[turn % target.harms.length] as Harm;
      const row = csv.rows[index] as string[];
      const before = [...row];
      const source = csv.rows[earlier[index] as number] as string[];
      harm.apply(row, csv, source);

      const counts = (report.damaged[target.table] ??= {});
      counts[harm.code] = (counts[harm.code] ?? 0) + 1;
      report.rejected.push({
        table: target.table,
        line: index + 2,
        code: harm.code,
      });
      for (const home of homesOf(target, csv, before, homes))
        report.touched.add(home);
      if (target.table === 'households')
        rejectedHomes.add(before[columnOf(csv, '户编号')] as string);
      if (target.table === 'members') damagedMembers.add(index);
    });
    await writeProvinceCsv(path, csv);
  }

  // A member row of a rejected household row matches no household.
  const members = await readProvinceCsv(join(dir, FILES.members));
  const home = columnOf(members, '户编号');
  members.rows.forEach((row, index) => {
    if (damagedMembers.has(index) || !rejectedHomes.has(row[home] as string))
      return;
    report.rejected.push({
      table: 'members',
      line: index + 2,
      code: 'no-household',
    });
  });

  return report;
}

/** The households a damaged row is about: its own, or its person's. */
function homesOf(
  target: Target,
  csv: ProvinceCsv,
  row: string[],
  homes: ReadonlyMap<string, string[]>,
): string[] {
  if (target.household) return [row[columnOf(csv, target.household)] as string];
  if (target.person)
    return homes.get(row[columnOf(csv, target.person)] as string) ?? [];

  return [];
}

/** Each ID number's households, from the members file as written. */
async function membersByPerson(dir: string): Promise<Map<string, string[]>> {
  const csv = await readProvinceCsv(join(dir, FILES.members));
  const id = columnOf(csv, '证件号码');
  const home = columnOf(csv, '户编号');
  const homes = new Map<string, string[]>();
  for (const row of csv.rows) {
    const key = row[id] as string;
    homes.set(key, [...(homes.get(key) ?? []), row[home] as string]);
  }

  return homes;
}

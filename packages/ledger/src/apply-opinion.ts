import { isCalendarDate } from '@duibiao/core';
import type Database from 'better-sqlite3';

import { historyInsert } from './ledger-rows.js';
import { nextStatus, type VerificationStatus } from './statuses.js';
import type { OpinionInput, OpinionOutcome } from './types.js';

/**
 * Applies one opinion to the ledger, or says why it cannot: the caller
 * holds the transaction.
 *
 * @param db - The ledger's database.
 * @param opinion - The opinion.
 * @returns What it did.
 */
export function applyOne(
  db: Database.Database,
  opinion: OpinionInput,
): OpinionOutcome {
  const id = opinion.findingId;
  const row = db
    .prepare(`SELECT status FROM findings WHERE finding_id = ?`)
    .get(id) as { status: VerificationStatus } | undefined;
  if (row === undefined)
    return { kind: 'refused', reason: `台账中没有问题编号 ${id}` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opinion.on) || !isCalendarDate(opinion.on))
    return {
      kind: 'refused',
      reason: `日期应为 YYYY-MM-DD 的真实日期，不是「${opinion.on}」`,
    };
  if (alreadyGiven(db, opinion)) return { kind: 'already' };

  const next = nextStatus(row.status, opinion);
  if (next.refused !== undefined)
    return { kind: 'refused', reason: `问题 ${id}：${next.refused}` };
  const steps: [string, VerificationStatus, VerificationStatus][] = [];
  // A closing result implies the review that precedes it.
  if (
    opinion.line === 'review' &&
    row.status === '双线已核' &&
    next.status !== '已复核'
  )
    steps.push(['已复核', row.status, '已复核']);
  steps.push([
    opinion.result,
    steps.length > 0 ? '已复核' : row.status,
    next.status,
  ]);
  const history = historyInsert(db);
  for (const [result, from, to] of steps) {
    history.run({
      findingId: id,
      line: opinion.line,
      result,
      from,
      to,
      who: opinion.who ?? null,
      on: opinion.on,
      reason: opinion.reason?.trim() || null,
      evidence: opinion.evidence?.trim() || null,
      source: opinion.source ?? null,
    });
  }
  db.prepare(
    `UPDATE findings SET status = ?, status_since = ? WHERE finding_id = ?`,
  ).run(next.status, opinion.on, id);

  return { kind: 'applied', from: row.status, to: next.status };
}

/** Whether this line gave this same result before (a sheet imported twice). */
function alreadyGiven(db: Database.Database, opinion: OpinionInput): boolean {
  const last = db
    .prepare(
      // Since the finding was last reopened: a new round of verification
      // starts then.
      `SELECT result FROM history WHERE finding_id = @id AND line = @line
         AND id > coalesce((SELECT max(id) FROM history WHERE finding_id = @id AND result = '重新发现'), 0)
       ORDER BY id DESC LIMIT 1`,
    )
    .get({ id: opinion.findingId, line: opinion.line }) as
    | { result: string }
    | undefined;
  return last?.result === opinion.result;
}

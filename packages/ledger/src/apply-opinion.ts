import { isCalendarDate } from '@duibiao/core';
import type Database from 'better-sqlite3';

import { historyInsert } from './ledger-rows.js';
import {
  LINE_LABELS,
  nextStatus,
  type VerificationStatus,
} from './statuses.js';
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
    .prepare(`SELECT status, first_seen FROM findings WHERE finding_id = ?`)
    .get(id) as { status: VerificationStatus; first_seen: string } | undefined;
  if (row === undefined)
    return { kind: 'refused', reason: `台账中没有问题编号 ${id}` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opinion.on) || !isCalendarDate(opinion.on))
    return {
      kind: 'refused',
      reason: `日期应为 YYYY-MM-DD 的真实日期，不是「${opinion.on}」`,
    };
  if (opinion.on < row.first_seen)
    return {
      kind: 'refused',
      reason: `问题 ${id}：日期 ${opinion.on} 早于问题发现的日期 ${row.first_seen}`,
    };
  const last = lastGiven(db, opinion);
  if (last?.result === opinion.result) {
    // The same opinion again (a sheet imported twice): nothing to do,
    // unless who gave it or when was changed, which cannot be.
    if (
      (last.who ?? '') === (opinion.who ?? '') &&
      (last.on === opinion.on || opinion.onDefaulted === true)
    )
      return { kind: 'already' };
    return {
      kind: 'refused',
      reason: `问题 ${id}：${LINE_LABELS[opinion.line]}已记录「${last.result}」（${last.who ?? '未填写核查人'}，${last.on}），已记录的意见不能修改`,
    };
  }

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

/** The line's latest opinion on the finding in this round, if any. */
function lastGiven(
  db: Database.Database,
  opinion: OpinionInput,
): { result: string; who: string | null; on: string } | undefined {
  return db
    .prepare(
      // Since the finding was last reopened: a new round of verification
      // starts then.
      `SELECT result, who, on_date AS "on" FROM history WHERE finding_id = @id AND line = @line
         AND id > coalesce((SELECT max(id) FROM history WHERE finding_id = @id AND result = '重新发现'), 0)
       ORDER BY id DESC LIMIT 1`,
    )
    .get({ id: opinion.findingId, line: opinion.line }) as
    | { result: string; who: string | null; on: string }
    | undefined;
}

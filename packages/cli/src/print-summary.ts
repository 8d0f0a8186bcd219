import { join } from 'node:path';

import {
  CATEGORIES,
  CATEGORY_LABELS,
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
  households,
  LIST_KEYS,
  LISTS,
  members,
  villages,
} from '@duibiao/core';
import type { Summary, SummaryDiff, SummaryLedger } from '@duibiao/io';

import {
  describeColumns,
  describeRejectedRows,
  describeSheets,
  type PrintedRejection,
} from './describe-files.js';
import { formatTable } from './table.js';

/**
 * Subjects of a check that lie outside the regions of the plugin it ran
 * (a city's), as its own rules counted them: they did not judge them.
 */
export interface OutsideRegions {
  /** The plugin's name. */
  plugin: string;
  /** Its region code prefixes. */
  regions: readonly string[];
  /** The kind of subject counted. */
  subject: 'household' | 'member' | 'village';
  /** How many lie outside. */
  count: number;
}

/**
 * The summary printed after a check: tables read, findings by category,
 * the change since an earlier run, unknown outcomes and rejected rows,
 * what was not read, not compared or not run, and subjects outside the
 * plugin's regions.
 *
 * @param summary - The run's summary.
 * @param written - The files written.
 * @param ms - Wall time of the run.
 * @param outside - Subjects outside the plugin's regions, when any.
 * @param rejectedRows - The rejected rows, of which the first few are
 * printed, and whether to print ID numbers (in them and in headers) in
 * full.
 * @returns The text, ending in a newline.
 */
export function formatSummary(
  summary: Summary,
  written: readonly string[],
  ms: number,
  outside?: OutsideRegions,
  rejectedRows?: { rows: readonly PrintedRejection[]; unmask: boolean },
): string {
  const plugins = summary.plugins
    .map((p) => `${p.name} ${p.version}`)
    .join(', ');
  const rows = Object.entries(summary.rows).map(([table, r]) => [
    `${tableName(table)} ${table}`,
    String(r.read),
    String(r.checked),
    String(r.rejected),
  ]);
  const categories = CATEGORIES.map((category) => [
    `  ${CATEGORY_LABELS[category]} ${category}`,
    String(summary.findings.byCategory[category]),
  ]);
  const unknownRules = Object.keys(summary.unknown).length;
  const unknownCount = Object.values(summary.unknown).reduce(
    (sum, u) => sum + u.count,
    0,
  );
  const rejected = Object.values(summary.rows).reduce(
    (sum, r) => sum + r.rejected,
    0,
  );

  const lines = [
    `duibiao check ${summary.folder} — as of ${summary.asOf} — ${plugins}`,
    '',
    ...formatTable([['table', 'read', 'checked', 'rejected'], ...rows], 'lrrr'),
    ...describeSheets(summary.files),
    ...describeColumns(summary.files, rejectedRows?.unmask),
    '',
    ...formatTable(
      [[`findings`, String(summary.findings.total)], ...categories],
      'lr',
    ),
    ...describeDiff(summary.diff),
    ...describeLedger(summary.ledger),
    '',
    `unknown outcomes (a blank value, no finding): ${unknownCount} across ${unknownRules} rules`,
    ...describeRulesNotCompared(summary),
    `rejected rows: ${rejected}${rejected > 0 ? ' (see rejected.jsonl)' : ''}`,
    ...describeRejections(summary),
    ...describeRejectedRows(rejectedRows?.rows ?? [], rejectedRows?.unmask),
  ];
  if (summary.unplacedMembers) {
    lines.push(
      `member rows with no readable 户编号: ${summary.unplacedMembers} — they may belong to any household, so no household's member counts are judged until they are fixed`,
    );
  }
  for (const { file, reason } of summary.notRead)
    lines.push(`not read: ${file} (${reason})`);
  lines.push(...describeLists(summary));
  for (const { ruleId, reason } of summary.skippedRules)
    lines.push(`rule not run: ${ruleId} (${reason})`);
  const errors = Object.entries(summary.errors);
  for (const [ruleId, { count }] of errors)
    lines.push(
      `rule error: ${ruleId} failed on ${count} subjects (see summary.json)`,
    );
  if (outside) lines.push(describeOutside(outside));
  lines.push(
    '',
    `wrote ${written.join(', ')} in ${(ms / 1000).toFixed(1)} s`,
    '',
  );

  return lines.join('\n');
}

/**
 * A city plugin's regions limit only its own rules: its parameter values
 * and the rules it switched off hold for every subject checked.
 */
function describeOutside(outside: OutsideRegions): string {
  const { count, subject, plugin, regions } = outside;
  const subjects =
    count === 1 ? `1 ${subject} lies` : `${count} ${subject}s lie`;

  return `${subjects} outside the regions of ${plugin} (${regions.join(', ')}): its parameter overrides and switched-off rules apply to them too; check a city's data with its plugin`;
}

/**
 * A line per table with rejected rows, counted by reason:
 * `  members 人员信息: 12 rejected — invalid-date 7, duplicate-key 5`.
 */
function describeRejections(summary: Summary): string[] {
  return Object.entries(summary.rejectedByReason).map(([table, codes]) => {
    const counts = Object.entries(codes ?? {});
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    const kinds = counts.map(([code, count]) => `${code} ${count}`);

    return `  ${tableLabel(table)}: ${total} rejected — ${kinds.join(', ')}`;
  });
}

/** How many rules could not compare for want of a file, when any. */
function describeRulesNotCompared(summary: Summary): string[] {
  const rules = Object.keys(summary.rulesNotCompared ?? {}).length;
  if (rules === 0) return [];

  return [
    `rules not compared for want of a file: ${rules} (no finding; summary.json lists them under rulesNotCompared)`,
  ];
}

/**
 * The tables not compared for want of a file, on one line, and for each
 * list the folder has: rows left out as dated after the reference date,
 * a department's list older than allowed, rows naming no one registered.
 */
function describeLists(summary: Summary): string[] {
  const lines: string[] = [];
  const noFile = summary.notCompared.filter((t) => t.reason === 'no file');
  const noRows = summary.notCompared.filter((t) => t.reason !== 'no file');
  if (noFile.length > 0)
    lines.push(
      `not compared (no file): ${noFile.map((t) => tableLabel(t.table)).join(', ')}`,
    );
  if (noRows.length > 0)
    lines.push(
      `not compared (no rows in force on ${summary.asOf}): ${noRows.map((t) => tableLabel(t.table)).join(', ')}`,
    );

  for (const list of summary.lists) {
    const name = tableLabel(list.table);
    if (list.later > 0)
      lines.push(
        `${name}: ${rows(list.later)} dated after ${summary.asOf} left out`,
      );
    if (list.stale)
      lines.push(
        `${name}: data as of ${list.dataAsOf}, more days before ${summary.asOf} than listMaxAgeDays allows (30 unless a plugin says otherwise) — its comparisons use old data`,
      );
    const unmatched = list.unmatched;
    if (unmatched && unmatched.count > 0) {
      const more = unmatched.count > unmatched.lines.length ? ', …' : '';
      lines.push(
        `${name}: ${rows(unmatched.count)} naming no one in the registry (${unmatched.lines.length === 1 && !more ? 'line' : 'lines'} ${unmatched.lines.join(', ')}${more}), kept`,
      );
    }
  }

  return lines;
}

function rows(count: number): string {
  return count === 1 ? '1 row' : `${count} rows`;
}

/** A table's English key with its Chinese name: `education 教育学籍`. */
function tableLabel(key: string): string {
  const name = tableName(key);

  return name === key ? key : `${key} ${name}`;
}

/** A table's Chinese name, or the key for a table the format has not. */
function tableName(key: string): string {
  const tables = [
    households,
    members,
    villages,
    ...LIST_KEYS.map((list) => LISTS[list].table),
  ];

  return tables.find((spec) => spec.key === key)?.name ?? key;
}

/** The new, persisting and resolved counts, after a blank line. */
function describeDiff(diff: SummaryDiff | undefined): string[] {
  if (!diff) return [];

  const rows = FINDING_STATUSES.map((status) => [
    `  ${FINDING_STATUS_LABELS[status]} ${status}`,
    String(diff[status]),
  ]);
  const lines = [
    '',
    ...formatTable([[`since the run in ${diff.previous}`, ''], ...rows], 'lr'),
  ];
  if (diff.unreadLines) {
    const shown = join(diff.previous, 'findings.jsonl');
    lines.push(
      `lines of ${shown} not read: ${diff.unreadLines} — a finding such a line held shows as new if it is still found, and is missing from resolved.jsonl if not`,
    );
  }

  return lines;
}

/** What the run recorded in the ledger, after a blank line. */
function describeLedger(ledger: SummaryLedger | undefined): string[] {
  if (!ledger) return [];

  const rows: [string, number][] = [
    ['  新发现 new', ledger.new],
    ['  持续 persisting', ledger.persisting],
    ['    其中整改后复现 of which reopened', ledger.reopened],
    ['  已解决 resolved', ledger.resolved],
    [
      '  不再提示 suppressed (已消疑/确认误报, evidence unchanged)',
      ledger.suppressed.length,
    ],
  ];
  return [
    '',
    ...formatTable(
      [
        [`ledger ${ledger.file}, run ${ledger.run}`, ''],
        ...rows.map(([label, count]) => [label, String(count)]),
      ],
      'lr',
    ),
  ];
}

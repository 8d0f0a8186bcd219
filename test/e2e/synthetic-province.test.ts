import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type CheckResult, createChecker, LIST_KEYS } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { type AnswerKeyEntry, writeProvince } from '@duibiao/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  compareWithKey,
  type KeyComparison,
  readAnswerKey,
} from './answer-key.js';

/**
 * The whole way through: a synthetic province written to files as counties
 * export them (the registry, every department's list and follow-up table),
 * read back by @duibiao/io, checked with the Shaanxi plugin, and compared
 * with the answer key the generator wrote.
 *
 * Size: writing, reading and checking 12,000 households with their lists
 * take about 20 seconds on one core, each about a third. Set
 * DUIBIAO_E2E_HOUSEHOLDS to try another size.
 */
const HOUSEHOLDS = Number(process.env.DUIBIAO_E2E_HOUSEHOLDS ?? 12_000);
const AS_OF = '2020-09-30';
const SETUP_TIMEOUT = 240_000;

let dir: string;
let read: Awaited<ReturnType<typeof readFolder>>;
let result: CheckResult;
let key: AnswerKeyEntry[];
let comparison: KeyComparison;
let ruleIds: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-e2e-'));
  await writeProvince(dir, {
    seed: 'e2e-2020',
    households: HOUSEHOLDS,
    asOf: AS_OF,
  });
  read = await readFolder(dir);

  const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });
  ruleIds = checker.ruleSet.rules.map((rule) => rule.definition.id);
  result = await checker.check(read.dataset);
  key = await readAnswerKey(dir);
  comparison = compareWithKey(key, result);
}, SETUP_TIMEOUT);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe(`a synthetic province of ${HOUSEHOLDS} households, read and checked`, () => {
  it('reads every row of the registry, the department lists and the follow-up tables: read = checked + rejected, and nothing is rejected', () => {
    expect(read.tables.map((t) => t.table).sort()).toEqual(
      ['households', 'members', 'villages', ...LIST_KEYS].sort(),
    );
    for (const table of read.tables) {
      expect(table.read, table.file).toBe(table.checked + table.rejected);
      expect(table.rejected, table.file).toBe(0);
    }
    expect(read.rejected).toEqual([]);
    expect(read.dataset.households).toHaveLength(HOUSEHOLDS);
  });

  it('runs every rule of the Shaanxi plugin, and plants each of them somewhere', () => {
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(result.stats.skipped).toEqual([]);
    expect(comparison.unplanted).toEqual([]);
  });

  it('finds every planted problem', () => {
    expect(comparison.missed).toEqual([]);
  });

  it('reports nothing on a household or village planted clean', () => {
    expect(comparison.onClean).toEqual([]);
  });

  it('reports unknown, never a finding, where a cell was left blank, and unknown nowhere else', () => {
    expect(comparison.onUnknown).toEqual([]);
    expect(comparison.unknownCounts).toEqual({});
  });

  it('reports no rule errors', () => {
    expect(comparison.errors).toEqual({});
  });

  it('finds problems of all four categories', () => {
    const categories = new Set(result.findings.map((f) => f.category));

    expect([...categories].sort()).toEqual([
      'data-error',
      'measure-gap',
      'policy-gap',
      'risk',
    ]);
  });
});

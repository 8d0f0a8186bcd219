import {
  type CheckResult,
  createChecker,
  type Dataset,
  LIST_KEYS,
} from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import {
  type AnswerKeyEntry,
  generateProvince,
  PLANTED_RULES,
} from '@duibiao/synthetic';
import { beforeAll, describe, expect, it } from 'vitest';

const AS_OF = '2020-09-30';
const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF });
const ruleIds = checker.ruleSet.rules.map((rule) => rule.definition.id);

let dataset: Dataset & {
  households: unknown[];
  members: unknown[];
  villages: unknown[];
};
let key: AnswerKeyEntry[];
let result: CheckResult;

beforeAll(async () => {
  const lists = Object.fromEntries(LIST_KEYS.map((list) => [list, []]));
  const data = {
    households: [],
    members: [],
    villages: [],
    lists,
  } as unknown as typeof dataset;
  key = [];
  for await (const event of generateProvince({
    seed: 'plants',
    households: 1200,
    asOf: AS_OF,
  })) {
    key.push(...event.entries);
    for (const list of LIST_KEYS)
      (lists[list] as unknown[]).push(...(event.lists[list] ?? []));
    if (event.kind === 'village')
      (data.villages as unknown[]).push(event.village);
    else {
      (data.households as unknown[]).push(event.household);
      (data.members as unknown[]).push(...event.members);
    }
  }
  dataset = data;
  result = await checker.check(dataset);
});

const subject = (f: {
  householdId: string | null;
  regionCode: string | null;
}) => (f.householdId ? `H:${f.householdId}` : `V:${f.regionCode}`);

describe('planters', () => {
  it('plant every rule the Shaanxi plugin runs, and no rule it lacks', () => {
    expect(ruleIds.filter((id) => !PLANTED_RULES.includes(id))).toEqual([]);
    expect(PLANTED_RULES.filter((id) => !ruleIds.includes(id))).toEqual([]);
  });

  it('plant problems that the checker finds, and leave clean records clean', () => {
    const { findings, stats } = result;
    const found = new Set(
      findings.map((f) => `${f.ruleId}|${subject(f)}|${f.memberId ?? ''}`),
    );
    const clean = new Set(
      key.flatMap((e) => {
        if (e.kind === 'clean-household') return [`H:${e.householdId}`];
        return e.kind === 'clean-village' ? [`V:${e.regionCode}`] : [];
      }),
    );
    const missed = key.filter(
      (e) =>
        e.kind === 'planted' &&
        ruleIds.includes(e.ruleId) &&
        !found.has(`${e.ruleId}|${subject(e)}|${e.memberId ?? ''}`),
    );

    expect(missed).toEqual([]);
    expect(findings.filter((f) => clean.has(subject(f)))).toEqual([]);
    expect(stats.rules.filter((r) => r.errors > 0)).toEqual([]);
  });

  it('leave blanks where the key says a rule is unknown, and nowhere else', () => {
    const { stats } = result;
    const expected: Record<string, number> = {};
    for (const e of key) {
      if (e.kind === 'unknown')
        expected[e.ruleId] = (expected[e.ruleId] ?? 0) + 1;
    }
    const seen: Record<string, number> = {};
    for (const r of stats.rules) if (r.unknown > 0) seen[r.ruleId] = r.unknown;

    const running = Object.entries(expected).filter(([rule]) =>
      ruleIds.includes(rule),
    );
    expect(seen).toEqual(Object.fromEntries(running));
  });
});

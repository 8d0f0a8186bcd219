import { readFileSync } from 'node:fs';

import {
  ACTIONS,
  CATEGORY_LABELS,
  createChecker,
  FINDING_COLUMNS,
  FINDING_STATUS_LABELS,
  households,
  LISTS,
  members,
  parseRecord,
  SEVERITY_LABELS,
  villages,
} from '@duibiao/core';
import {
  dataset,
  defineFact,
  definePlugin,
  defineRule,
  family,
  rangerRow,
} from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { describe, expect, it } from 'vitest';

const guide = (name: string) =>
  readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('docs/embedding.md', () => {
  const text = guide('embedding.md');

  it('runs its example with the results its comments state', async () => {
    const checker = createChecker({ plugins: [shaanxi], asOf: '2020-09-30' });
    const home = parseRecord(households, {
      householdId: 'H1',
      householdType: '贫困户',
      regionCode: '610124101201',
      perCapitaNetIncome: '',
    });
    const head = parseRecord(members, {
      householdId: 'H1',
      idNumber: '610124197503121114',
      relation: '户主',
      birthDate: '1975-03-12',
    });
    const typo = parseRecord(members, {
      householdId: 'H1',
      idNumber: '610124201003121112',
      birthDate: '2020-02-30',
    });
    if (!home.ok || !head.ok) throw new Error('the rows should read');
    const { stats } = await checker.check({
      households: [home.record],
      members: [head.record],
      villages: [],
    });
    const income = stats.rules.find(
      (rule) => rule.ruleId === 'national/income-below-line',
    );

    expect(typo.ok).toBe(false);
    expect(typo.ok ? '' : typo.problems[0]?.reason).toBe(
      '2020-02-30 is not a date: 2020-02 has 29 days',
    );
    expect(income?.unknown).toBe(1);
    expect(income?.missing['households.perCapitaNetIncome']).toBe(1);
  });

  it('shows those statements', () => {
    expect(text).toContain(
      "const home = parseRecord(households, { householdId: 'H1', householdType: '贫困户', regionCode: '610124101201', perCapitaNetIncome: '' });",
    );
    expect(text).toContain(
      "const typo = parseRecord(members, { householdId: 'H1', idNumber: '610124201003121112', birthDate: '2020-02-30' });",
    );
    expect(text).toContain(
      '// typo.ok === false; typo.problems[0].reason: 2020-02-30 is not a date: 2020-02 has 29 days',
    );
    expect(text).toContain(
      "// income.unknown === 1; income.missing['households.perCapitaNetIncome'] === 1",
    );
  });
});

describe('docs/writing-a-plugin.md', () => {
  // The guide's fact, as it shows it.
  const onRangerList = defineFact({
    name: 'onRangerList',
    subject: 'member',
    type: 'boolean',
    description: "Whether the forestry department's list names the member.",
    inputs: ['members.idNumber', 'forestry.idNumber'],
    compute: ({ member }, context) => {
      const id = member.idNumber;
      if (id === undefined || !context.lists.has('forestry')) return undefined;
      if (!context.lists.complete('forestry', [id])) return undefined;
      return context.lists.byId('forestry', id).length > 0;
    },
  });
  const offList = defineRule({
    id: 'guide/off-ranger-list',
    subject: 'member',
    category: 'data-error',
    indicator: 'ecology',
    severity: 'low',
    title: '不在护林员名单',
    basis: 'guide',
    department: '林业部门',
    action: '核实',
    conditions: {
      all: [{ fact: 'onRangerList', operator: 'equal', value: false }],
    },
    message: { zh: '不在护林员名单', en: 'Not on the ranger list' },
  });
  const plugin = definePlugin({
    name: 'guide',
    id: 'guide',
    version: '0.0.0',
    extends: [shaanxi],
    facts: [onRangerList],
    rules: [offList],
  });
  const rule = async (data: ReturnType<typeof dataset>) => {
    const checker = createChecker({ plugins: [plugin], asOf: '2020-09-30' });
    const { stats } = await checker.check(data);

    return stats.rules.find((stat) => stat.ruleId === 'guide/off-ranger-list');
  };

  it('has a fact that is unknown without the list, not false', async () => {
    const stat = await rule(dataset());

    expect(stat?.fired).toBe(0);
    // The default family has four members: a couple and two children.
    expect(stat?.unknown).toBe(4);
    expect(stat?.missing['forestry (no file)']).toBe(4);
  });

  it('has a fact that reads the list when it is given', async () => {
    const [head] = family();
    if (!head) throw new Error('a family has a head');
    const stat = await rule(
      dataset({ lists: { forestry: [rangerRow(head)] } }),
    );

    expect(stat?.passed).toBe(1);
    expect(stat?.fired).toBe(3);
  });

  it('shows that fact', () => {
    const text = guide('writing-a-plugin.md');

    expect(text).toContain(
      "    if (id === undefined || !context.lists.has('forestry')) return undefined;",
    );
    expect(text).toContain(
      "    if (!context.lists.complete('forestry', [id])) return undefined;",
    );
    expect(text).toContain(
      "    return context.lists.byId('forestry', id).length > 0;",
    );
  });
});

describe('docs/reading-a-report.md', () => {
  const text = guide('reading-a-report.md');

  it('names every category, severity, action and status as findings.csv shows them', () => {
    const words = [
      ...Object.values(CATEGORY_LABELS),
      ...Object.values(SEVERITY_LABELS),
      ...ACTIONS,
      FINDING_STATUS_LABELS.new,
      FINDING_STATUS_LABELS.persisting,
    ];

    expect(words.filter((word) => !text.includes(word))).toEqual([]);
  });

  it('explains every column of findings.csv', () => {
    const headers = FINDING_COLUMNS.map(([, header]) => header);

    expect(headers.filter((header) => !text.includes(header))).toEqual([]);
  });
});

describe('docs/data-format.md', () => {
  const text = guide('data-format.md');

  it('names every table by key and Chinese name', () => {
    const tables = [
      households,
      members,
      villages,
      ...Object.values(LISTS).map((list) => list.table),
    ];
    const missing = tables.filter(
      (table) =>
        !text.includes(`\`${table.key}\``) || !text.includes(table.name),
    );

    expect(missing.map((table) => table.key)).toEqual([]);
  });

  it('gives every key and header of a finding', () => {
    const missing = FINDING_COLUMNS.filter(
      ([key, header]) => !text.includes(`\`${key}\``) || !text.includes(header),
    );

    expect(missing).toEqual([]);
  });
});

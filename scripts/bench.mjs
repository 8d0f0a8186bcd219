// Compares the compiled evaluator with json-rules-engine's own Engine: the
// full shipped rule set (Shaanxi over national) on the same synthetic
// households, checked through both paths. Prints a table and ends with one
// line: "speedup NNNx over json-rules-engine, findings identical: yes|no".
// A third row measures the facts alone: every fact the rules' conditions
// name, computed once per subject by calling the plugins' functions
// directly, with no engine at all. No evaluator can beat that row, so it
// shows how much of a check is the engine and how much the facts.
//
// Usage: npm run bench [-- --households 4000 --seconds 4]
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';

import { createChecker, createContext } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { writeProvince } from '@duibiao/synthetic';

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '4000' },
    seconds: { type: 'string', default: '4' },
  },
});
const households = Number(values.households);
const seconds = Number(values.seconds);
const AS_OF = '2020-09-30';

const dir = await mkdtemp(join(tmpdir(), 'duibiao-bench-'));
try {
  await writeProvince(dir, { seed: 'bench-2020', households, asOf: AS_OF });
  const { dataset } = await readFolder(dir);

  const paths = {};
  for (const evaluator of ['reference', 'compiled']) {
    const checker = createChecker({
      plugins: [shaanxi],
      asOf: AS_OF,
      evaluator,
    });
    paths[evaluator] = await measure(checker, dataset);
  }

  const facts = measureFacts(
    createChecker({ plugins: [shaanxi], asOf: AS_OF }).ruleSet,
    dataset,
  );

  const { reference, compiled } = paths;
  const same =
    isDeepStrictEqual(reference.result.findings, compiled.result.findings) &&
    isDeepStrictEqual(reference.result.stats, compiled.result.stats);
  const rules = createChecker({ plugins: [shaanxi], asOf: AS_OF }).ruleSet.rules
    .length;
  const subjects = Object.values(compiled.result.stats.subjects).reduce(
    (a, b) => a + b,
    0,
  );

  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`,
  );
  console.log(
    `data: ${dataset.households.length} households, ${dataset.members.length} members, ${dataset.villages.length} villages (${subjects} subjects); ${rules} rules`,
  );
  console.log('');
  const rows = [
    ['path', 'runs', 'seconds', 'households/s', 'subjects/s', 'findings'],
    ...Object.entries(paths).map(([name, p]) => [
      name === 'reference' ? 'json-rules-engine' : 'compiled',
      String(p.runs),
      p.seconds.toFixed(2),
      Math.round(
        (p.runs * dataset.households.length) / p.seconds,
      ).toLocaleString('en'),
      Math.round((p.runs * subjects) / p.seconds).toLocaleString('en'),
      String(p.result.findings.length),
    ]),
    [
      'facts alone, no engine',
      String(facts.runs),
      facts.seconds.toFixed(2),
      Math.round(
        (facts.runs * dataset.households.length) / facts.seconds,
      ).toLocaleString('en'),
      Math.round((facts.runs * subjects) / facts.seconds).toLocaleString('en'),
      '-',
    ],
  ];
  const widths = rows[0].map((_, i) =>
    Math.max(...rows.map((r) => r[i].length)),
  );
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) =>
          i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
        )
        .join('  '),
    );
  }
  console.log('');

  const rate = (p) => p.runs / p.seconds;
  const speedup = Math.round(rate(compiled) / rate(reference));
  console.log(
    `facts alone: ${Math.round(rate(facts) / rate(reference))}x json-rules-engine, ${facts.computed} computations per run; the compiled path spends ${Math.round((100 * rate(facts) ** -1) / rate(compiled) ** -1)}% of its time on what the facts alone take`,
  );
  console.log(
    `speedup ${speedup}x over json-rules-engine, findings identical: ${same ? 'yes' : 'no'}`,
  );
  if (!same) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Computes every fact the rules' conditions name (with their params) for
 * every subject of the rule's kind, again and again for at least
 * `seconds`: the plugins' fact functions called directly, once per
 * subject and fact, as the checker's cache would.
 */
function measureFacts(ruleSet, dataset) {
  const named = new Map();
  for (const rule of ruleSet.rules) {
    const kind = rule.definition.subject;
    const facts = named.get(kind) ?? new Map();
    named.set(kind, facts);
    const visit = (condition) => {
      for (const child of condition.all ?? condition.any ?? []) visit(child);
      if (condition.not) visit(condition.not);
      if (typeof condition.fact !== 'string') return;
      const params = condition.params ?? {};
      const fact = ruleSet.facts.get(kind)?.get(condition.fact);
      if (fact)
        facts.set(`${condition.fact} ${JSON.stringify(params)}`, {
          fact,
          params,
        });
    };
    visit(rule.conditions);
  }
  const toCompute = new Map(
    [...named].map(([kind, facts]) => [kind, [...facts.values()]]),
  );

  const context = createContext(ruleSet, dataset);
  const membersOf = new Map();
  for (const member of dataset.members) {
    const list = membersOf.get(member.householdId) ?? [];
    list.push(member);
    membersOf.set(member.householdId, list);
  }
  const villageOf = new Map(dataset.villages.map((v) => [v.regionCode, v]));
  const subjects = [];
  for (const village of dataset.villages) {
    const households = dataset.households.filter(
      (h) => h.regionCode === village.regionCode,
    );
    subjects.push({ kind: 'village', village, households });
  }
  for (const household of dataset.households) {
    const members = membersOf.get(household.householdId) ?? [];
    const village = villageOf.get(household.regionCode);
    subjects.push({ kind: 'household', household, members, village });
    for (const member of members)
      subjects.push({ kind: 'member', member, household, members, village });
  }

  let computed = 0;
  const once = () => {
    computed = 0;
    for (const subject of subjects) {
      for (const { fact, params } of toCompute.get(subject.kind) ?? []) {
        try {
          fact.compute(subject, context, params);
        } catch {
          // A throwing fact costs what it costs; its error is not wanted here.
        }
        computed += 1;
      }
    }
  };
  once();
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    once();
    runs += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }

  return { runs, seconds: elapsed, computed };
}

/** Checks the data set again and again for at least `seconds`. */
async function measure(checker, dataset) {
  // One run first, unmeasured, so that both paths are measured warm.
  let result = await checker.check(dataset);
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < seconds) {
    result = await checker.check(dataset);
    runs += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }

  return { result, runs, seconds: elapsed };
}

// Compares the compiled evaluator with json-rules-engine's own Engine: the
// full shipped rule set (Shaanxi over national) on the same synthetic
// households, checked through both paths. Prints a table and ends with one
// line: "speedup NNNx over json-rules-engine, findings identical: yes|no".
//
// Usage: npm run bench [-- --households 4000 --seconds 4]
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';

import { createChecker } from '@duibiao/core';
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
    const checker = createChecker({ plugins: [shaanxi], asOf: AS_OF, evaluator });
    paths[evaluator] = await measure(checker, dataset);
  }

  const { reference, compiled } = paths;
  const same =
    isDeepStrictEqual(reference.result.findings, compiled.result.findings) &&
    isDeepStrictEqual(reference.result.stats, compiled.result.stats);
  const rules = createChecker({ plugins: [shaanxi], asOf: AS_OF }).ruleSet
    .rules.length;
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
      Math.round((p.runs * dataset.households.length) / p.seconds).toLocaleString('en'),
      Math.round((p.runs * subjects) / p.seconds).toLocaleString('en'),
      String(p.result.findings.length),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) {
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  }
  console.log('');

  const rate = (p) => p.runs / p.seconds;
  const speedup = Math.round(rate(compiled) / rate(reference));
  console.log(
    `speedup ${speedup}x over json-rules-engine, findings identical: ${same ? 'yes' : 'no'}`,
  );
  if (!same) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
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

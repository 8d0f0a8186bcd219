// One engine's check of a folder, for scripts/bench-sql.mjs: prints JSON
// with the time to read the folder, the time to check it, the findings'
// digest and count, and the peak resident memory (sampled every 50 ms).
// Run: node scripts/bench-sql-run.mjs <in-process|duckdb> <folder>
import { createHash } from 'node:crypto';

import { createChecker } from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { checkInDuckdb } from '@duibiao/sql';

const [engine, folder] = process.argv.slice(2);
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 50);

let start = performance.now();
const read = await readFolder(folder);
const readMs = performance.now() - start;
const checker = createChecker({ plugins: [shaanxi], asOf: '2020-09-30' });
start = performance.now();
const result =
  engine === 'duckdb'
    ? await checkInDuckdb(checker, read.dataset)
    : await checker.check(read.dataset);
const checkMs = performance.now() - start;
sample();
clearInterval(timer);

const rows = read.tables.reduce((n, table) => n + table.read, 0);
const digest = createHash('sha256')
  .update(JSON.stringify(result.findings))
  .digest('hex');
process.stdout.write(
  `${JSON.stringify({
    engine,
    rows,
    households: read.dataset.households.length,
    readMs,
    checkMs,
    findings: result.findings.length,
    digest,
    peakRss: peak,
    sqlRules: result.sql?.ruleIds.length,
    inProcessRules: result.sql?.notCompiled.length,
  })}\n`,
);

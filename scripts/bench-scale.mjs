// Province-scale benchmark: 1,000,000 synthetic households and their
// members as CSV, generated once into a cache outside the repository
// (DUIBIAO_BENCH_DIR, default ~/.cache/duibiao-bench). Prints the rows per
// second of the parse alone (decode and tokenize both files), of the full
// `duibiao check` (the CLI, in a child process, with its peak RSS), and the
// ratio of their times. The department lists and follow-up tables the
// generator writes are removed: a folder with lists is read whole, and
// this measures the registry's two large tables streamed in parts.
//
// Usage: npm run bench:scale [-- --households 1000000 --workers 2]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, cpus, homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { LIST_KEYS, LISTS } from '@duibiao/core';
import { CsvTokenizer, openTextStream } from '@duibiao/io';
import { writeProvince } from '@duibiao/synthetic';

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '1000000' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});
const households = Number(values.households);
const AS_OF = '2020-09-30';
const cache = process.env.DUIBIAO_BENCH_DIR ?? join(homedir(), '.cache', 'duibiao-bench');
const dir = join(cache, `province-${households}`);

if (!existsSync(join(dir, '.complete'))) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = Date.now();
  console.log(`generating ${households.toLocaleString('en')} households into ${dir} (once) …`);
  await writeProvince(dir, { seed: 'scale-2020', households, asOf: AS_OF });
  for (const key of LIST_KEYS)
    await rm(join(dir, `${LISTS[key].table.name}.csv`), { force: true });
  await import('node:fs/promises').then((fs) => fs.writeFile(join(dir, '.complete'), ''));
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const files = ['户信息.csv', '人员信息.csv'];
let bytes = 0;
for (const file of files) bytes += (await stat(join(dir, file))).size;

// The parse alone: both files decoded and tokenized into rows.
let rows = 0;
const parseStart = process.hrtime.bigint();
for (const file of files) {
  const opened = await openTextStream(join(dir, file));
  if (!opened.ok) throw new Error(opened.reason);
  const tokenizer = new CsvTokenizer(',', () => {
    rows += 1;
  });
  for await (const chunk of opened.chunks) tokenizer.push(chunk);
  tokenizer.end();
}
const parseSeconds = Number(process.hrtime.bigint() - parseStart) / 1e9;

// The full check, as a user runs it.
const out = join(tmpdir(), `duibiao-bench-scale-${process.pid}`);
const full = await run(process.execPath, [
  'packages/cli/dist/bin.js',
  'check',
  dir,
  '--as-of',
  AS_OF,
  '--out',
  out,
  '--format',
  'jsonl',
  '--workers',
  values.workers,
  '--quiet',
]);
await rm(out, { recursive: true, force: true });

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}`);
console.log(`input: ${households.toLocaleString('en')} households, ${rows.toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(0)} MiB`);
console.log('');
const table = [
  ['step', 'seconds', 'rows/s', 'peak RSS'],
  ['parse alone', parseSeconds.toFixed(1), Math.round(rows / parseSeconds).toLocaleString('en'), '-'],
  [`full check (--workers ${values.workers})`, full.seconds.toFixed(1), Math.round(rows / full.seconds).toLocaleString('en'), `${(full.peakKb / 1024).toFixed(0)} MiB`],
];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log('');
console.log(`ratio full/parse ${(full.seconds / parseSeconds).toFixed(2)}, full check ${full.seconds.toFixed(1)} s, peak RSS ${(full.peakKb / 1024).toFixed(0)} MiB${full.code === 0 ? '' : `, exit code ${full.code}`}`);

/** Runs a command, measuring its wall time and peak RSS (from /usr/bin/time when present). */
function run(command, args) {
  const timed = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(timed ? '/usr/bin/time' : command, timed ? ['-f', '%M', command, ...args] : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peakKb = Number(stderr.trim().split('\n').at(-1)) || Number.NaN;
      if (code !== 0) console.error(stderr);
      resolve({ seconds, peakKb, code });
    });
  });
}

// Province-scale DuckDB benchmark: a registry-only synthetic province
// (户信息 and 人员信息 as CSV, 村信息; the department lists removed, as
// bench:scale has it, so both engines check it in parts) checked by the
// CLI with each engine in a process of its own — wall time, rows a
// second, peak RSS (from /usr/bin/time) — whether their findings.jsonl
// are byte-identical, and DuckDB's bare scan of the same two files as
// CSV and as Parquet (written once from them) for the ratio issue 8 asks
// about. With --engines duckdb, DuckDB alone (for 5M households).
// The province is generated once into DUIBIAO_BENCH_DIR (default
// ~/.cache/duibiao-bench), shared with bench:scale.
//
// Usage: npm run bench:sql-scale [-- --households 1000000 --engines in-process,duckdb]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { LIST_KEYS, LISTS } from '@duibiao/core';
import { writeProvince } from '@duibiao/synthetic';

import { bareScan } from './duckdb-bare-scan.mjs';

const { values } = parseArgs({
  options: {
    households: { type: 'string', default: '1000000' },
    engines: { type: 'string', default: 'in-process,duckdb' },
  },
});
const households = Number(values.households);
const engines = values.engines.split(',').filter((e) => e !== '');
if (
  !Number.isInteger(households) ||
  households < 10 ||
  engines.some((e) => e !== 'in-process' && e !== 'duckdb')
) {
  console.error(
    'usage: bench-sql-scale.mjs [--households N (≥ 10)] [--engines in-process,duckdb]',
  );
  process.exit(2);
}
const AS_OF = '2020-09-30';
const cache =
  process.env.DUIBIAO_BENCH_DIR ?? join(homedir(), '.cache', 'duibiao-bench');
const dir = join(cache, `province-${households}`);

if (!existsSync(join(dir, '.complete'))) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = Date.now();
  console.log(
    `generating ${households.toLocaleString('en')} households into ${dir} (once) …`,
  );
  await writeProvince(dir, { seed: 'scale-2020', households, asOf: AS_OF });
  for (const key of LIST_KEYS)
    await rm(join(dir, `${LISTS[key].table.name}.csv`), { force: true });
  await writeFile(join(dir, '.complete'), '');
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// DuckDB's own reader on the same two registry files, CSV and Parquet.
const { csvScan, parquetScan } = await bareScan(dir);

// Each engine's check, as a user runs it.
const results = {};
for (const engine of engines) {
  const out = join(
    tmpdir(),
    `duibiao-bench-sql-scale-${engine}-${process.pid}`,
  );
  const args = [
    'packages/cli/dist/bin.js',
    'check',
    dir,
    '--as-of',
    AS_OF,
    '--out',
    out,
    '--format',
    'jsonl',
    '--quiet',
    ...(engine === 'duckdb' ? ['--engine', 'duckdb'] : ['--workers', '2']),
  ];
  console.log(`checking with ${engine} …`);
  const run = await timed(process.execPath, args);
  const findings = join(out, 'findings.jsonl');
  results[engine] = {
    ...run,
    digest: existsSync(findings) ? await sha256(findings) : null,
    findings: existsSync(findings) ? await countLines(findings) : null,
  };
  await rm(out, { recursive: true, force: true });
}

const rows = csvScan.rows;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (ms) => Math.round((rows / ms) * 1000).toLocaleString('en');
console.log(`
duibiao bench:sql-scale — ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}
${households.toLocaleString('en')} households, ${rows.toLocaleString('en')} rows in 户信息 and 人员信息 (registry only)
DuckDB bare scan: CSV ${s(csvScan.ms)} (${perSecond(csvScan.ms)} rows/s), Parquet ${s(parquetScan.ms)} (${perSecond(parquetScan.ms)} rows/s)
engine       check     rows/s     peak RSS    findings  exit`);
for (const [engine, r] of Object.entries(results))
  console.log(
    `${engine.padEnd(12)} ${s(r.ms).padEnd(9)} ${perSecond(r.ms).padEnd(10)} ${`${Math.round(r.peakKb / 1024)} MiB`.padEnd(11)} ${String(r.findings).padEnd(9)} ${r.code}`,
  );
if (results.duckdb)
  console.log(
    `DuckDB check / bare CSV scan: ${(results.duckdb.ms / csvScan.ms).toFixed(1)}x, / bare Parquet scan: ${(results.duckdb.ms / parquetScan.ms).toFixed(1)}x (target at most 3x)`,
  );
if (results.duckdb && results['in-process'])
  console.log(
    `DuckDB check / in-process check: ${(results.duckdb.ms / results['in-process'].ms).toFixed(2)}x; findings.jsonl identical: ${results.duckdb.digest !== null && results.duckdb.digest === results['in-process'].digest ? 'yes' : 'no'}`,
  );
const failed = Object.values(results).some((r) => r.code !== 0);
const differ =
  results.duckdb &&
  results['in-process'] &&
  results.duckdb.digest !== results['in-process'].digest;
process.exit(failed || differ ? 1 : 0);

/** Runs a command: wall time, exit code and peak RSS (/usr/bin/time). */
function timed(command, args) {
  const withTime = existsSync('/usr/bin/time');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      withTime ? '/usr/bin/time' : command,
      withTime ? ['-f', '%M', command, ...args] : args,
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => {
      const peakKb = Number(stderr.trim().split('\n').at(-1)) || Number.NaN;
      if (code !== 0) console.error(stderr);
      resolve({ ms: performance.now() - started, peakKb, code });
    });
  });
}

async function sha256(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

async function countLines(path) {
  let lines = 0;
  for await (const chunk of createReadStream(path))
    for (const byte of chunk) if (byte === 0x0a) lines += 1;
  return lines;
}

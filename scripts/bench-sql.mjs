// DuckDB against the in-process engine on a synthetic province: each
// engine's check in a process of its own (rows a second, peak memory),
// whether their findings are identical, and DuckDB's bare scan of the
// province's two largest files (CSV, and Parquet written from them) for
// the ratio the issue asks about. The province is written once and kept
// in the system's temporary folder for the next run.
// Run: node scripts/bench-sql.mjs [households]   (default 20,000)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { writeProvince } from '@duibiao/synthetic';

import { bareScan } from './duckdb-bare-scan.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const households = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(households) || households < 10) {
  console.error('usage: node scripts/bench-sql.mjs [households, at least 10]');
  process.exit(2);
}

const dir = join(tmpdir(), `duibiao-bench-sql-${households}`);
if (!existsSync(join(dir, 'README.md'))) {
  console.log(
    `writing ${households.toLocaleString('en')} households to ${dir} …`,
  );
  await writeProvince(dir, {
    seed: 'bench-sql',
    households,
    asOf: '2020-09-30',
  });
}

const check = async (engine) => {
  const { stdout } = await run(
    process.execPath,
    [join(root, 'scripts', 'bench-sql-run.mjs'), engine, dir],
    { cwd: root, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout);
};
const own = await check('in-process');
const duck = await check('duckdb');

// DuckDB's own reader on the same two registry files, CSV and Parquet.
const { csvScan, parquetScan } = await bareScan(dir);

const perSecond = (rows, ms) =>
  Math.round((rows / ms) * 1000).toLocaleString('en');
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MiB`;
console.log(`
duibiao bench:sql — ${own.households.toLocaleString('en')} households, ${own.rows.toLocaleString('en')} rows in all tables
engine       read     check    check rows/s   peak RSS   findings
in-process   ${s(own.readMs).padEnd(8)} ${s(own.checkMs).padEnd(8)} ${perSecond(own.rows, own.checkMs).padEnd(14)} ${mb(own.peakRss).padEnd(10)} ${own.findings}
duckdb       ${s(duck.readMs).padEnd(8)} ${s(duck.checkMs).padEnd(8)} ${perSecond(duck.rows, duck.checkMs).padEnd(14)} ${mb(duck.peakRss).padEnd(10)} ${duck.findings}
rules: ${duck.sqlRules} judged in DuckDB, ${duck.inProcessRules} in-process
DuckDB bare scan of 户信息 and 人员信息: CSV ${s(csvScan.ms)} (${perSecond(csvScan.rows, csvScan.ms)} rows/s), Parquet ${s(parquetScan.ms)} (${perSecond(parquetScan.rows, parquetScan.ms)} rows/s)
DuckDB check / bare CSV scan: ${(duck.checkMs / csvScan.ms).toFixed(1)}x (target at most 3x)
findings identical: ${own.digest === duck.digest ? 'yes' : 'no'}`);
process.exit(own.digest === duck.digest ? 0 : 1);

// Fault isolation at a larger size: runs test/e2e/fault-isolation.test.ts
// on a synthetic province of 20,000 households (or the size given), with
// 1 % of the rows of its households, members and every list and
// follow-up table damaged, and prints what was damaged, what the check
// rejected by reason, and how long each step took. The test's assertions hold as in
// npm test; a failure is printed by vitest and the script exits 1.
// Run: node scripts/bench-faults.mjs [households]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const households = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(households) || households < 10) {
  console.error(
    'usage: node scripts/bench-faults.mjs [households, at least 10]',
  );
  process.exit(2);
}

const dir = await mkdtemp(join(tmpdir(), 'duibiao-bench-faults-'));
const figures = join(dir, 'figures.json');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const code = await new Promise((resolve) => {
  const child = spawn(
    process.execPath,
    [vitest, 'run', 'test/e2e/fault-isolation.test.ts'],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        DUIBIAO_FAULT_HOUSEHOLDS: String(households),
        DUIBIAO_FAULT_FIGURES: figures,
      },
    },
  );
  child.on('exit', (status) => resolve(status ?? 1));
});

try {
  const result = JSON.parse(await readFile(figures, 'utf8'));
  print(result);
} catch {
  console.error('no figures were written: the test did not get that far');
}
await rm(dir, { recursive: true, force: true });
process.exit(code);

function print(result) {
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    '',
    `fault isolation, ${result.households.toLocaleString('en')} households`,
    `  province written in ${seconds(result.writeMs)}, damaged in ${seconds(result.damageMs)}`,
    `  check as written: ${seconds(result.wholeCheckMs)}; damaged: ${seconds(result.damagedCheckMs)}`,
    `  households touched by the damage (findings may change): ${result.touchedHouseholds}`,
    '',
    '  table               read   damaged  rejected  by reason',
  ];
  for (const [table, rows] of Object.entries(result.rows)) {
    if (rows.rejected === 0) continue;
    const damaged = Object.values(result.damaged[table] ?? {}).reduce(
      (sum, n) => sum + n,
      0,
    );
    const reasons = Object.entries(result.rejectedByReason[table] ?? {})
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ');
    lines.push(
      `  ${table.padEnd(16)}${String(rows.read).padStart(8)}${String(damaged).padStart(10)}${String(rows.rejected).padStart(10)}  ${reasons}`,
    );
  }
  console.log(lines.join('\n'));
}

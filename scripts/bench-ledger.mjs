// The findings ledger at a province's size: records two runs of N
// findings (the second with a tenth of them new and a tenth gone), lists
// the open ones, writes their verification sheets, reads them back, and
// makes the dispatch report. Prints each step's time and rate.
//
//   npm run build && node scripts/bench-ledger.mjs [findings, default 100000]
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  dispatchReport,
  importVerificationSheets,
  Ledger,
  writeVerificationSheets,
} from '../packages/ledger/dist/index.js';

const count = Number(process.argv[2] ?? 100_000);
const dir = await mkdtemp(join(tmpdir(), 'duibiao-bench-ledger-'));

/** A finding of household `i`: 20 counties of 10 townships. */
function finding(i) {
  const county = i % 20;
  const township = Math.floor(i / 20) % 10;
  return {
    findingId: i.toString(16).padStart(16, '0'),
    ruleId: 'national/income-below-line',
    category: 'policy-gap',
    indicator: 'income',
    severity: 'high',
    regionCode: `61${String(county).padStart(4, '0')}${String(township).padStart(3, '0')}201`,
    county: `县${county}`,
    township: `镇${township}`,
    village: '一村',
    householdId: `H${i}`,
    memberId: null,
    message: `户 H${i} 人均纯收入 3500 元，低于 4000 元`,
    basis: '陕脱贫发〔2020〕9号 二（一）',
    department: '扶贫部门',
    action: '核实',
    data: { perCapitaNetIncome: 3500 },
  };
}

const timed = async (label, work) => {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${Math.round(
      count / (ms / 1000),
    )
      .toLocaleString('en')
      .padStart(9)} findings/s`,
  );
  return result;
};

try {
  const ledger = Ledger.open(join(dir, 'ledger.db'), { create: true });
  const first = Array.from({ length: count }, (_, i) => finding(i));
  const second = Array.from({ length: count }, (_, i) =>
    finding(i + Math.floor(count / 10)),
  );
  const run = (asOf, findings) =>
    ledger.recordRun({
      asOf,
      folder: 'p',
      plugin: 'shaanxi',
      findings,
      deadline: () => '2020-10-15',
    });
  console.log(`${count.toLocaleString('en')} findings, 2 cores`);
  await timed('record run 1 (all new)', () => run('2020-09-30', first));
  await timed('record run 2 (a tenth new, a tenth gone)', () =>
    run('2020-10-15', second),
  );
  const open = await timed('list the open findings', () =>
    ledger.entries({ present: true, open: true }),
  );
  const files = await timed(
    `write ${open.length.toLocaleString('en')} rows of sheets`,
    () =>
      writeVerificationSheets(open, {
        out: join(dir, 'sheets'),
        asOf: '2020-10-15',
      }),
  );
  const paths = (await readdir(join(dir, 'sheets'))).map((f) =>
    join(dir, 'sheets', f),
  );
  const imported = await timed(
    `read back ${files.length} sheets (nothing filled)`,
    () => importVerificationSheets(ledger, paths, { on: '2020-10-15' }),
  );
  console.log(
    `  ${imported.rows} rows, ${imported.untouched} untouched, ${imported.problems.length} problems`,
  );
  const report = await timed('dispatch report', () =>
    dispatchReport(ledger.entries(), { asOf: '2020-10-20' }),
  );
  console.log(
    `  ${report.counties.length} counties, province total ${report.province.total}`,
  );
  ledger.close();
  console.log(
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}

// Measures the memory writeProvince needs, to show that it streams: the
// peak heap should hardly grow between 10,000 and 100,000 households.
// Not a unit test (timings and heaps vary by machine); run it by hand:
//
//   npm run build -w @duibiao/core -w @duibiao/synthetic
//   node --expose-gc test/e2e/synthetic-memory.mjs 100000
//
// It prints the peak heap and RSS sampled every 50 ms, and the heap after
// a forced collection at the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { writeProvince } from '../../packages/synthetic/dist/index.js';

const households = Number(process.argv[2] ?? 100_000);
const dir = await mkdtemp(join(tmpdir(), 'duibiao-memory-'));
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

globalThis.gc?.();
const before = process.memoryUsage();
let peakHeap = before.heapUsed;
let peakRss = before.rss;
const timer = setInterval(() => {
  const now = process.memoryUsage();
  peakHeap = Math.max(peakHeap, now.heapUsed);
  peakRss = Math.max(peakRss, now.rss);
}, 50);

const started = Date.now();
const summary = await writeProvince(dir, { seed: 'memory', households, asOf: '2020-09-30' });
const seconds = (Date.now() - started) / 1000;
clearInterval(timer);
globalThis.gc?.();
const after = process.memoryUsage();

console.log(
  [
    `households ${summary.households}, members ${summary.members}, villages ${summary.villages}, counties ${summary.counties.length}`,
    `time ${seconds.toFixed(1)} s (${Math.round(summary.households / seconds)} households/s)`,
    `heap before ${mb(before.heapUsed)}, peak ${mb(peakHeap)}, after gc ${mb(after.heapUsed)}`,
    `rss before ${mb(before.rss)}, peak ${mb(peakRss)}`,
  ].join('\n'),
);
await rm(dir, { recursive: true, force: true });

// Writes docs/report.png: the HTML report of the bundled sample as of
// 2020-09-30, opened in Debian's Chromium (apt-get install chromium), the
// top 1280 × 1500 pixels. Run after npm run build:
//   node scripts/report-screenshot.mjs
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { main } from '@duibiao/cli';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const target = join(root, 'docs', 'report.png');
const work = await mkdtemp(join(tmpdir(), 'duibiao-report-png-'));

try {
  const code = await main(
    ['check', 'examples/sample-province', '--as-of', '2020-09-30'].concat([
      '--format',
      'html',
      '--out',
      join(work, 'out'),
      '--quiet',
    ]),
    { cwd: root, stdout: () => undefined, stderr: (t) => console.error(t) },
  );
  if (code !== 0) throw new Error(`duibiao check exited with ${code}`);

  // A profile of its own, and nothing that reaches out on its own.
  const context = await chromium.launchPersistentContext(
    join(work, 'profile'),
    {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 1500 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pathToFileURL(join(work, 'out', 'report.html')).href);
    await page.screenshot({ path: target });
  } finally {
    await context.close();
  }
  console.log(`wrote ${target}`);
} finally {
  await rm(work, { recursive: true, force: true });
}

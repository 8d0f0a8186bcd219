import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { main } from '@duibiao/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type BrowserSession,
  HAS_CHROMIUM,
  NO_CHROMIUM,
  openBrowser,
} from './chromium.js';

/**
 * report.html of input whose names are markup and script, opened in
 * headless Chromium: the page shows them as text, runs none of them and
 * logs no error. The page's own policy allows inline scripts, so only
 * escaping stands between a village's name and the page.
 *
 * Each value is a village name (村名) and the 户编号 of its one 贫困户,
 * who lives on 3,500 yuan a head: as of 2020-09-30 each household gets
 * national/income-below-line (3,500 < 4,000), 10 findings in all, each
 * showing its village and household in the table.
 */
const VALUES = [
  '</script><img src=x onerror="window.pwned=1">',
  '<script>window.pwned=2</script>',
  '"><svg onload="window.pwned=3">',
  "'-alert(4)-'",
  '<!--',
  '${window.pwned=6}',
  'a\u2028b\u2029c',
  '&lt;b&gt;',
  '<b>bold</b>',
  'javascript:alert(10)',
];

let dir: string;
let browser: BrowserSession;

async function writeFolder(): Promise<void> {
  const input = join(dir, 'in');
  await mkdir(input);
  const code = (i: number) => `6101241012${String(10 + i)}`;
  const households = VALUES.map((value, i) => ({
    户编号: value,
    行政区划代码: code(i),
    户类型: '贫困户',
    人均纯收入: 3500,
  }));
  const villages = VALUES.map((value, i) => ({
    行政区划代码: code(i),
    村名: value,
  }));
  await writeFile(join(input, 'households.json'), JSON.stringify(households));
  await writeFile(join(input, 'villages.json'), JSON.stringify(villages));
}

describe.skipIf(!HAS_CHROMIUM)(
  'report.html of hostile names in Chromium',
  () => {
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'duibiao-report-hostile-'));
      await writeFolder();
      let stderr = '';
      const code = await main(
        ['check', 'in', '--as-of', '2020-09-30', '--format', 'html', '--quiet'],
        {
          cwd: dir,
          stdout: () => undefined,
          stderr: (text) => (stderr += text),
        },
      );
      expect([code, stderr]).toEqual([0, '']);
      browser = await openBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('shows every name as text, runs none, opens no dialog and logs no error', async () => {
      const { page } = browser;
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(join(dir, 'out', 'report.html')).href);
      await page.locator('#findings tbody tr').first().waitFor();

      const seen = await page.evaluate(() => {
        const table = document.getElementById('findings') as HTMLTableElement;
        const header = Array.from(table.tHead!.rows[0]!.cells).map(
          (c) => c.textContent,
        );
        const at = (name: string) => header.indexOf(name);
        const rows = Array.from(table.tBodies[0]!.rows).map((row) => ({
          village: row.cells[at('村')]!.textContent,
          household: row.cells[at('户编号')]!.textContent,
        }));

        return {
          rows,
          pwned: (window as unknown as { pwned?: number }).pwned,
          injected: document.querySelectorAll('img, svg, b, main script')
            .length,
          scripts: document.scripts.length,
        };
      });

      expect(dialogs).toEqual([]);
      expect(browser.errors).toEqual([]);
      expect(seen.pwned).toBeUndefined();
      expect(seen.injected).toBe(0);
      expect(seen.scripts).toBe(3);
      expect(seen.rows.map((row) => row.village).sort()).toEqual(
        [...VALUES].sort(),
      );
      // A 户编号 is read as Excel reads a code: a leading apostrophe marks
      // text and is dropped.
      const households = VALUES.map((value) => value.replace(/^'/, ''));
      expect(seen.rows.map((row) => row.household).sort()).toEqual(
        households.sort(),
      );
    });
  },
);

describe.skipIf(HAS_CHROMIUM)(
  'report.html of hostile names in Chromium',
  () => {
    it(NO_CHROMIUM, () => undefined);
  },
);

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { dispatchReport, writeDispatchHtml } from '@duibiao/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchFixture } from '../../packages/ledger/src/reports/__fixtures__/dispatch.js';
import {
  type BrowserSession,
  HAS_CHROMIUM,
  NO_CHROMIUM,
  openBrowser,
} from './chromium.js';

/**
 * The dispatch report's page (调度通报) in headless Chromium, made from
 * the reports' fixture of two counties as of 2020-10-15 (see its table),
 * 甲县 renamed `<b>甲县` to see that a name stays text.
 */
let dir: string;
let browser: BrowserSession;

describe.skipIf(!HAS_CHROMIUM)('the dispatch page in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'duibiao-dispatch-html-'));
    const report = dispatchReport(dispatchFixture('<b>甲县'), {
      asOf: '2020-10-15',
    });
    await writeDispatchHtml(join(dir, 'dispatch.html'), report);
    browser = await openBrowser();
    await browser.page.goto(pathToFileURL(join(dir, 'dispatch.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('draws the counties and each county, loads nothing and logs no error', async () => {
    const charts = await browser.page.evaluate(() =>
      Array.from(document.querySelectorAll('canvas'), (canvas) => {
        const chart = (window as any).Chart.getChart(canvas);
        return [
          canvas.id,
          chart.data.labels,
          chart.data.datasets.map((set: any) => [set.label, set.data]),
        ];
      }),
    );
    // Bars: cleared, open (not cleared, not overdue), overdue.
    // 乙县: cleared b1, b3; overdue b2 (已复核, due 10-14), b4; open none.
    // <b>甲县: cleared a3, a4; overdue a1; open a2 (due on the day), a5.
    expect(charts[0]).toEqual([
      'chart-counties',
      ['乙县', '<b>甲县'],
      [
        ['已解决', [2, 2]],
        ['在办', [0, 2]],
        ['逾期', [2, 1]],
      ],
    ]);
    expect(charts).toHaveLength(3);
    expect(browser.errors).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith('file:'))).toEqual(
      [],
    );
    // The name is text, never markup.
    expect(await browser.page.locator('b').count()).toBe(0);
  });
});

describe.skipIf(HAS_CHROMIUM)('the dispatch page in Chromium', () => {
  it.skip(NO_CHROMIUM, () => undefined);
});

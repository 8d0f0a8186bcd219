import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { CATEGORIES } from '@duibiao/core';
import { chartPage, escapeHtml } from '@duibiao/io';

import {
  type ChartBar,
  type DispatchChartData,
  drawDispatchCharts,
} from './dispatch-chart.js';
import type { DispatchCounts, DispatchReport } from './dispatch-report.js';
import { COUNT_HEADERS, percent, signed } from './report-text.js';

/** The id of the element that holds the page's data. */
const DATA_ID = 'dispatch-data';

/** The three parts of a bar, as the charts name them. */
const PARTS: DispatchChartData['labels'] = ['已解决', '在办', '逾期'];

/** What the dispatch page adds to the findings report's styles. */
const EXTRA_STYLE = `
td.number, th.number { text-align: right; }
tr.total td { font-weight: 600; }
.notes { font-size: 13px; color: #4b5563; }
.notes li { margin: 2px 0; }
`;

/**
 * Makes the page of a dispatch report: one HTML file that needs nothing
 * else — Chart.js, the script, the styles and the data are inside it and
 * a content security policy forbids it to load anything. It shows a
 * stacked bar chart of the counties (cleared, open, overdue), one of each
 * county's townships, the ranking and township tables, and the
 * definitions. Every name is escaped; the data sits in a JSON script
 * element.
 *
 * @param report - From `dispatchReport`.
 * @returns The page's HTML.
 * @throws The file system's error when Chart.js cannot be read.
 * @example
 * const html = await dispatchHtml(report);
 */
export async function dispatchHtml(report: DispatchReport): Promise<string> {
  const data: DispatchChartData = {
    labels: PARTS,
    counties: report.counties.map((c) => barOf(c.county, c)),
    townships: report.counties.map((c) =>
      c.townships.map((t) => barOf(t.township, t)),
    ),
  };
  const { province } = report;
  const facts = [
    `基准日 ${report.asOf}`,
    `上期通报 ${report.previousAsOf ?? '无'}`,
    `问题 ${province.total} 条`,
    `核实率 ${percent(province.verifiedShare)}`,
    `解决率 ${percent(province.clearedShare)}`,
    `逾期 ${province.overdue} 条`,
  ];

  const figure = (id: string, caption: string, wide = false) =>
    `<figure${wide ? ' class="wide"' : ''}><figcaption>${escapeHtml(caption)}</figcaption>` +
    `<div class="chart"><canvas id="${id}" role="img" aria-label="${escapeHtml(caption)}"></canvas></div></figure>`;
  const charts = [
    figure('chart-counties', '各县区问题解决情况', true),
    ...report.counties.map((c, i) =>
      figure(`chart-county-${i}`, `${c.county}各乡镇`),
    ),
  ];
  const script = `(function () {\n'use strict';\n${drawDispatchCharts.toString()}\n${drawDispatchCharts.name}(JSON.parse(document.getElementById(${JSON.stringify(DATA_ID)}).textContent), window.Chart);\n})();`;

  return chartPage({
    heading: '对标补短工作调度通报',
    asOf: report.asOf,
    facts,
    main: `<section class="charts">
${charts.join('\n')}
</section>
<section>
<h2>县区排名</h2>
<div class="table-box"><table>
${rankingTable(report)}
</table></div>
</section>
<section>
<h2>乡镇明细</h2>
<div class="table-box"><table>
${townshipTable(report)}
</table></div>
</section>
<section class="notes">
<h2>说明</h2>
<ol>${report.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ol>
</section>`,
    dataId: DATA_ID,
    data,
    script,
    style: EXTRA_STYLE,
  });
}

/**
 * Writes the page of a dispatch report (see {@link dispatchHtml}).
 *
 * @param path - The file, such as `out/调度通报.html`; parent folders are
 * created.
 * @param report - From `dispatchReport`.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written or
 * Chart.js cannot be read.
 * @example
 * await writeDispatchHtml('out/调度通报.html', report);
 */
export async function writeDispatchHtml(
  path: string,
  report: DispatchReport,
): Promise<void> {
  const html = await dispatchHtml(report);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, html, 'utf8');
}

function barOf(name: string, counts: DispatchCounts): ChartBar {
  return {
    name,
    cleared: counts.cleared,
    open: counts.total - counts.cleared - counts.overdue,
    overdue: counts.overdue,
  };
}

function countCells(counts: DispatchCounts): string[] {
  return [
    String(counts.total),
    ...CATEGORIES.map((category) => String(counts.byCategory[category])),
    String(counts.verified),
    percent(counts.verifiedShare),
    String(counts.cleared),
    percent(counts.clearedShare),
    String(counts.overdue),
  ];
}

function tableRow(cells: readonly string[], places: number, tag = 'td') {
  const cell = (text: string, index: number) =>
    index < places
      ? `<${tag}>${escapeHtml(text)}</${tag}>`
      : `<${tag} class="number">${escapeHtml(text)}</${tag}>`;

  return cells.map(cell).join('');
}

function rankingTable(report: DispatchReport): string {
  const head = ['排名', '县区', ...COUNT_HEADERS, '较上期问题数'];
  head.push('较上期已解决', '较上期逾期');
  const rows = report.counties.map((c) => [
    c.rank === null ? '—' : String(c.rank),
    c.county,
    ...countCells(c),
    signed(c.change?.total),
    signed(c.change?.cleared),
    signed(c.change?.overdue),
  ]);
  const total = ['', '合计', ...countCells(report.province), '', '', ''];

  return [
    `<thead><tr>${tableRow(head, 2, 'th')}</tr></thead><tbody>`,
    ...rows.map((row) => `<tr>${tableRow(row, 2)}</tr>`),
    `<tr class="total">${tableRow(total, 2)}</tr></tbody>`,
  ].join('\n');
}

function townshipTable(report: DispatchReport): string {
  const head = ['县区', '乡镇', ...COUNT_HEADERS];
  const rows = report.counties.flatMap((c) =>
    c.townships.map((t) => [t.county, t.township, ...countCells(t)]),
  );

  return [
    `<thead><tr>${tableRow(head, 2, 'th')}</tr></thead><tbody>`,
    ...rows.map((row) => `<tr>${tableRow(row, 2)}</tr>`),
    '</tbody>',
  ].join('\n');
}

import type { Finding, FindingStatus } from '@duibiao/core';

import { chartPage } from './chart-page.js';
import { pageData } from './report-page/page-data.js';
import { pageScript } from './report-page/page-script.js';
import type { Summary } from './summary.js';

/** What {@link reportHtml} makes a page of. */
export interface ReportHtmlInput {
  /** The findings of a check, with `status` when it was compared. */
  findings: readonly (Finding & {
    /** `new` or `persisting` when the run was compared with an earlier one. */
    status?: FindingStatus;
  })[];
  /** The run's summary: its date, plugins, folder and counts. */
  summary: Pick<Summary, 'asOf' | 'plugins' | 'folder' | 'diff'>;
}

/** Options of {@link reportHtml} and `writeReportHtml`. */
export interface ReportHtmlOptions {
  /**
   * Write ID numbers in full. Only for staff entitled to see them.
   *
   * @default false
   */
  unmask?: boolean;
}

/** The id of the element that holds the page's data. */
const DATA_ID = 'report-data';

/**
 * Makes the HTML report of a check: one page that needs nothing else, for
 * people to open in a browser. It draws findings by category per county,
 * by indicator and by severity, and new, persisting and resolved against
 * an earlier run when the summary has a `diff`, and lists the findings in
 * a table with a search box and filters by county, township, category,
 * severity (and status). Chart.js, the page's script, its styles and its
 * data are all inside it: it loads nothing, and a content security policy
 * forbids it to. ID numbers are masked (`6101**********123X`) unless
 * `unmask` is set.
 *
 * @param input - The findings and the run's summary.
 * @param options - Whether to write ID numbers in full.
 * @returns The page's HTML.
 * @throws The file system's error when Chart.js cannot be read.
 * @example
 * const html = await reportHtml({ findings, summary });
 */
export async function reportHtml(
  input: ReportHtmlInput,
  options: ReportHtmlOptions = {},
): Promise<string> {
  const unmask = options.unmask ?? false;
  const { summary } = input;
  const data = pageData({
    findings: input.findings,
    diff: summary.diff,
    unmask,
  });

  const plugins = summary.plugins.map((p) => `${p.name} ${p.version}`);
  const facts = [
    `核查基准日 ${summary.asOf}`,
    `数据 ${summary.folder}`,
    `规则 ${plugins.join('、')}`,
    `问题 ${input.findings.length} 条`,
    unmask ? '证件号码未脱敏（--unmask）' : '证件号码已脱敏',
  ];
  if (summary.diff) {
    const { new: added, persisting, resolved } = summary.diff;
    facts.push(
      `与 ${summary.diff.previous} 比较：新发现 ${added}，持续存在 ${persisting}，已解决 ${resolved}`,
    );
  }

  const figure = (id: string, caption: string, className = '') =>
    `<figure class="${className}"><figcaption>${caption}</figcaption>` +
    `<div class="chart">` +
    `<canvas id="${id}" role="img" aria-label="${caption}"></canvas></div></figure>`;
  const charts = [
    figure('chart-county', '各县区问题类别', 'wide'),
    figure('chart-indicator', '各指标问题数'),
    figure('chart-severity', '严重程度'),
    summary.diff ? figure('chart-status', '与上次核查比较') : '',
  ];
  return chartPage({
    heading: '对标补短问题核查报告',
    asOf: summary.asOf,
    facts,
    main: `<section class="charts">
${charts.join('\n')}
</section>
<section>
<h2>问题清单</h2>
<div class="filters">
<input type="search" id="search" placeholder="搜索户编号、村、问题描述…" aria-label="搜索">
<select id="filter-county" aria-label="县区"></select>
<select id="filter-township" aria-label="乡镇"></select>
<select id="filter-category" aria-label="问题类别"></select>
<select id="filter-severity" aria-label="严重程度"></select>
<select id="filter-status" aria-label="状态"></select>
<span id="row-count" aria-live="polite"></span>
</div>
<div class="table-box"><table id="findings"></table></div>
<button type="button" id="show-more" hidden>显示更多</button>
</section>`,
    dataId: DATA_ID,
    data,
    script: pageScript(DATA_ID),
  });
}

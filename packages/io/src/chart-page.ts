import { loadChartLibrary } from './chart-library.js';
import { escapeHtml, scriptCode, scriptJson } from './html-text.js';
import { PAGE_STYLE } from './report-page/page-style.js';

/** What {@link chartPage} makes a page of. */
export interface ChartPageParts {
  /** The page's heading and title, such as `对标补短工作调度通报`. */
  heading: string;
  /** Its date, added to the title. */
  asOf: string;
  /** Lines under the heading (date, source, counts); escaped here. */
  facts: readonly string[];
  /** HTML of the page's main part: its charts, tables and notes, escaped by the caller. */
  main: string;
  /** The id of the script element that holds `data`. */
  dataId: string;
  /** The data the page's script draws, as JSON. */
  data: unknown;
  /** The page's own script, run after Chart.js has set `window.Chart`. */
  script: string;
  /** Styles added to the findings report's. */
  style?: string;
}

/**
 * Makes a report page that needs nothing else: the findings report's
 * styles, a content security policy that lets it load nothing, the
 * heading and facts (escaped), the caller's main part, the data in a JSON
 * script element, Chart.js inlined with its licences, and the page's
 * script. The HTML report and the dispatch report are both made by it.
 *
 * @param parts - The heading, facts, main part, data and script.
 * @returns The page's HTML.
 * @throws The file system's error when Chart.js cannot be read.
 * @example
 * const html = await chartPage({ heading: '调度通报', asOf, facts, main, dataId: 'd', data, script });
 */
export async function chartPage(parts: ChartPageParts): Promise<string> {
  const chart = await loadChartLibrary();
  // The licence goes in a comment; one closing it early would end it.
  const notice = chart.notice.replaceAll('*/', '* /');

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<title>${escapeHtml(parts.heading)} ${escapeHtml(parts.asOf)}</title>
<style>${PAGE_STYLE}${parts.style ?? ''}</style>
</head>
<body>
<header>
<h1>${escapeHtml(parts.heading)}</h1>
<p class="meta">${parts.facts.map(escapeHtml).join(' · ')}</p>
</header>
<main>
${parts.main}
</main>
<script type="application/json" id="${escapeHtml(parts.dataId)}">${scriptJson(parts.data)}</script>
<script>${scriptCode(`/*\n${notice}\n*/\n${chart.code}`)}</script>
<script>${scriptCode(parts.script)}</script>
</body>
</html>
`;
}

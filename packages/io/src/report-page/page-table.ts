/// <reference lib="dom" />
import type { PageData, PageFinding } from './page-data.js';

// The functions of this file are written into report.html by their
// source text, as top-level functions of the page's script. So each uses
// nothing but its parameters, the browser and the other functions listed
// in page-script.ts: no imports (types aside) and no module-level values.

/** What the table is filtered by; `''` lets every row through. */
export interface PageQuery {
  /** Text to look for, in any case, in the row's fields. */
  search: string;
  /** A county, as {@link placeValue} of the county. */
  county: string;
  /** A township, as {@link placeValue} of the county and township. */
  township: string;
  category: string;
  severity: string;
  status: string;
}

/**
 * The value of a county's or a township's option: the names as JSON, so
 * that a county without a name is an option of its own.
 *
 * @param names - The county, or the county and the township.
 * @returns The option's value.
 */
export function placeValue(...names: (string | null)[]): string {
  return JSON.stringify(names);
}

/**
 * The text a search looks in: the row's fields and the Chinese labels of
 * its codes, lowercased.
 *
 * @param row - A finding of the page.
 * @param labels - The page's labels.
 * @returns The text, lowercased.
 */
export function searchTextOf(
  row: PageFinding,
  labels: PageData['labels'],
): string {
  const parts = [
    row.county,
    row.township,
    row.village,
    row.householdId,
    row.memberId,
    row.message,
    row.department,
    row.action,
    row.ruleId,
    row.findingId,
    labels.category[row.category],
    labels.indicator[row.indicator],
    row.status ? labels.status[row.status] : '',
  ];

  return parts.join('\n').toLowerCase();
}

/**
 * Whether a row passes the filters and holds the searched text.
 *
 * @param row - A finding of the page.
 * @param text - The row's {@link searchTextOf}.
 * @param query - The filters.
 * @returns Whether the table shows the row.
 */
export function rowMatches(
  row: PageFinding,
  text: string,
  query: PageQuery,
): boolean {
  if (query.county && placeValue(row.county) !== query.county) return false;
  const township = placeValue(row.county, row.township);
  if (query.township && township !== query.township) return false;
  if (query.category && row.category !== query.category) return false;
  if (query.severity && row.severity !== query.severity) return false;
  if (query.status && row.status !== query.status) return false;

  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => text.includes(word));
}

/**
 * Fills a drop-down list with an "all" option and the given ones.
 *
 * @param select - The list.
 * @param all - The text of the option that filters nothing.
 * @param options - Each option's value and text.
 */
export function fillSelect(
  select: HTMLSelectElement,
  all: string,
  options: readonly (readonly [string, string])[],
): void {
  select.replaceChildren(new Option(all, ''));
  for (const [value, text] of options) select.add(new Option(text, value));
}

/**
 * The townships of the findings, as options: those of one county, by
 * name, or with no county chosen all of them, each after its county.
 *
 * @param rows - The page's findings.
 * @param county - The county chosen, as its option's value; `''` for all.
 * @returns Each township's option value and text.
 */
export function townshipOptions(
  rows: readonly PageFinding[],
  county: string,
): [string, string][] {
  const unknown = '（未知）';
  const towns = new Map<string, string>();
  for (const row of rows) {
    if (county && placeValue(row.county) !== county) continue;
    const name = row.township ?? unknown;
    const text = county ? name : `${row.county ?? unknown} ${name}`;
    towns.set(placeValue(row.county, row.township), text);
  }

  return [...towns];
}

/**
 * A row of the findings table: the finding's cells in the page's
 * columns, codes shown by their Chinese labels, the rule's basis shown
 * when its id is pointed at.
 *
 * @param row - A finding of the page.
 * @param data - The page's data.
 * @returns The table row.
 */
export function findingRow(
  row: PageFinding,
  data: PageData,
): HTMLTableRowElement {
  const { labels } = data;
  const tr = document.createElement('tr');
  for (const [key] of data.columns) {
    const td = tr.insertCell();
    if (key === 'category')
      td.textContent = labels.category[row.category] ?? '';
    else if (key === 'indicator')
      td.textContent = labels.indicator[row.indicator] ?? '';
    else if (key === 'severity')
      td.textContent = labels.severity[row.severity] ?? '';
    else if (key === 'status')
      td.textContent = row.status ? (labels.status[row.status] ?? '') : '';
    else td.textContent = row[key] ?? '';

    if (key === 'severity') td.className = `severity-${row.severity}`;
    if (key === 'status') td.className = `status-${row.status ?? ''}`;
    if (key === 'message') td.className = 'wrap';
    if (key === 'ruleId') td.title = data.bases[row.ruleId] ?? '';
  }

  return tr;
}

/**
 * Sets up the findings table: its header, the search box and the
 * drop-down filters (the township's follows the county chosen), and the
 * count of rows. Rows are added a page at a time, so that a report of a
 * whole province opens at once; the count says how many are shown.
 *
 * @param data - The page's data.
 * @param pageSize - Rows added at a time.
 */
export function startTable(data: PageData, pageSize: number): void {
  const byId = (id: string) => document.getElementById(id);
  const search = byId('search') as HTMLInputElement;
  const county = byId('filter-county') as HTMLSelectElement;
  const township = byId('filter-township') as HTMLSelectElement;
  const category = byId('filter-category') as HTMLSelectElement;
  const severity = byId('filter-severity') as HTMLSelectElement;
  const status = byId('filter-status') as HTMLSelectElement;
  const count = byId('row-count') as HTMLElement;
  const more = byId('show-more') as HTMLButtonElement;
  const table = byId('findings') as HTMLTableElement;
  const body = table.tBodies[0] ?? table.createTBody();

  const rows = data.findings;
  const texts = rows.map((row) => searchTextOf(row, data.labels));
  const unknown = '（未知）';
  const byName = (a: readonly string[], b: readonly string[]) =>
    (a[1] ?? '').localeCompare(b[1] ?? '', 'zh-CN');

  const header = table.createTHead().insertRow();
  for (const [, title] of data.columns) {
    const th = document.createElement('th');
    th.textContent = title;
    header.append(th);
  }

  const counties = new Map<string, string>();
  for (const row of rows)
    counties.set(placeValue(row.county), row.county ?? unknown);
  fillSelect(county, '全部县区', [...counties].sort(byName));
  const fillTownships = () => {
    const towns = townshipOptions(rows, county.value);
    fillSelect(township, '全部乡镇', towns.sort(byName));
  };
  fillTownships();
  fillSelect(category, '全部类别', Object.entries(data.labels.category));
  fillSelect(severity, '全部程度', Object.entries(data.labels.severity));
  const statuses = ['new', 'persisting'] as const;
  fillSelect(
    status,
    '全部状态',
    statuses.map((key) => [key, data.labels.status[key] ?? key]),
  );
  status.hidden = data.diff === null;

  let matched: number[] = [];
  let shown = 0;
  const showMore = () => {
    const end = Math.min(matched.length, shown + pageSize);
    const rowsAdded = document.createDocumentFragment();
    for (const index of matched.slice(shown, end)) {
      rowsAdded.append(findingRow(rows[index] as PageFinding, data));
    }
    body.append(rowsAdded);
    shown = end;

    more.hidden = shown >= matched.length;
    count.dataset.shown = String(shown);
    count.dataset.matched = String(matched.length);
    count.textContent = `符合条件 ${matched.length} 条，显示 ${shown} 条（共 ${rows.length} 条）`;
  };
  const apply = () => {
    const query: PageQuery = {
      search: search.value,
      county: county.value,
      township: township.value,
      category: category.value,
      severity: severity.value,
      status: status.value,
    };
    matched = [];
    rows.forEach((row, index) => {
      if (rowMatches(row, texts[index] ?? '', query)) matched.push(index);
    });
    body.replaceChildren();
    shown = 0;
    showMore();
  };

  search.addEventListener('input', apply);
  county.addEventListener('change', () => {
    fillTownships();
    apply();
  });
  for (const select of [township, category, severity, status])
    select.addEventListener('change', apply);
  more.addEventListener('click', showMore);
  apply();
}

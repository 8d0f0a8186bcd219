/// <reference lib="dom" />
import type { Chart, ChartConfiguration } from 'chart.js';

import type { PageData } from './page-data.js';

// The functions of this file are written into report.html by their
// source text, as top-level functions of the page's script. So each uses
// nothing but its parameters, the browser and the other functions listed
// in page-script.ts: no imports (types aside) and no module-level values.

/**
 * Counts rows by a key, in the order the keys are first met.
 *
 * @param rows - The rows.
 * @param keyOf - The key of a row.
 * @returns Each key with its count.
 */
export function countRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  return counts;
}

/**
 * Draws the report's charts: findings by category per county (stacked),
 * by indicator, by severity, and new / persisting / resolved when the run
 * was compared with an earlier one.
 *
 * @param data - The page's data.
 * @param ChartClass - Chart.js's `Chart`.
 */
export function drawCharts(data: PageData, ChartClass: typeof Chart): void {
  const colours = {
    category: ['#c2410c', '#d97706', '#be123c', '#1d4ed8'],
    severity: ['#b91c1c', '#d97706', '#6b7280'],
    status: ['#dc2626', '#d97706', '#15803d'],
  };
  const unknown = '（未知）';
  const rows = data.findings;
  // Chart.js writes on canvas in a font of its own; the page's has Chinese.
  ChartClass.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const draw = (id: string, config: ChartConfiguration) => {
    const canvas = document.getElementById(id);
    if (canvas instanceof HTMLCanvasElement) new ChartClass(canvas, config);
  };
  const plain = { animation: false as const, maintainAspectRatio: false };
  const noLegend = { ...plain, plugins: { legend: { display: false } } };
  // Counts are whole numbers: no ticks between them.
  const whole = { ticks: { precision: 0 } };

  const byCounty = countRows(rows, (row) => row.county ?? unknown);
  const counties = [...byCounty.keys()].sort(
    (a, b) => (byCounty.get(b) ?? 0) - (byCounty.get(a) ?? 0),
  );
  const categories = Object.keys(data.labels.category);
  const perCounty = countRows(
    rows,
    (row) => `${row.county ?? unknown}\n${row.category}`,
  );
  draw('chart-county', {
    type: 'bar',
    data: {
      labels: counties,
      datasets: categories.map((category, index) => ({
        label: data.labels.category[category] ?? category,
        data: counties.map((c) => perCounty.get(`${c}\n${category}`) ?? 0),
        backgroundColor: colours.category[index % 4],
      })),
    },
    options: {
      ...plain,
      scales: { x: { stacked: true }, y: { ...whole, stacked: true } },
    },
  });

  const byIndicator = countRows(rows, (row) => row.indicator);
  const indicators = [...byIndicator.entries()].sort((a, b) => b[1] - a[1]);
  const box = document.getElementById('chart-indicator')?.parentElement;
  if (box) box.style.height = `${Math.max(160, 60 + 24 * indicators.length)}px`;
  draw('chart-indicator', {
    type: 'bar',
    data: {
      labels: indicators.map(([key]) => data.labels.indicator[key] ?? key),
      datasets: [
        {
          label: '问题数',
          data: indicators.map(([, count]) => count),
          backgroundColor: '#1d4ed8',
        },
      ],
    },
    options: { ...noLegend, indexAxis: 'y', scales: { x: whole } },
  });

  const bySeverity = countRows(rows, (row) => row.severity);
  const severities = Object.keys(data.labels.severity);
  draw('chart-severity', {
    type: 'bar',
    data: {
      labels: severities.map((key) => data.labels.severity[key] ?? key),
      datasets: [
        {
          label: '问题数',
          data: severities.map((key) => bySeverity.get(key) ?? 0),
          backgroundColor: colours.severity,
        },
      ],
    },
    options: { ...noLegend, scales: { y: whole } },
  });

  if (!data.diff) return;
  const statuses = ['new', 'persisting', 'resolved'] as const;
  const diff = data.diff;
  draw('chart-status', {
    type: 'bar',
    data: {
      labels: statuses.map((key) => data.labels.status[key] ?? key),
      datasets: [
        {
          label: '问题数',
          data: statuses.map((key) => diff[key]),
          backgroundColor: colours.status,
        },
      ],
    },
    options: { ...noLegend, scales: { y: whole } },
  });
}

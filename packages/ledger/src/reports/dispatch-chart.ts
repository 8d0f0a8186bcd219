/// <reference lib="dom" />

// drawDispatchCharts is written into the dispatch page by its source
// text, as the page script's one function: it uses nothing but its
// parameters and the browser — no imports, no module-level values.

/** One bar of a chart: a place's findings, split three ways. */
export interface ChartBar {
  /** The county's or township's name. */
  name: string;
  /** Findings cleared. */
  cleared: number;
  /** Findings neither cleared nor overdue. */
  open: number;
  /** Findings overdue. */
  overdue: number;
}

/** The data the dispatch page carries in its JSON script element. */
export interface DispatchChartData {
  /** The labels of the three parts of a bar, in order. */
  labels: [string, string, string];
  /** One bar per county, in rank order. */
  counties: ChartBar[];
  /** Each county's townships, one bar each, in the order of `counties`. */
  townships: ChartBar[][];
}

/** What the page needs of Chart.js's `Chart`. */
interface ChartLike {
  new (canvas: HTMLCanvasElement, config: unknown): unknown;
  defaults: { font: { family: string } };
}

/**
 * Draws the dispatch page's charts: `chart-counties`, one stacked bar per
 * county (cleared, open, overdue), and `chart-county-<i>`, one stacked
 * bar per township of the i-th county.
 *
 * @param data - The page's data.
 * @param ChartClass - Chart.js's `Chart`.
 */
export function drawDispatchCharts(
  data: DispatchChartData,
  ChartClass: ChartLike,
): void {
  const colours = ['#15803d', '#d97706', '#b91c1c'];
  // Chart.js writes on canvas in a font of its own; the page's has Chinese.
  ChartClass.defaults.font.family = getComputedStyle(document.body).fontFamily;

  const draw = (id: string, bars: ChartBar[]) => {
    const canvas = document.getElementById(id);
    if (!(canvas instanceof HTMLCanvasElement)) return;
    const parts = [
      bars.map((bar) => bar.cleared),
      bars.map((bar) => bar.open),
      bars.map((bar) => bar.overdue),
    ];
    new ChartClass(canvas, {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.name),
        datasets: parts.map((values, index) => ({
          label: data.labels[index],
          data: values,
          backgroundColor: colours[index],
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true },
          // Counts are whole numbers: no ticks between them.
          y: { stacked: true, ticks: { precision: 0 } },
        },
      },
    });
  };

  draw('chart-counties', data.counties);
  data.townships.forEach((bars, index) => draw(`chart-county-${index}`, bars));
}

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Chart.js, ready to be written into a page, with its licences. */
export interface ChartLibrary {
  /** The script, which sets the global `Chart`. */
  code: string;
  /** The licences of Chart.js and the one library it bundles. */
  notice: string;
}

let loading: Promise<ChartLibrary> | undefined;

/**
 * Reads Chart.js's browser build (a dependency of this package) once,
 * for reports that carry it inline. Its banner comments, which hold the
 * projects' web addresses, and its source map comment are taken out, so
 * that the page names no address; the licences, which the MIT licence
 * asks to keep with the code, are read from the packages instead.
 *
 * @returns The script and the licence text.
 * @throws The file system's error when Chart.js is not installed.
 */
export function loadChartLibrary(): Promise<ChartLibrary> {
  loading ??= readChartLibrary().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });

  return loading;
}

async function readChartLibrary(): Promise<ChartLibrary> {
  // The package's exports map names its module builds only; the browser
  // build sits beside them in dist/. The ESM build of this package knows
  // its own URL; the CommonJS build has __filename.
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  const require = createRequire(here);
  const main = require.resolve('chart.js');
  const colour = createRequire(main).resolve('@kurkle/color');
  const [script, chartLicence, colourLicence] = await Promise.all([
    readFile(join(dirname(main), 'chart.umd.min.js'), 'utf8'),
    readFile(join(dirname(main), '..', 'LICENSE.md'), 'utf8'),
    readFile(join(dirname(colour), '..', 'LICENSE.md'), 'utf8'),
  ]);

  const code = script
    .replace(/\/\*![\s\S]*?\*\//g, '')
    .replace(/^\/\/# sourceMappingURL=.*$/m, '')
    .trim();
  const notice = [
    'Chart.js',
    chartLicence.trim(),
    '@kurkle/color (bundled in Chart.js)',
    colourLicence.trim(),
  ].join('\n\n');

  return { code, notice };
}

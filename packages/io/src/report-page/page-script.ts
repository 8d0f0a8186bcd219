import { countRows, drawCharts } from './page-charts.js';
import {
  fillSelect,
  findingRow,
  placeValue,
  rowMatches,
  searchTextOf,
  startTable,
  townshipOptions,
} from './page-table.js';

/** The functions of the page's script, each written by its source text. */
const FUNCTIONS = [
  placeValue,
  searchTextOf,
  rowMatches,
  fillSelect,
  townshipOptions,
  findingRow,
  startTable,
  countRows,
  drawCharts,
];

/** Rows the findings table adds at a time. */
const PAGE_SIZE = 500;

/**
 * The script of report.html: the table's and the charts' functions, by
 * their source text, and a start that reads the page's data from the
 * JSON script element with the given id. It runs after Chart.js has set
 * the global `Chart`, and declares no global of its own.
 *
 * @param dataId - The id of the script element that holds the data.
 * @returns The script's text.
 */
export function pageScript(dataId: string): string {
  // A bundler may rename a function whose name another module also uses;
  // it renames the calls with it, so the start calls each by its name.
  const start = [
    `const element = document.getElementById(${JSON.stringify(dataId)});`,
    'const data = JSON.parse(element.textContent);',
    `${startTable.name}(data, ${PAGE_SIZE});`,
    `${drawCharts.name}(data, window.Chart);`,
  ];

  return [
    '(function () {',
    "'use strict';",
    ...FUNCTIONS.map((fn) => fn.toString()),
    ...start,
    '})();',
  ].join('\n');
}

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadChartLibrary } from '@duibiao/io';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchFixture, PREVIOUS } from './__fixtures__/dispatch.js';
import {
  dispatchReport,
  writeDispatchHtml,
  writeDispatchXlsx,
} from './index.js';

const ASOF = '2020-10-15';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-files-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeDispatchXlsx', () => {
  it('writes the ranking, the townships and the definitions', async () => {
    const report = dispatchReport(dispatchFixture(), {
      asOf: ASOF,
      previous: PREVIOUS,
    });
    const path = join(dir, 'out', '调度通报.xlsx');
    await writeDispatchXlsx(path, report);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);

    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '县区排名',
      '乡镇明细',
      '说明',
    ]);
    const ranking = workbook.getWorksheet('县区排名');
    const row = (n: number) =>
      (ranking?.getRow(n).values as unknown[]).slice(1);
    // 排名 县区 总数 政策 措施 风险 数据 已核实 核实率 已解决 解决率 逾期 Δ总数 Δ已解决 Δ逾期
    expect(row(1).slice(0, 3)).toEqual(['排名', '县区', '问题总数']);
    expect(row(1)[3]).toBe('政策落实漏点');
    expect(row(2)).toEqual([1, '乙县', 4, 1, 1, 1, 1, 3, 0.75, 2, 0.5, 2]);
    expect(row(3)).toEqual([
      2,
      '甲县',
      5,
      2,
      1,
      1,
      1,
      2,
      0.4,
      2,
      0.4,
      1,
      2,
      2,
      0,
    ]);
    expect(row(4).slice(1, 3)).toEqual(['合计', 9]);
    expect(ranking?.getCell('K2').numFmt).toBe('0.0%');

    const townships = workbook.getWorksheet('乡镇明细');
    const places = [2, 3, 4, 5].map((n) => [
      townships?.getCell(`A${n}`).value,
      townships?.getCell(`B${n}`).value,
      townships?.getCell(`C${n}`).value,
    ]);
    expect(places).toEqual([
      ['乙县', '北镇', 2],
      ['乙县', '南镇', 2],
      ['甲县', '城关镇', 3],
      ['甲县', '东关镇', 2],
    ]);
    // 城关镇: 2 of 3 verified.
    expect(townships?.getCell('I4').value).toBeCloseTo(2 / 3, 12);

    const notes = workbook.getWorksheet('说明');
    expect(notes?.getCell('B1').value).toBe(ASOF);
    expect(notes?.getCell('B2').value).toBe('2020-10-01');
    const text = [4, 5, 6, 7, 8].map((n) => notes?.getCell(`A${n}`).value);
    expect(text.join('\n')).toContain(
      '已解决：状态已办结，或最近一次检查已不再发现',
    );
  });
});

describe('writeDispatchHtml', () => {
  let html: string;

  beforeAll(async () => {
    const counties = { '<b>县': { total: 3, cleared: 0, overdue: 1 } };
    const report = dispatchReport(dispatchFixture('<b>县'), {
      asOf: ASOF,
      previous: { ...PREVIOUS, body: { asOf: PREVIOUS.asOf, counties } },
    });
    const path = join(dir, '调度通报.html');
    await writeDispatchHtml(path, report);
    html = await readFile(path, 'utf8');
  });

  it('names no web address and loads nothing', () => {
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).toContain("default-src 'none'");
  });

  it('carries Chart.js inline, with its licence', async () => {
    const chart = await loadChartLibrary();
    expect(html).toContain(chart.code.slice(0, 200));
    expect(html).toContain(chart.code.slice(-200));
    expect(html).toContain('@kurkle/color (bundled in Chart.js)');
  });

  it('escapes a county name in the page and in its data', () => {
    expect(html).not.toContain('<b>县');
    expect(html).toContain('&lt;b&gt;县各乡镇');
    expect(html).toContain('\\u003cb\\u003e县');
  });

  it('draws one chart of the counties and one per county', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    const page = scripts.at(-1)?.[1] ?? '';
    const data =
      /<script type="application\/json" id="dispatch-data">([\s\S]*?)<\/script>/.exec(
        html,
      )?.[1];
    const drawn: { id: string; config: any }[] = [];
    class HTMLCanvasElement {
      constructor(readonly id: string) {}
    }
    class Chart {
      static defaults = { font: { family: '' } };
      constructor(canvas: HTMLCanvasElement, config: unknown) {
        drawn.push({ id: canvas.id, config });
      }
    }
    const document = {
      body: {},
      getElementById: (id: string) =>
        id === 'dispatch-data'
          ? { textContent: data }
          : html.includes(`<canvas id="${id}"`)
            ? new HTMLCanvasElement(id)
            : null,
    };
    new Function(
      'document',
      'window',
      'getComputedStyle',
      'HTMLCanvasElement',
      page,
    )(document, { Chart }, () => ({ fontFamily: 'serif' }), HTMLCanvasElement);

    expect(drawn.map((d) => d.id)).toEqual([
      'chart-counties',
      'chart-county-0',
      'chart-county-1',
    ]);
    // Counties in rank order: 乙县 cleared 2, open 0, overdue 2; <b>县
    // cleared 2, open 5 - 2 - 1 = 2, overdue 1.
    const [counties, first] = drawn;
    expect(counties?.config.data.labels).toEqual(['乙县', '<b>县']);
    expect(
      counties?.config.data.datasets.map((d: any) => [d.label, d.data]),
    ).toEqual([
      ['已解决', [2, 2]],
      ['在办', [0, 2]],
      ['逾期', [2, 1]],
    ]);
    // 乙县's townships: 北镇 and 南镇, one cleared and one overdue each.
    expect(first?.config.data.labels).toEqual(['北镇', '南镇']);
    expect(first?.config.data.datasets[2].data).toEqual([1, 1]);
  });

  it('shows the ranking, the change and the definitions in Chinese', () => {
    expect(html).toContain('<h2>县区排名</h2>');
    expect(html).toContain('<td class="number">40.0%</td>');
    expect(html).toContain('<td class="number">+2</td>');
    expect(html).toContain('逾期：未解决，且核实整改期限早于 2020-10-15');
  });
});

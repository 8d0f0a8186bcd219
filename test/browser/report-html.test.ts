import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { main } from '@duibiao/cli';
import { type Finding } from '@duibiao/core';
import { writeReportHtml } from '@duibiao/io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type BrowserSession,
  HAS_CHROMIUM,
  NO_CHROMIUM,
  openBrowser,
} from './chromium.js';

/**
 * `duibiao check --format html`: report.html opened in headless Chromium.
 *
 * The folder is checked by the Shaanxi rules (the default, which name the
 * townships) as of 2020-09-30, twice. Its findings, worked out by hand
 * (the poverty line is 4,000 yuan; only incomes and ID numbers are given,
 * so no other rule can judge):
 *
 * | household | county 县, township 乡镇 | first run           | second run            |
 * |-----------|-------------------------|---------------------|-----------------------|
 * | H1        | 周至县 终南镇            | 3500 元; child's ID ends 0, should be X | 3500 元 (persisting); ID fixed (resolved) |
 * | H2        | 周至县 终南镇            | 3800 元             | 4500 元 (resolved)     |
 * | H3        | 周至县 马召镇            | 3000 元             | 3000 元 (persisting)   |
 * | H4        | 宜君县 彭镇              | 3900 元; daughter's ID ends 9, should be 8 | both persisting |
 * | H5        | 宜君县 彭镇              | 5200 元: none       | 3000 元 (new)          |
 *
 * An income below the line is a 政策落实漏点 of indicator income and
 * severity high; a wrong check character a 数据信息差错点 of identity, low.
 */
const HOMES = [
  '户编号,行政区划代码,户类型,人均纯收入（元）',
  'H1,610124102230,贫困户,3500',
  'H2,610124102230,贫困户,3800',
  'H3,610124103218,贫困户,3000',
  'H4,610222101227,贫困户,3900',
  'H5,610222101227,贫困户,5200',
];
const PEOPLE = [
  '户编号,证件号码,证件类型,与户主关系,性别',
  'H1,610124197503121114,居民身份证,户主,男',
  'H1,610124201009013310,居民身份证,之子,男',
  'H2,610124198001010013,居民身份证,户主,男',
  'H3,610124196207150055,居民身份证,户主,男',
  'H4,610222197002030022,居民身份证,户主,女',
  'H4,610222199508170049,居民身份证,之女,女',
  'H5,610222196811110036,居民身份证,户主,男',
];
const SECOND_HOMES = HOMES.map((row) =>
  row
    .replace('H2,610124102230,贫困户,3800', 'H2,610124102230,贫困户,4500')
    .replace('H5,610222101227,贫困户,5200', 'H5,610222101227,贫困户,3000'),
);
const SECOND_PEOPLE = PEOPLE.map((row) =>
  row.replace('610124201009013310', '61012420100901331X'),
);

/** A finding of no folder, for a report written directly. */
const SOME_FINDING: Finding = {
  findingId: 'f',
  ruleId: 'national/income-below-line',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  regionCode: '610124102230',
  county: '周至县',
  township: '终南镇',
  village: null,
  householdId: 'H1',
  memberId: null,
  message: '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
  basis: '国家扶贫标准',
  department: '扶贫部门',
  action: '核实',
  data: {},
};

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'test-artifacts');

let dir: string;
let browser: BrowserSession;

async function writeFolder(name: string, homes: string[], people: string[]) {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, '户信息.csv'), `${homes.join('\n')}\n`);
  await writeFile(join(dir, name, '人员信息.csv'), `${people.join('\n')}\n`);
}

async function check(...argv: string[]): Promise<void> {
  let stderr = '';
  const code = await main(['check', ...argv, '--as-of', '2020-09-30'], {
    cwd: dir,
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
}

/** Opens a report, keeping only what this page does. */
async function open(path: string): Promise<void> {
  browser.errors.length = 0;
  browser.requests.length = 0;
  await browser.page.goto(pathToFileURL(join(dir, path)).href);
}

/** The count the table reports, and the rows it has. */
async function rows(): Promise<{ matched: string; shown: number }> {
  const { page } = browser;
  const matched = await page.locator('#row-count').getAttribute('data-matched');

  return {
    matched: matched ?? '',
    shown: await page.locator('#findings tbody tr').count(),
  };
}

/** A chart's labels and datasets, as Chart.js holds them. */
function chartData(id: string) {
  return browser.page.evaluate((canvasId) => {
    const chart = (window as any).Chart.getChart(canvasId);
    return {
      labels: chart.data.labels,
      datasets: chart.data.datasets.map((set: any) => [set.label, set.data]),
    };
  }, id);
}

/** Size of a chart's canvas and how many of its pixels are painted. */
function painted(id: string) {
  return browser.page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
    const { width, height } = canvas;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const pixels = context.getImageData(0, 0, width, height).data;
    let count = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) count++;
    return { width, height, painted: count };
  }, id);
}

describe.skipIf(!HAS_CHROMIUM)('report.html in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'duibiao-report-html-'));
    await writeFolder('first-in', HOMES, PEOPLE);
    await writeFolder('second-in', SECOND_HOMES, SECOND_PEOPLE);
    await check('first-in', '--out', 'first', '--format', 'jsonl,html');
    await check(
      ...['second-in', '--out', 'second', '--format', 'jsonl,csv,html'],
      ...['--previous', 'first'],
    );
    browser = await openBrowser();
    await browser.page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('names no web address, loads nothing but itself and logs no error', async () => {
    const html = await readFile(join(dir, 'second/report.html'), 'utf8');
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*https?:/i);
    expect(html).not.toMatch(/https?:\/\//i);

    await open('second/report.html');
    expect(browser.requests).toEqual([
      pathToFileURL(join(dir, 'second/report.html')).href,
    ]);
    expect(browser.errors).toEqual([]);
  });

  it('draws each chart with the counts of the findings', async () => {
    await open('second/report.html');
    for (const id of [
      'chart-county',
      'chart-indicator',
      'chart-severity',
      'chart-status',
    ]) {
      const canvas = await painted(id);
      expect(canvas.width, id).toBeGreaterThan(0);
      expect(canvas.height, id).toBeGreaterThan(0);
      expect(canvas.painted, id).toBeGreaterThan(0);
    }

    // 宜君县 has H4's two and H5's one; 周至县 H1's and H3's incomes.
    expect(await chartData('chart-county')).toEqual({
      labels: ['宜君县', '周至县'],
      datasets: [
        ['政策落实漏点', [2, 2]],
        ['帮扶措施空白点', [0, 0]],
        ['返贫致贫风险点', [0, 0]],
        ['数据信息差错点', [1, 0]],
      ],
    });
    expect(await chartData('chart-indicator')).toEqual({
      labels: ['收入', '身份信息'],
      datasets: [['问题数', [4, 1]]],
    });
    expect(await chartData('chart-severity')).toEqual({
      labels: ['高', '中', '低'],
      datasets: [['问题数', [4, 0, 1]]],
    });
    // New: H5's income. Persisting: H1's, H3's and H4's incomes and H4's
    // daughter's ID. Resolved: H2's income and H1's child's ID.
    expect(await chartData('chart-status')).toEqual({
      labels: ['新发现', '持续存在', '已解决'],
      datasets: [['问题数', [1, 4, 2]]],
    });
    expect(browser.errors).toEqual([]);
  });

  it('narrows the table as the user searches and filters', async () => {
    await open('second/report.html');
    const { page } = browser;
    expect(await rows()).toEqual({ matched: '5', shown: 5 });

    await page.fill('#search', 'h4');
    expect(await rows()).toEqual({ matched: '2', shown: 2 });
    await page.fill('#search', '3000 元');
    expect(await rows()).toEqual({ matched: '2', shown: 2 });
    await page.fill('#search', '');

    await page.selectOption('#filter-county', { label: '周至县' });
    expect(await rows()).toEqual({ matched: '2', shown: 2 });
    const towns = await page.locator('#filter-township option').allInnerTexts();
    expect(towns).toEqual(['全部乡镇', '马召镇', '终南镇']);
    await page.selectOption('#filter-township', { label: '马召镇' });
    expect(await rows()).toEqual({ matched: '1', shown: 1 });

    await page.selectOption('#filter-county', { label: '宜君县' });
    expect(await rows()).toEqual({ matched: '3', shown: 3 });
    await page.selectOption('#filter-category', { label: '数据信息差错点' });
    expect(await rows()).toEqual({ matched: '1', shown: 1 });
    const cells = await page.locator('#findings tbody td').allInnerTexts();
    expect(cells).toContain('6102**********0049');

    await page.selectOption('#filter-county', { label: '全部县区' });
    await page.selectOption('#filter-category', { label: '全部类别' });
    await page.selectOption('#filter-severity', { label: '高' });
    expect(await rows()).toEqual({ matched: '4', shown: 4 });
    await page.selectOption('#filter-status', { label: '新发现' });
    expect(await rows()).toEqual({ matched: '1', shown: 1 });
    expect(await page.locator('#row-count').innerText()).toBe(
      '符合条件 1 条，显示 1 条（共 5 条）',
    );
    expect(browser.errors).toEqual([]);

    await page.selectOption('#filter-severity', { label: '全部程度' });
    await page.selectOption('#filter-status', { label: '全部状态' });
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: join(ARTIFACTS, 'report-html.png'),
      fullPage: true,
    });
  });

  it('adds rows 500 at a time, saying how many it shows', async () => {
    // 1,201 findings: 500 at first, 1,000 after one click, all after two.
    const findings = Array.from({ length: 1201 }, (_, index): Finding => {
      return { ...SOME_FINDING, findingId: `f${index}` };
    });
    await writeReportHtml(join(dir, 'many/report.html'), {
      findings,
      summary: { asOf: '2020-09-30', plugins: [], folder: 'many' },
    });
    await open('many/report.html');
    const { page } = browser;
    const more = page.locator('#show-more');

    expect(await rows()).toEqual({ matched: '1201', shown: 500 });
    await more.click();
    expect(await rows()).toEqual({ matched: '1201', shown: 1000 });
    expect(await page.locator('#row-count').innerText()).toBe(
      '符合条件 1201 条，显示 1000 条（共 1201 条）',
    );
    await more.click();
    expect(await rows()).toEqual({ matched: '1201', shown: 1201 });
    expect(await more.isVisible()).toBe(false);
    expect(browser.errors).toEqual([]);
  });

  it('without --previous has no status chart or filter, and masks ID numbers', async () => {
    const html = await readFile(join(dir, 'first/report.html'), 'utf8');
    expect(html).not.toContain('610222199508170049');
    expect(html).not.toContain('610124201009013310');

    await open('first/report.html');
    const { page } = browser;
    expect(await page.locator('#chart-status').count()).toBe(0);
    expect(await page.locator('#filter-status').isVisible()).toBe(false);
    expect(await rows()).toEqual({ matched: '6', shown: 6 });
    const cells = await page.locator('#findings tbody td').allInnerTexts();
    expect(cells).toContain('6101**********3310');
    expect(cells).toContain('6102**********0049');
    expect(browser.errors).toEqual([]);
  });
});

if (!HAS_CHROMIUM) it.skip(`report.html in Chromium: ${NO_CHROMIUM}`);

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { reportHtml, type ReportHtmlInput, writeReportHtml } from '@duibiao/io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-report-html-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const finding: Finding = {
  findingId: 'f1',
  ruleId: 'national/id-checksum/check-digit',
  category: 'data-error',
  indicator: 'identity',
  severity: 'low',
  regionCode: '610124102230',
  county: '周至县',
  township: '终南镇',
  village: null,
  householdId: 'H1',
  memberId: '610124201009013310',
  message: '证件号码 610124201009013310 校验码应为 X',
  basis: 'GB 11643',
  department: '公安部门',
  action: '补正',
  data: {},
};

const summary: ReportHtmlInput['summary'] = {
  asOf: '2020-09-30',
  plugins: [{ name: '@duibiao/plugin-national', version: '0.1.0' }],
  folder: 'in',
};

/** The data the page embeds, read back as the page reads it. */
function embedded(html: string): {
  findings: Record<string, unknown>[];
  columns: string[][];
  diff: unknown;
} {
  const open = '<script type="application/json" id="report-data">';
  const start = html.indexOf(open) + open.length;
  const text = html.slice(start, html.indexOf('</script>', start));

  return JSON.parse(text);
}

describe('writeReportHtml', () => {
  it('masks ID numbers in the 证件号码 column and in messages', async () => {
    await writeReportHtml(join(dir, 'report.html'), {
      findings: [finding],
      summary,
    });

    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).not.toContain('610124201009013310');
    expect(embedded(html).findings[0]).toMatchObject({
      memberId: '6101**********3310',
      message: '证件号码 6101**********3310 校验码应为 X',
    });
    expect(html).toContain('证件号码已脱敏');
  });

  it('masks a mobile number a message quotes, as findings.csv does', async () => {
    const quoting = { ...finding, message: '联系电话 13812345678 无法接通' };
    const html = await reportHtml({ findings: [quoting], summary });

    expect(html).not.toContain('13812345678');
    expect(embedded(html).findings[0]?.message).toBe(
      '联系电话 138****5678 无法接通',
    );
  });

  it('writes them in full with unmask', async () => {
    const html = await reportHtml(
      { findings: [finding], summary },
      { unmask: true },
    );

    expect(embedded(html).findings[0]).toMatchObject({
      memberId: '610124201009013310',
      message: '证件号码 610124201009013310 校验码应为 X',
    });
  });

  it('keeps text that would end the script or break JavaScript inside the data', async () => {
    const message = '</script><script>alert(1)</script><!-- \u2028\u2029 &';
    const html = await reportHtml({
      findings: [{ ...finding, message, county: '</SCRIPT>' }],
      summary: { ...summary, folder: '<b>"in"</b>' },
    });

    // The page's three scripts are the data, Chart.js and its own.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(embedded(html).findings[0]).toMatchObject({
      message,
      county: '</SCRIPT>',
    });
    expect(html).toContain('数据 &lt;b&gt;&quot;in&quot;&lt;/b&gt;');
  });

  it('holds Chart.js and its licence, and names no web address', async () => {
    const html = await reportHtml({ findings: [finding], summary });

    expect(html).toContain('Copyright (c) 2014-2024 Chart.js Contributors');
    expect(html).toContain('Copyright (c) 2018-2024 Jukka Kurkela');
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toContain('sourceMappingURL');
    expect(html).toContain(
      `content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'"`,
    );
  });

  it('adds the status column and its chart only when compared', async () => {
    const plain = await reportHtml({ findings: [finding], summary });
    const compared = await reportHtml({
      findings: [{ ...finding, status: 'new' }],
      summary: {
        ...summary,
        diff: { previous: 'last', new: 1, persisting: 0, resolved: 3 },
      },
    });

    expect(plain).not.toContain('id="chart-status"');
    expect(compared).toContain('id="chart-status"');
    expect(compared).toContain('新发现 1，持续存在 0，已解决 3');
    const data = embedded(compared);
    expect(data.columns.slice(0, 2)).toEqual([
      ['status', '状态'],
      ['county', '县'],
    ]);
    expect(data.diff).toEqual({ new: 1, persisting: 0, resolved: 3 });
    expect(embedded(plain).columns[0]).toEqual(['county', '县']);
    expect(embedded(plain).diff).toBeNull();
  });
});

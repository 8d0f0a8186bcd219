import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { writeFindingsXlsx } from '@duibiao/io';
import { afterAll, describe, expect, it } from 'vitest';

import { HOSTILE, PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';
import {
  openWorkbook,
  sheetNamed,
  sheetRows,
} from './__fixtures__/workbook.js';

afterAll(removeFolders);

const LONG_TOWNSHIP = `A/B:C*D?E[F]G\\H${'x'.repeat(30)}`;

/**
 * Seven findings in four counties: two townships named 城关镇, one named
 * 汇总 like the summary sheet, one whose name Excel cannot take, and two
 * findings with no township (one with no county either).
 */
const FINDINGS: Finding[] = [
  {
    ...PLAIN,
    findingId: 'a1',
    county: '甲县',
    township: '城关镇',
    message:
      '未参加城乡居民基本医疗保险，证件号码 11010519491231002X，联系电话 13812345678',
  },
  {
    ...PLAIN,
    findingId: 'a2',
    category: 'data-error',
    indicator: 'identity',
    severity: 'low',
    county: '甲县',
    township: '城关镇',
    memberId: null,
    message: '-500 元为负数',
  },
  {
    ...PLAIN,
    findingId: 'b1',
    category: 'risk',
    indicator: 'income',
    severity: 'medium',
    county: '乙县',
    township: '城关镇',
  },
  {
    ...PLAIN,
    findingId: 'b2',
    category: 'measure-gap',
    indicator: 'income',
    severity: 'medium',
    county: '乙县',
    township: '汇总',
  },
  {
    ...PLAIN,
    findingId: 'b3',
    category: 'data-error',
    indicator: 'identity',
    severity: 'low',
    county: '乙县',
    township: null,
  },
  { ...HOSTILE, county: null, township: null },
  {
    ...PLAIN,
    findingId: 'c1',
    indicator: 'education',
    county: '丙县',
    township: LONG_TOWNSHIP,
  },
];

const HEADER = [
  '序号',
  '问题编号',
  '规则编号',
  '问题类别',
  '指标',
  '严重程度',
  '行政区划代码',
  '县',
  '乡镇',
  '村',
  '户编号',
  '证件号码',
  '问题描述',
  '政策依据',
  '责任部门',
  '处置建议',
  '核查结果',
  '核查人',
  '核查日期',
];

/** The cells of a PLAIN finding from 规则编号 to 行政区划代码. */
const PLAIN_RULE = ['national/uninsured-medical'];
const PLAIN_BASIS = ['医保发〔2019〕1号', '医保局', '落实帮扶'];

async function written(
  findings: readonly Finding[],
  options?: Parameters<typeof writeFindingsXlsx>[2],
) {
  const path = join(await makeFolder({}), 'out', 'findings.xlsx');
  await writeFindingsXlsx(path, findings, options);

  return openWorkbook(path);
}

describe('writeFindingsXlsx', () => {
  it('names a summary sheet and a sheet per township, valid and unique, the unknown township last', async () => {
    const workbook = await written(FINDINGS);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '汇总',
      '城关镇(甲县)',
      '城关镇(乙县)',
      '汇总(2)',
      `A_B_C_D_E_F_G_H${'x'.repeat(16)}`,
      '乡镇不详',
    ]);
  });

  it('counts by county, township, category and indicator on the 汇总 sheet', async () => {
    const rows = sheetRows(sheetNamed(await written(FINDINGS), '汇总'));
    const breakdown = [
      '政策落实漏点',
      '帮扶措施空白点',
      '返贫致贫风险点',
      '数据信息差错点',
      '严重程度：高',
      '严重程度：中',
      '严重程度：低',
    ];

    expect(rows).toEqual([
      ['对标补短问题汇总'],
      ['问题总数', 7],
      [],
      ['按县统计'],
      ['县', '问题数', ...breakdown],
      ['甲县', 2, 1, 0, 0, 1, 1, 0, 1],
      ['乙县', 3, 0, 1, 1, 1, 0, 2, 1],
      ['丙县', 1, 1, 0, 0, 0, 1, 0, 0],
      ['（县不详）', 1, 0, 0, 0, 1, 0, 0, 1],
      ['合计', 7, 2, 1, 1, 3, 2, 2, 3],
      [],
      ['按乡镇统计'],
      ['县', '乡镇', '问题数', ...breakdown, '工作表'],
      ['甲县', '城关镇', 2, 1, 0, 0, 1, 1, 0, 1, '城关镇(甲县)'],
      ['乙县', '城关镇', 1, 0, 0, 1, 0, 0, 1, 0, '城关镇(乙县)'],
      ['乙县', '汇总', 1, 0, 1, 0, 0, 0, 1, 0, '汇总(2)'],
      [
        '丙县',
        LONG_TOWNSHIP,
        1,
        1,
        0,
        0,
        0,
        1,
        0,
        0,
        `A_B_C_D_E_F_G_H${'x'.repeat(16)}`,
      ],
      ['乙县', '（乡镇不详）', 1, 0, 0, 0, 1, 0, 0, 1, '乡镇不详'],
      ['（县不详）', '（乡镇不详）', 1, 0, 0, 0, 1, 0, 0, 1, '乡镇不详'],
      ['合计', null, 7, 2, 1, 1, 3, 2, 2, 3],
      [],
      ['按问题类别统计'],
      ['问题类别', '问题数'],
      ['政策落实漏点', 2],
      ['帮扶措施空白点', 1],
      ['返贫致贫风险点', 1],
      ['数据信息差错点', 3],
      ['合计', 7],
      [],
      ['按指标统计'],
      ['指标', '问题数'],
      ['身份信息', 3],
      ['收入', 2],
      ['教育', 1],
      ['医疗', 1],
      ['合计', 7],
    ]);
  });

  it('lists a township with Chinese headers and labels, masked IDs and phones, empty verification columns', async () => {
    const sheet = sheetNamed(await written(FINDINGS), '城关镇(甲县)');

    expect(sheetRows(sheet)).toEqual([
      HEADER,
      [
        1,
        'a1',
        ...PLAIN_RULE,
        '政策落实漏点',
        '医疗',
        '高',
        '610102001001',
        '甲县',
        '城关镇',
        '东村',
        'H1',
        '1101**********002X',
        '未参加城乡居民基本医疗保险，证件号码 1101**********002X，联系电话 138****5678',
        ...PLAIN_BASIS,
      ],
      [
        2,
        'a2',
        ...PLAIN_RULE,
        '数据信息差错点',
        '身份信息',
        '低',
        '610102001001',
        '甲县',
        '城关镇',
        '东村',
        'H1',
        null,
        // Text that starts a formula is neutralised; 序号 stays a number.
        "'-500 元为负数",
        ...PLAIN_BASIS,
      ],
    ]);
    expect(typeof sheet.getCell('A2').value).toBe('number');
    expect(sheet.getCell('K2').numFmt).toBe('@');
  });

  it('neutralises every text cell that would start a formula', async () => {
    const sheet = sheetNamed(await written(FINDINGS), '乡镇不详');

    expect(sheetRows(sheet)[2]).toEqual([
      2,
      'f-2',
      'national/x',
      '数据信息差错点',
      '身份信息',
      '低',
      null,
      null,
      null,
      '\'=HYPERLINK("http://x","y")',
      "'@SUM(A1)",
      null,
      '\'-1+1 "quoted", with comma\nnew line',
      "'+86",
      "'\tTAB",
      '核实',
    ]);
  });

  it('freezes and filters the header row, offers the answers and takes a date', async () => {
    const sheet = sheetNamed(await written(FINDINGS), '城关镇(甲县)');
    const answers = {
      type: 'list',
      allowBlank: true,
      formulae: ['"属实,不属实,已整改,需进一步核实"'],
    };
    const date = {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [
        new Date('2000-01-01T00:00:00Z'),
        new Date('2099-12-31T00:00:00Z'),
      ],
    };
    const validations = (
      sheet as unknown as { dataValidations: { model: object } }
    ).dataValidations.model;

    expect(sheet.views[0]).toMatchObject({
      state: 'frozen',
      ySplit: 1,
      topLeftCell: 'A2',
    });
    expect(sheet.autoFilter).toBe('A1:S3');
    // 核查结果 is column Q, 核查人 R, 核查日期 S; two findings, rows 2 and 3.
    expect(validations).toEqual({
      Q2: expect.objectContaining(answers),
      Q3: expect.objectContaining(answers),
      S2: expect.objectContaining(date),
      S3: expect.objectContaining(date),
    });
    expect(sheet.getCell('S2').numFmt).toBe('yyyy-mm-dd');
  });

  it('prints landscape on A4, one page wide, the header row on each page', async () => {
    const workbook = await written(FINDINGS);
    const sheet = sheetNamed(workbook, '城关镇(甲县)');

    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(sheet.headerFooter.oddHeader).toBe('&C&B甲县 城关镇 问题清单');
    expect(sheetNamed(workbook, '乡镇不详').headerFooter.oddHeader).toBe(
      '&C&B乡镇不详 问题清单',
    );
  });

  it('sizes columns to their text within bounds', async () => {
    const workbook = await written(FINDINGS);
    const widths = (name: string) =>
      [1, 2, 13, 17].map((n) => sheetNamed(workbook, name).getColumn(n).width);

    // 序号: the header, 4 columns wide, and 2 more. 问题编号 "b2" is
    // narrower than its minimum, 10. 问题描述 in 汇总(2): 13 + 1 + 4
    // Chinese characters (36 columns), a space and 18 characters, 55,
    // and 2 more; in 城关镇(甲县) the message with a phone number runs
    // past the widest, 60. 核查结果 is 14 whatever it holds.
    expect(widths('汇总(2)')).toEqual([6, 10, 57, 14]);
    expect(widths('城关镇(甲县)')).toEqual([6, 10, 60, 14]);
  });

  it('writes ID numbers and phone numbers in full when asked', async () => {
    const sheet = sheetNamed(
      await written(FINDINGS, { unmask: true }),
      '城关镇(甲县)',
    );

    expect(sheet.getCell('L2').value).toBe('11010519491231002X');
    expect(sheet.getCell('M2').value).toBe(FINDINGS[0]?.message);
  });

  it('adds 状态 after 问题编号 and counts it when asked', async () => {
    const workbook = await written(
      [
        { ...FINDINGS[0], status: 'new' } as Finding,
        { ...FINDINGS[1], status: 'persisting' } as Finding,
        { ...FINDINGS[2], status: 'new' } as Finding,
      ],
      { status: true },
    );
    const summary = sheetRows(sheetNamed(workbook, '汇总'));
    const sheet = sheetRows(sheetNamed(workbook, '城关镇(甲县)'));

    expect(summary.slice(0, 5)).toEqual([
      ['对标补短问题汇总'],
      ['问题总数', 3],
      ['新发现', 2],
      ['持续存在', 1],
      [],
    ]);
    expect(sheet[0]?.slice(0, 4)).toEqual([
      '序号',
      '问题编号',
      '状态',
      '规则编号',
    ]);
    expect(sheet.slice(1).map((row) => row.slice(0, 3))).toEqual([
      [1, 'a1', '新发现'],
      [2, 'a2', '持续存在'],
    ]);
    expect(sheetNamed(workbook, '城关镇(甲县)').autoFilter).toBe('A1:T3');
  });

  it('writes only the summary, with every category at 0, for no findings', async () => {
    const workbook = await written([]);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总']);
    expect(sheetRows(sheetNamed(workbook, '汇总')).slice(-13)).toEqual([
      ['合计', null, 0, 0, 0, 0, 0, 0, 0, 0],
      [],
      ['按问题类别统计'],
      ['问题类别', '问题数'],
      ['政策落实漏点', 0],
      ['帮扶措施空白点', 0],
      ['返贫致贫风险点', 0],
      ['数据信息差错点', 0],
      ['合计', 0],
      [],
      ['按指标统计'],
      ['指标', '问题数'],
      ['合计', 0],
    ]);
  });
});

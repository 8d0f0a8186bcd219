import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';
import { writeFindingsCsv } from '@duibiao/io';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

import { HOSTILE, PLAIN } from './__fixtures__/findings.js';
import { makeFolder, removeFolders } from './__fixtures__/folders.js';

afterAll(removeFolders);

const HEADER = [
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
];

describe('writeFindingsCsv', () => {
  it('writes UTF-8 with a BOM, Chinese headers and labels, masked IDs, neutralised formulas', async () => {
    const path = join(await makeFolder({}), 'out', 'nested', 'findings.csv');

    await writeFindingsCsv(path, [PLAIN, HOSTILE]);

    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith(`${HEADER.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toContain('11010519491231002X');
    expect(parse(text, { relax_column_count: false })).toEqual([
      HEADER,
      [
        '\tf-1a2b',
        'national/uninsured-medical',
        '政策落实漏点',
        'medical',
        '高',
        '\t610102001001',
        '新城区',
        '西一路街道',
        '东村',
        '\tH1',
        '\t1101**********002X',
        '未参加城乡居民基本医疗保险，证件号码 1101**********002X',
        '医保发〔2019〕1号',
        '医保局',
        '落实帮扶',
      ],
      [
        '\tf-2',
        'national/x',
        '数据信息差错点',
        'identity',
        '低',
        '',
        '',
        "'\rCR",
        '\'=HYPERLINK("http://x","y")',
        // A code column keeps its tab, in front of the neutralised text.
        "\t'@SUM(A1)",
        '',
        '\'-1+1 "quoted", with comma\nnew line',
        "'+86",
        "'\tTAB",
        '核实',
      ],
    ]);
  });

  it('quotes exactly the cells that need it', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    await writeFindingsCsv(path, [HOSTILE]);

    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[1]?.slice(0, 63)).toBe(
      '"\tf-2",national/x,数据信息差错点,identity,低,,,"\'\rCR","\'=HYPERLINK(""ht',
    );
  });

  it('writes ID numbers in full when asked', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    await writeFindingsCsv(path, [PLAIN], { unmask: true });

    const rows = parse(
      (await readFile(path, 'utf8')).replace(/^\uFEFF/, ''),
    ) as string[][];
    expect(rows[1]?.[10]).toBe('\t11010519491231002X');
    expect(rows[1]?.[11]).toBe(
      '未参加城乡居民基本医疗保险，证件号码 11010519491231002X',
    );
  });

  it('puts a tab before 12 or more digits so that Excel keeps them as text', async () => {
    const long: Finding = {
      ...PLAIN,
      findingId: 'f-9',
      village: '12345678901',
      regionCode: '610124101201',
      householdId: '6101241012010001',
      memberId: '610124194912310021',
      message: '610124194912310021',
      basis: '+610124101201',
      township: '61012410120X',
      department: '６１０１２４１０１２０１',
    };
    const masked = join(await makeFolder({}), 'masked.csv');
    const full = join(await makeFolder({}), 'full.csv');

    await writeFindingsCsv(masked, [long]);
    await writeFindingsCsv(full, [long], { unmask: true });

    const lineOf = async (path: string) =>
      (await readFile(path, 'utf8')).split('\r\n')[1];
    // Outside the code columns, 11 digits, a formula, full-width digits
    // and a trailing letter are left as they were, and so is a masked ID
    // number in the message.
    expect(await lineOf(masked)).toBe(
      [
        '"\tf-9"',
        'national/uninsured-medical',
        '政策落实漏点',
        'medical',
        '高',
        '"\t610124101201"',
        '新城区',
        '61012410120X',
        '12345678901',
        '"\t6101241012010001"',
        '"\t6101**********0021"',
        '6101**********0021',
        "'+610124101201",
        '６１０１２４１０１２０１',
        '落实帮扶',
      ].join(','),
    );
    const unmasked = parse(await readFile(full, 'utf8')) as string[][];
    expect(unmasked[1]?.slice(9, 12)).toEqual([
      '\t6101241012010001',
      '\t610124194912310021',
      '\t610124194912310021',
    ]);
  });

  it('always keeps the code columns as text, not only long digits', async () => {
    const short: Finding = {
      ...PLAIN,
      findingId: '1e5d3',
      regionCode: '2020-01',
      householdId: '0001',
      memberId: null,
      township: '0001',
    };
    const path = join(await makeFolder({}), 'findings.csv');

    await writeFindingsCsv(path, [short]);

    const line = (await readFile(path, 'utf8')).split('\r\n')[1] ?? '';
    const cells = line.split(',');
    // 问题编号, 行政区划代码, 户编号 get the tab; 乡镇 is no code column,
    // and the empty 证件号码 stays empty.
    expect([cells[0], cells[5], cells[7], cells[9], cells[10]]).toEqual([
      '"\t1e5d3"',
      '"\t2020-01"',
      '0001',
      '"\t0001"',
      '',
    ]);
  });

  it('writes only the header for no findings', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    await writeFindingsCsv(path, []);

    expect(await readFile(path, 'utf8')).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });

  it('adds a 状态 column after 问题编号 when asked, in Chinese', async () => {
    const path = join(await makeFolder({}), 'findings.csv');
    const found = [
      { ...PLAIN, status: 'new' as const },
      { ...HOSTILE, status: 'persisting' as const },
      { ...PLAIN, findingId: 'f-3' },
    ];

    await writeFindingsCsv(path, found, { status: true });

    const rows = parse(
      (await readFile(path, 'utf8')).replace(/^\uFEFF/, ''),
    ) as string[][];
    expect(rows[0]).toEqual(['问题编号', '状态', ...HEADER.slice(1)]);
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['\tf-1a2b', '新发现', 'national/uninsured-medical'],
      ['\tf-2', '持续存在', 'national/x'],
      ['\tf-3', '', 'national/uninsured-medical'],
    ]);
    // The code columns move one along with the rest: 行政区划代码, 户编号
    // and the masked 证件号码 keep their tab.
    expect([rows[1]?.[6], rows[1]?.[10], rows[1]?.[11]]).toEqual([
      '\t610102001001',
      '\tH1',
      '\t1101**********002X',
    ]);
  });

  it('leaves the 状态 column out unless asked, even for findings with a status', async () => {
    const path = join(await makeFolder({}), 'findings.csv');

    await writeFindingsCsv(path, [{ ...PLAIN, status: 'new' }]);

    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('状态');
    expect(text).not.toContain('新发现');
  });
});

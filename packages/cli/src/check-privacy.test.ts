import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

const SAMPLE = fileURLToPath(
  new URL('../../../examples/sample-province', import.meta.url),
);

let dir: string;
let csvText: string;
let xlsxTexts: string[];
let book: ExcelJS.Workbook;
let jsonl: { township: string | null; memberId: string | null }[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-cli-privacy-'));
  const { code } = await runMain(
    dir,
    'check',
    SAMPLE,
    '--as-of',
    '2020-09-30',
    '--format',
    'jsonl,csv,xlsx',
    '--workers',
    '1',
    '--quiet',
  );
  if (code !== 0) throw new Error(`duibiao check exited ${code}`);

  csvText = (await readFile(join(dir, 'out/findings.csv'), 'utf8')).slice(1);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'out/findings.xlsx'));
  xlsxTexts = book.worksheets.flatMap((sheet) => {
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        texts.push(String(cell.value));
      }),
    );
    return texts;
  });
  jsonl = (await readFile(join(dir, 'out/findings.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A column of one of the sample's CSV files, by header. */
async function sampleColumn(file: string, header: string): Promise<string[]> {
  const bytes = await readFile(join(SAMPLE, file));
  const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = utf8
    ? bytes.subarray(3).toString('utf8')
    : new TextDecoder('gbk').decode(bytes);
  const [head, ...rows] = parse(text) as string[][];
  const index = head?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`${file} has no ${header}`);

  return rows.map((row) => row[index] ?? '').filter(Boolean);
}

describe('the sample checked with --format jsonl,csv,xlsx', () => {
  it('writes no full ID number, phone number or name in findings.csv and findings.xlsx', async () => {
    const ids = await sampleColumn('人员信息.csv', '证件号码');
    const names = [
      ...(await sampleColumn('人员信息.csv', '姓名')),
      ...(await sampleColumn('户信息.csv', '帮扶责任人')),
    ];
    const phones = await sampleColumn('户信息.csv', '联系电话');
    const outputs = [csvText, ...xlsxTexts].join('\n');

    // The findings name members by their ID numbers, which findings.jsonl
    // keeps in full for machines.
    expect(jsonl.some((f) => f.memberId && ids.includes(f.memberId))).toBe(
      true,
    );
    expect(outputs).not.toMatch(/\d{17}[\dXx]/);
    expect(ids.filter((id) => outputs.includes(id))).toEqual([]);
    expect(phones.filter((phone) => outputs.includes(phone))).toEqual([]);
    expect(names.filter((name) => outputs.includes(name))).toEqual([]);
  });

  it('counts the 390 planted problems on the 汇总 sheet, each township on its own sheet', async () => {
    const summary = book.getWorksheet('汇总');
    const byTownship = new Map<string, number>();
    for (const { township } of jsonl) {
      const name = township ?? '乡镇不详';
      byTownship.set(name, (byTownship.get(name) ?? 0) + 1);
    }

    // The sample's README: 390 planted findings, and no other.
    expect(summary?.getCell('B2').value).toBe(390);
    expect(book.worksheets.map((sheet) => sheet.name).slice(1)).toEqual([
      ...[...byTownship.keys()].filter((name) => name !== '乡镇不详'),
      '乡镇不详',
    ]);
    for (const [name, count] of byTownship) {
      expect(book.getWorksheet(name)?.rowCount, name).toBe(count + 1);
    }
  });
});

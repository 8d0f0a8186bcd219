import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('duibiao check: the sheet of a workbook', () => {
  it('reads the visible sheet before a hidden one named after the table, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duibiao-sheets-'));
    dirs.push(dir);
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'households.csv'), '户编号\nH1\n');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('2020年9月').addRows([
      ['户编号', '证件号码', '姓名'],
      ['H1', '610102199001011234', '张三'],
    ]);
    const old = workbook.addWorksheet('人员信息');
    old.addRows([
      ['户编号', '证件号码'],
      ['H8', '610102198001011234'],
      ['H9', '610102198101011234'],
    ]);
    old.state = 'hidden';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await writeFile(join(dir, 'in', '人员信息.xlsx'), bytes);

    const run = await runMain(dir, 'check', 'in', '--as-of', '2020-09-30');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '人员信息.xlsx: read sheet 2020年9月; sheet 人员信息 (hidden, 2 rows) not read',
    );
    expect(run.stdout).toMatch(/members\s+1\s+1\s+0/);
  });
});

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Date-only values never shift with the time zone: the built CLI checks
 * the same folder under TZ=UTC, Asia/Shanghai (UTC+8), America/Los_Angeles
 * (UTC−7 in September, −8 in February) and Pacific/Kiritimati (UTC+14),
 * and writes the same findings.jsonl and summary.json, byte for byte but
 * for the run's duration. A workbook's date cells, which exceljs reads as
 * instants (UTC midnight), are where a zone west of UTC would move a date
 * back a day if it were read in local time; they are checked too. The
 * default --as-of, "today", is the only date that follows the zone, as
 * README says.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const SAMPLE = join(ROOT, 'examples/sample-province');
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
];

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-zones-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the built CLI under a time zone; its stdout. */
async function duibiao(zone: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: zone },
    maxBuffer: 16 * 1024 * 1024,
  });

  return stdout;
}

/** Checks a folder under each zone; the report files of each. */
async function checkEverywhere(folder: string, asOf: string) {
  return Promise.all(
    ZONES.map(async (zone) => {
      const out = join(dir, `${zone.replace('/', '-')}-${asOf}`);
      await duibiao(zone, [
        'check',
        folder,
        '--as-of',
        asOf,
        '--out',
        out,
        '--quiet',
      ]);
      const findings = await readFile(join(out, 'findings.jsonl'), 'utf8');
      const summary = JSON.parse(
        await readFile(join(out, 'summary.json'), 'utf8'),
      ) as Record<string, unknown>;
      // The run's duration is the one thing that may differ between runs.
      delete summary.durationMs;

      return { zone, findings, summary };
    }),
  );
}

describe('the sample province checked in four time zones', () => {
  it('gives the same findings.jsonl and summary.json in each', async () => {
    const runs = await checkEverywhere(SAMPLE, '2020-09-30');
    const [first, ...others] = runs;

    for (const other of others) {
      expect(other.findings, other.zone).toBe(first!.findings);
      expect(other.summary, other.zone).toEqual(first!.summary);
    }
    // 390 is the sample's known count of findings as of 2020-09-30.
    expect(first!.findings.trim().split('\n')).toHaveLength(390);
    expect(first!.summary.asOf).toBe('2020-09-30');

    // Household 6103291012010011 (户信息.csv, 序号 1163): 识别监测时间
    // 2019-07-12, 消除监测时间 written 20191103 — 3 whole months.
    const removed = first!.findings
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find(
        (f) =>
          f.ruleId === 'national/removed-too-early' &&
          f.householdId === '6103291012010011',
      );
    expect(removed?.data).toEqual({
      minRiskMonitoringMonths: 6,
      monitoredSince: '2019-07-12',
      riskRemovedAt: '2019-11-03',
      monthsMonitoredBeforeRemoval: 3,
    });
  });
});

describe('date cells of a workbook checked in four time zones', () => {
  let folder: string;

  beforeAll(async () => {
    folder = join(dir, 'workbook');
    await mkdir(folder);
    await writeFile(
      join(folder, '户信息.csv'),
      '户编号,户类型,行政区划代码\nH1,贫困户,610124101201\n',
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员信息');
    sheet.addRow(['户编号', '证件号码', '与户主关系', '出生日期', '劳动技能']);
    // Date cells at UTC midnight, as Excel's serials are read: 2004-02-29
    // for a child recorded with labour capacity, and 2004-03-01 for a
    // member whose ID number says 2004-02-29 (610124 20040229 001, check
    // character X: weighted sum 189, 189 mod 11 = 2).
    sheet.addRow([
      'H1',
      null,
      '户主',
      new Date(Date.UTC(2004, 1, 29)),
      '普通劳动力',
    ]);
    sheet.addRow([
      'H1',
      '61012420040229001X',
      '之子',
      new Date(Date.UTC(2004, 2, 1)),
      '无劳动力',
    ]);
    sheet.getColumn(4).numFmt = 'yyyy-mm-dd';
    await workbook.xlsx.writeFile(join(folder, '人员信息.xlsx'));
  });

  it('reads each as the day it shows, in every zone', async () => {
    const runs = await checkEverywhere(folder, '2020-02-28');
    const [first, ...others] = runs;

    for (const other of others) {
      expect(other.findings, other.zone).toBe(first!.findings);
      expect(other.summary, other.zone).toEqual(first!.summary);
    }

    expect(first!.summary.rows).toMatchObject({
      members: { read: 2, checked: 2, rejected: 0 },
    });
    const findings = first!.findings
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const rule = (id: string) => findings.filter((f) => f.ruleId === id);
    // Born 2004-02-29: 15 on 2020-02-28, under 16 with labour capacity.
    // Read a day early (2004-02-28) the child would be 16 and pass.
    expect(rule('national/age-labour/child-labour')).toHaveLength(1);
    expect(rule('national/age-labour/child-labour')[0]?.data).toMatchObject({
      age: 15,
      labourMinAge: 16,
    });
    // 2004-03-01 disagrees with the ID number's 2004-02-29; read a day
    // early it would agree and nothing would be reported.
    expect(
      rule('national/id-birth-sex/birth-date').map((f) => f.memberId),
    ).toEqual(['61012420040229001X']);
  });
});

describe('the default --as-of', () => {
  it('is today in the zone the command runs in: a day apart 25 hours apart', async () => {
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart, so
    // their dates always differ; each must be its own zone's date.
    const dateIn = (zone: string) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date());
    const asOf = async (zone: string) => {
      const stdout = await duibiao(zone, ['rules', '--plugin', 'national']);
      return /as of (\d{4}-\d{2}-\d{2})/.exec(stdout)?.[1];
    };

    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const before = dateIn(zone);
      const shown = await asOf(zone);
      const after = dateIn(zone);

      expect([before, after], zone).toContain(shown);
    }
    expect(await asOf('Pacific/Kiritimati')).not.toBe(
      await asOf('Pacific/Pago_Pago'),
    );
  });
});

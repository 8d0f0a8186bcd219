import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from '../../packages/cli/src/__fixtures__/run-main.js';
import { fillSheet, rankingRows } from './verification-sheets.js';

/**
 * The verification workflow end to end, as a county's script would run
 * it: check with a ledger → export the sheets → fill them (both lines,
 * the review) → import → check again with changed data → the dispatch
 * report. Every count below is worked out by hand from this folder:
 *
 * - 周至县 哑柏镇: H1 (人均纯收入 3500) and H2 (3800), below the 4,000
 *   yuan line (income-below-line, high: deadline 2020-09-30 + 15 days);
 *   终南镇: H3 (3600).
 * - 蓝田县 洩湖镇: H4 (3900) below the line; H5 (5200) clean; H6's ID
 *   number 610122195503030035 should end in 4 (id-checksum, low: + 60
 *   days).
 */
let dir: string;

const HOMES = [
  '户编号,行政区划代码,户类型,人均纯收入（元）',
  'H1,610124101201,贫困户,3500',
  'H2,610124101201,贫困户,3800',
  'H3,610124102201,贫困户,3600',
  'H4,610122101201,贫困户,3900',
  'H5,610122101201,贫困户,5200',
  'H6,610122101201,贫困户,4500',
];
const PEOPLE = [
  '户编号,证件号码,证件类型,与户主关系,性别',
  'H1,610124197503121114,居民身份证,户主,男',
  'H2,610124198001010013,居民身份证,户主,男',
  'H3,610124197005050034,居民身份证,户主,男',
  'H4,610122196507070054,居民身份证,户主,男',
  'H5,610122196207150052,居民身份证,户主,男',
  'H6,610122195503030035,居民身份证,户主,男',
];

async function folder(name: string, homes: string[], people: string[]) {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, '户信息.csv'), `${homes.join('\n')}\n`);
  await writeFile(join(dir, name, '人员信息.csv'), `${people.join('\n')}\n`);
}

const duibiao = (...argv: string[]) => runMain(dir, ...argv);

const summaryOf = async (out: string) =>
  JSON.parse(await readFile(join(dir, out, 'summary.json'), 'utf8'));

const ranking = (file: string) => rankingRows(join(dir, file));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-round-trip-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the verification round trip', () => {
  it('carries findings from check to dispatch report', async () => {
    await folder('sep', HOMES, PEOPLE);
    const check = ['--plugin', 'shaanxi', '--ledger', 'ledger.db', '--quiet'];
    const first = await duibiao(
      'check',
      'sep',
      '--as-of',
      '2020-09-30',
      '--out',
      'r1',
      ...check,
    );
    expect(first.code).toBe(0);
    expect((await summaryOf('r1')).ledger).toMatchObject({ run: 1, new: 5 });

    const exported = await duibiao(
      'verify',
      'export',
      '--ledger',
      'ledger.db',
      '--out',
      'sheets',
      '--as-of',
      '2020-09-30',
    );
    expect(exported.code).toBe(0);
    expect((await readdir(join(dir, 'sheets'))).sort()).toEqual([
      '周至县-哑柏镇.xlsx',
      '周至县-终南镇.xlsx',
      '蓝田县-洩湖镇.xlsx',
    ]);

    // H1: both lines and the review, help put in place; H2: the township
    // alone; H3: both lines; H6: both lines, a false alarm with its
    // reason; H4: a doubt "cleared" with neither line's opinion nor
    // evidence, which is not applied.
    const both = { 乡镇核查意见: '属实', 部门核查意见: '属实' };
    await fillSheet(join(dir, 'sheets', '周至县-哑柏镇.xlsx'), {
      H1: { ...both, 复核结果: '已落实', 复核人: '县扶贫办' },
      H2: { 乡镇核查意见: '不属实', 乡镇核查人: '哑柏镇' },
    });
    await fillSheet(join(dir, 'sheets', '周至县-终南镇.xlsx'), { H3: both });
    await fillSheet(join(dir, 'sheets', '蓝田县-洩湖镇.xlsx'), {
      H6: {
        乡镇核查意见: '不属实',
        部门核查意见: '不属实',
        复核结果: '确认误报',
        理由: '证件号码以公安户籍为准',
      },
      H4: { 复核结果: '已消疑', 理由: '收入已核实' },
    });
    const files = (await readdir(join(dir, 'sheets'))).map((f) =>
      join('sheets', f),
    );
    const imported = await duibiao(
      'verify',
      'import',
      '--ledger',
      'ledger.db',
      '--as-of',
      '2020-10-10',
      ...files,
    );
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain(
      '5 rows in 3 files: 4 applied, 0 already recorded, 0 not filled in',
    );
    expect(imported.stderr).toMatch(
      /^sheets\/蓝田县-洩湖镇\.xlsx:\d+: 佐证材料/,
    );
    expect(imported.stderr.trim().split('\n')).toHaveLength(1);

    const dispatch1 = await duibiao(
      'report',
      'dispatch',
      '--ledger',
      'ledger.db',
      '--out',
      'reports',
      '--as-of',
      '2020-10-10',
    );
    expect(dispatch1.stderr).toBe('');
    expect(dispatch1.code).toBe(0);
    // 蓝田县: H4, H6; verified and cleared H6 (确认误报): 1/2, 1/2.
    // 周至县: H1, H2, H3; verified H1 (closed) and H3 (双线已核): 2/3;
    // cleared H1 (已落实): 1/3. Nothing due before 2020-10-15.
    // Columns: rank, county, total, the four categories, verified,
    // share, cleared, share, overdue, then the changes (none yet).
    expect(
      (await ranking('reports/调度通报-2020-10-10.xlsx')).slice(1),
    ).toEqual([
      [1, '蓝田县', 2, 1, 0, 0, 1, 1, 0.5, 1, 0.5, 0],
      [2, '周至县', 3, 3, 0, 0, 0, 2, 2 / 3, 1, 1 / 3, 0],
      [undefined, '合计', 5, 4, 0, 0, 1, 3, 0.6, 2, 0.4, 0],
    ]);

    // A month on: H2's income is corrected (4200), a new household H7 in
    // 终南镇 is below the line, the rest unchanged.
    await folder(
      'oct',
      [
        ...HOMES.map((r) =>
          r.replace(
            'H2,610124101201,贫困户,3800',
            'H2,610124101201,贫困户,4200',
          ),
        ),
        'H7,610124102201,贫困户,3000',
      ],
      [...PEOPLE, 'H7,61012419830412005X,居民身份证,户主,男'],
    );
    const second = await duibiao(
      'check',
      'oct',
      '--as-of',
      '2020-10-31',
      '--out',
      'r2',
      ...check,
    );
    expect(second.code).toBe(0);
    const summary = await summaryOf('r2');
    // H1 found again after 已落实: reopened (and persisting with H3, H4);
    // H7 new; H2 resolved; H6 closed as 确认误报, evidence unchanged.
    expect(summary.ledger).toMatchObject({
      run: 2,
      new: 1,
      persisting: 3,
      reopened: 1,
      resolved: 1,
      suppressed: [
        {
          ruleId: 'national/id-checksum/check-digit',
          status: '确认误报',
          closedOn: '2020-10-10',
        },
      ],
    });
    expect(summary.findings.total).toBe(4);

    const overdue = await duibiao(
      'verify',
      'overdue',
      '--ledger',
      'ledger.db',
      '--as-of',
      '2020-10-31',
      '--json',
    );
    // Due 2020-10-15 and open: H3 (双线已核) and H4; H1 reopened has a
    // new deadline (2020-11-15), as has H7.
    expect(
      JSON.parse(overdue.stdout).map(
        (g: {
          county: string;
          department: string;
          findings: {
            entry: { finding: { householdId: string } };
            daysLate: number;
          }[];
        }) => [
          g.county,
          g.department,
          g.findings.map((f) => [f.entry.finding.householdId, f.daysLate]),
        ],
      ),
    ).toEqual([
      ['周至县', '扶贫部门', [['H3', 16]]],
      ['蓝田县', '扶贫部门', [['H4', 16]]],
    ]);

    const dispatch2 = await duibiao(
      'report',
      'dispatch',
      '--ledger',
      'ledger.db',
      '--out',
      'reports',
      '--as-of',
      '2020-10-31',
    );
    expect(dispatch2.code).toBe(0);
    // 周至县: H1 (reopened, 待核实), H2 (no longer found: cleared), H3
    // (双线已核, overdue), H7 (new): verified 1/4, cleared 1/4, overdue 1;
    // against the last report: findings +1, cleared 0, overdue +1.
    // 蓝田县: H4 (overdue), H6 (确认误报): 1/2, 1/2, overdue 1; +0, 0, +1.
    expect(
      (await ranking('reports/调度通报-2020-10-31.xlsx')).slice(1),
    ).toEqual([
      [1, '蓝田县', 2, 1, 0, 0, 1, 1, 0.5, 1, 0.5, 1, 0, 0, 1],
      [2, '周至县', 4, 4, 0, 0, 0, 1, 0.25, 1, 0.25, 1, 1, 0, 1],
      [undefined, '合计', 6, 5, 0, 0, 1, 2, 1 / 3, 2, 1 / 3, 2],
    ]);
    const html = await readFile(
      join(dir, 'reports', '调度通报-2020-10-31.html'),
      'utf8',
    );
    expect(html).toContain('蓝田县');
    expect(html).not.toMatch(/https?:\/\//);
  }, 120_000);
});

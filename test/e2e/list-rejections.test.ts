import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createChecker } from '@duibiao/core';
import { buildSummary, readFolder } from '@duibiao/io';
import { national } from '@duibiao/plugin-national';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A department's list that cannot be read in full is no evidence that
 * someone is missing from it: a rejected row may be the very person, a
 * file with no rows in force says nothing. Found by a fresh-user test:
 * a child whose only education row was rejected was reported as not on
 * the roll.
 */
const AS_OF = '2020-09-30';
const RULE = 'national/enrolment-mismatch/not-on-roll';
const CHILD = '610124201203041237';
const OTHER = '610124201105061234';

const HOUSEHOLDS = '户编号,行政区划代码,户类型\nH1,610124101201,贫困户\n';
// Two pupils of 小学: the roll must have both.
const MEMBERS = [
  '户编号,证件号码,姓名,与户主关系,性别,出生日期,在校生状况',
  'H1,610124198001011233,王大,户主,男,1980-01-01,',
  `H1,${CHILD},王小,之子,男,2012-03-04,小学`,
  `H1,${OTHER},王二,之子,男,2011-05-06,小学`,
].join('\n');
const ROLL = '证件号码,学籍状态,数据截至日期';

const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function check(education: string) {
  const dir = await mkdtemp(join(tmpdir(), 'duibiao-list-rejections-'));
  folders.push(dir);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'households.csv'), HOUSEHOLDS);
  await writeFile(join(dir, 'members.csv'), MEMBERS);
  await writeFile(join(dir, 'education.csv'), education);
  const read = await readFolder(dir);
  const result = await createChecker({
    plugins: [national],
    asOf: AS_OF,
  }).check(read.dataset);
  const stats = result.stats.rules.find((rule) => rule.ruleId === RULE);
  const findings = result.findings.filter((f) => f.ruleId === RULE);
  const summary = buildSummary({
    folder: dir,
    read,
    check: result,
    durationMs: 0,
  });

  return { findings, stats, summary };
}

describe('a department list not read in full', () => {
  it('is not evidence against the person whose row was rejected', async () => {
    // The child's row says 在籍, which is no 学籍状态: rejected. The other
    // pupil's row is fine.
    const { findings, stats } = await check(
      [ROLL, `${CHILD},在籍,2020-09-20`, `${OTHER},在读,2020-09-20`].join('\n'),
    );

    expect(findings).toEqual([]);
    expect(stats?.unknown).toBe(1);
    expect(stats?.missing).toEqual({ 'education (a row was rejected)': 1 });
  });

  it('leaves everyone unknown while a rejected row names no one', async () => {
    // A blank 证件号码 could be either pupil's row.
    const { findings, stats } = await check(
      [ROLL, `,在读,2020-09-20`, `${OTHER},在读,2020-09-20`].join('\n'),
    );

    expect(findings).toEqual([]);
    expect(stats?.unknown).toBe(2);
  });

  it('still finds the pupil missing from a list read in full', async () => {
    const { findings } = await check(
      [ROLL, `${OTHER},在读,2020-09-20`].join('\n'),
    );

    expect(findings.map((f) => f.memberId)).toEqual([CHILD]);
  });

  it('is not compared when it has no rows in force: a header alone, or rows dated later', async () => {
    for (const text of [ROLL, [ROLL, `${OTHER},在读,2020-10-15`].join('\n')]) {
      const { findings, stats, summary } = await check(text);

      expect(findings).toEqual([]);
      expect(stats?.missing).toEqual({ 'education (no rows in force)': 2 });
      expect(summary.notCompared).toContainEqual({
        table: 'education',
        reason: 'no rows in force',
      });
      expect(summary.rulesNotCompared[RULE]).toEqual({
        count: 2,
        tables: ['education'],
      });
    }
  });
});

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  FIXED_HOMES,
  FIXED_PEOPLE,
  HOMES,
  type Line,
  PEOPLE,
  previousRuns,
  who,
} from './__fixtures__/previous-run.js';

/**
 * `duibiao check --previous`: findings marked new or persisting against
 * an earlier run, the gone ones in resolved.jsonl, and the counts in
 * summary.json and the printed summary. The folder and its three
 * findings are described in __fixtures__/previous-run.ts; the folder
 * given as --previous and unreadable earlier lines are in
 * check-previous-folder.test.ts.
 */
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-previous-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const { run, writeFolder, jsonl, csvStatus, diffOf, exists } = previousRuns(
  () => dir,
);

describe('duibiao check --previous', () => {
  it('gives an unchanged re-run the same ids, all persisting, nothing resolved', async () => {
    await writeFolder('in');
    expect((await run('in', '--out', 'first')).code).toBe(0);
    const { code, stdout } = await run(
      'in',
      '--out',
      'second',
      '--previous',
      'first',
    );

    const first = await jsonl('first/findings.jsonl');
    const second = await jsonl('second/findings.jsonl');
    expect(code).toBe(0);
    expect(who(first)).toEqual([
      ['national/income-below-line', 'H1', null, undefined],
      [
        'national/id-checksum/check-digit',
        'H1',
        '610124201009013310',
        undefined,
      ],
      ['national/income-below-line', 'H2', null, undefined],
    ]);
    expect(second).toEqual(first.map((f) => ({ ...f, status: 'persisting' })));
    expect(Object.keys(second[0] ?? {}).slice(0, 3)).toEqual([
      'findingId',
      'status',
      'ruleId',
    ]);
    expect(await readFile(join(dir, 'second/resolved.jsonl'), 'utf8')).toBe('');
    expect(await diffOf('second/summary.json')).toEqual({
      previous: 'first',
      new: 0,
      persisting: 3,
      resolved: 0,
    });
    expect(await csvStatus('second/findings.csv')).toEqual([
      '状态',
      '持续存在',
      '持续存在',
      '持续存在',
    ]);
    expect(stdout).toMatch(
      /\nsince the run in first\n {2}新发现 new +0\n {2}持续存在 persisting +3\n {2}已解决 resolved +0\n/,
    );
    expect(stdout).toContain('second/resolved.jsonl');
  });

  it('leaves the report as it was without --previous: no status, no 状态, no resolved.jsonl, no diff', async () => {
    await writeFolder('in');
    await run('in', '--out', 'first');

    const first = await jsonl('first/findings.jsonl');
    expect(first.every((f) => !('status' in f))).toBe(true);
    expect((await csvStatus('first/findings.csv'))[0]).toBe('规则编号');
    expect(await exists('first/resolved.jsonl')).toBe(false);
    expect(await diffOf('first/summary.json')).toBeUndefined();
  });

  it('moves exactly the findings of the household whose data was fixed to resolved.jsonl, as they were', async () => {
    await writeFolder('in');
    await writeFolder('fixed', FIXED_HOMES, FIXED_PEOPLE);
    await run('in', '--out', 'first');
    const { code, stdout } = await run(
      'fixed',
      '--out',
      'second',
      '--previous',
      'first',
    );

    const first = await jsonl('first/findings.jsonl');
    const h1 = first.filter((f) => f.householdId === 'H1');
    const h2 = first.filter((f) => f.householdId === 'H2');
    expect(code).toBe(0);
    expect(h1).toHaveLength(2);
    expect(await jsonl('second/findings.jsonl')).toEqual(
      h2.map((f) => ({ ...f, status: 'persisting' })),
    );
    expect(await jsonl('second/resolved.jsonl')).toEqual(
      h1.map((f) => ({ ...f, status: 'resolved' })),
    );
    expect(await diffOf('second/summary.json')).toEqual({
      previous: 'first',
      new: 0,
      persisting: 1,
      resolved: 2,
    });
    expect(stdout).toMatch(/已解决 resolved +2\n/);
  });

  it('marks new the finding of a household whose data got worse', async () => {
    await writeFolder('in');
    const worse = HOMES.map((row) => row.replace('5200', '3900'));
    await writeFolder('worse', worse);
    await run('in', '--out', 'first');
    await run('worse', '--out', 'second', '--previous', 'first');

    const second = await jsonl('second/findings.jsonl');
    expect(who(second)).toEqual([
      ['national/income-below-line', 'H1', null, 'persisting'],
      [
        'national/id-checksum/check-digit',
        'H1',
        '610124201009013310',
        'persisting',
      ],
      ['national/income-below-line', 'H2', null, 'persisting'],
      ['national/income-below-line', 'H3', null, 'new'],
    ]);
    expect(await csvStatus('second/findings.csv')).toEqual([
      '状态',
      '持续存在',
      '持续存在',
      '持续存在',
      '新发现',
    ]);
    expect(await diffOf('second/summary.json')).toMatchObject({
      new: 1,
      persisting: 3,
      resolved: 0,
    });
  });

  it('gives the same ids when the rows and columns are shuffled', async () => {
    await writeFolder('in');
    const [homeHeader, ...homes] = HOMES;
    const [peopleHeader, ...people] = PEOPLE;
    // Rows reversed and members of different households interleaved; the
    // members' columns put in another order.
    const order = [4, 0, 3, 2, 1];
    const swapped = (row: string) => {
      const [household, id, type, relation, sex] = row.split(',');
      return [sex, relation, id, household, type].join(',');
    };
    await writeFolder(
      'shuffled',
      [homeHeader as string, ...homes.reverse()],
      [peopleHeader as string, ...order.map((i) => people[i] as string)].map(
        swapped,
      ),
    );
    await run('in', '--out', 'first');
    await run('shuffled', '--out', 'second', '--previous', 'first');

    const first = await jsonl('first/findings.jsonl');
    const second = await jsonl('second/findings.jsonl');
    const ids = (lines: readonly Line[]) =>
      lines
        .map((f) => `${f.ruleId} ${f.householdId} ${f.memberId} ${f.findingId}`)
        .sort();
    expect(ids(second)).toEqual(ids(first));
    expect(second.every((f) => f.status === 'persisting')).toBe(true);
    expect(await diffOf('second/summary.json')).toMatchObject({
      new: 0,
      persisting: 3,
      resolved: 0,
    });
  });
});

import { describe, expect, it } from 'vitest';

import {
  createApp,
  type ErrorBody,
  type InputProblem,
  isJsonMediaType,
  readCheckRequest,
} from './index.js';

const AS_OF = '2020-09-30';

function problemsOf(body: unknown): InputProblem[] {
  const read = readCheckRequest(body);
  if (read.ok) throw new Error('expected the request to be refused');

  return read.problems;
}

describe('readCheckRequest', () => {
  it('reads cells as the file readers do, by English key or Chinese header', () => {
    const read = readCheckRequest({
      asOf: AS_OF,
      households: [
        {
          户编号: 'H1',
          householdType: '贫困户',
          人均纯收入: '3,500',
          dangerousHouse: '是',
          measures: '产业帮扶、就业帮扶',
          povertyCauses: ['因病', '因学'],
          wageIncome: null,
        },
      ],
      members: [
        { householdId: 'H1', 证件号码: '６１０１２４１９７５０３１２１１１４' },
      ],
    });

    expect(read).toEqual({
      ok: true,
      asOf: AS_OF,
      dataset: {
        households: [
          {
            householdId: 'H1',
            householdType: '贫困户',
            perCapitaNetIncome: 3500,
            dangerousHouse: true,
            measures: ['产业帮扶', '就业帮扶'],
            povertyCauses: ['因病', '因学'],
          },
        ],
        // Full-width digits are read as the half-width ones.
        members: [{ householdId: 'H1', idNumber: '610124197503121114' }],
        villages: [],
        absentTables: ['villages'],
      },
    });
  });

  it('takes villages: [] as a villages table with no rows, not an absent one', () => {
    const read = readCheckRequest({
      asOf: AS_OF,
      households: [],
      members: [],
      villages: [],
    });

    expect(read).toEqual({
      ok: true,
      asOf: AS_OF,
      dataset: { households: [], members: [], villages: [] },
    });
  });

  it('names a misspelt key, a field given twice, an object cell and a row that is no object', () => {
    const problems = problemsOf({
      asOf: AS_OF,
      households: [
        { householdId: 'H1', perCapitaIncome: 3500 },
        { householdId: 'H2', 户编号: 'H2' },
        { householdId: 'H3', netIncome: { value: 1 } },
        ['H4'],
      ],
      members: [],
    });

    expect(problems).toEqual([
      {
        path: 'households[0].perCapitaIncome',
        table: 'households',
        index: 0,
        value: 3500,
        reason:
          "perCapitaIncome is not a field of households (户信息): use a field's English key or Chinese header, as in docs/tables.md",
      },
      {
        path: 'households[1].户编号',
        table: 'households',
        index: 1,
        field: 'householdId',
        header: '户编号',
        reason: '户编号 and householdId are the same field; give it once',
      },
      {
        path: 'households[2].netIncome',
        table: 'households',
        index: 2,
        field: 'netIncome',
        header: '家庭纯收入',
        value: '{"value":1}',
        code: 'not-a-value',
        reason: 'expected a value, not an object',
      },
      {
        path: 'households[3]',
        table: 'households',
        index: 3,
        value: '["H4"]',
        code: 'not-a-row',
        reason: 'expected an object keyed by field names, not an array',
      },
    ]);
  });

  it('names a household given twice at the second, even when the first is bad', () => {
    const problems = problemsOf({
      asOf: AS_OF,
      households: [
        { householdId: 'H1', exitYear: 'soon' },
        { householdId: 'H1' },
      ],
      members: [],
    });

    expect(
      problems.map(({ path, code, reason }) => ({ path, code, reason })),
    ).toEqual([
      {
        path: 'households[0].exitYear',
        code: 'not-a-number',
        reason: expect.any(String),
      },
      {
        path: 'households[1].householdId',
        code: 'duplicate-key',
        reason: 'duplicate householdId H1: households[0] has it first',
      },
    ]);
  });

  it('names a row without its key, and a member of no household', () => {
    const problems = problemsOf({
      asOf: AS_OF,
      households: [{ householdType: '贫困户' }],
      members: [{ householdId: 'H1', idNumber: '610124197503121114' }],
    });

    expect(problems).toMatchObject([
      {
        path: 'households[0].householdId',
        field: 'householdId',
        value: null,
        code: 'blank-required',
      },
      {
        path: 'members[0].householdId',
        value: 'H1',
        code: 'no-household',
        reason: 'householdId H1 matches no household of the request',
      },
    ]);
  });

  it('names what is wrong with the body itself before any row', () => {
    const problems = problemsOf({
      households: [{ householdId: 'H1', householdType: '富裕户' }],
      members: 'none',
      asOf: '2020-02-30',
      notes: 'x',
    });

    expect(problems.map((problem) => problem.path)).toEqual([
      'asOf',
      'members',
      'notes',
      'households[0].householdType',
    ]);
  });

  it('refuses a month as the reference date, and a body that is no object', () => {
    const month = problemsOf({ asOf: '2020-09', households: [], members: [] });

    expect(month).toEqual([
      { path: 'asOf', reason: 'expected a real date written YYYY-MM-DD' },
    ]);
    expect(problemsOf([])).toEqual([
      {
        path: '$',
        reason: 'expected an object { asOf, households, members, villages? }',
      },
    ]);
  });

  it('cuts a long value to 200 characters, saying how long it was', () => {
    const [problem] = problemsOf({
      asOf: AS_OF,
      households: [{ householdId: 'H1', netIncome: 'x'.repeat(10_000) }],
      members: [],
    });
    const ending = '…(10000 characters)';

    expect(problem?.value).toBe('x'.repeat(200 - ending.length) + ending);
  });
});

describe('readCheckRequest on many bad rows', () => {
  it('keeps the first 1000 problems and counts them all', () => {
    const rows = new Array<number>(100_000).fill(7);
    const read = readCheckRequest({
      asOf: AS_OF,
      households: rows,
      members: [],
    });
    if (read.ok) throw new Error('expected the request to be refused');

    expect(read.problemCount).toBe(100_000);
    expect(read.problems).toHaveLength(1000);
    expect(read.problems[999]).toEqual({
      path: 'households[999]',
      table: 'households',
      index: 999,
      value: 7,
      code: 'not-a-row',
      reason: 'expected an object keyed by field names, not a number',
    });
  });
});

describe('createApp', () => {
  it('lists at most maxProblems problems and counts them all', async () => {
    const app = createApp({ maxProblems: 2 });
    const households = ['a', 'b', 'c'].map((bad) => ({
      householdId: bad,
      netIncome: bad,
    }));
    const response = await app.request('/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ asOf: AS_OF, households, members: [] }),
    });
    const body = (await response.json()) as ErrorBody;

    expect(response.status).toBe(400);
    expect(body.problemCount).toBe(3);
    expect(body.problems).toHaveLength(2);
    expect(body.message).toBe(
      '3 problems in the request; the first 2 are listed: nothing was checked',
    );
  });

  it('refuses a body that is not UTF-8', async () => {
    const app = createApp();
    const response = await app.request('/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_json',
      message: 'the body is not UTF-8 text',
    });
  });

  it('refuses a bad asOf of GET /rules', async () => {
    const response = await createApp().request('/rules?asOf=yesterday');

    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).problems).toEqual([
      {
        path: 'asOf',
        value: 'yesterday',
        reason: 'expected a real date written YYYY-MM-DD',
      },
    ]);
  });
});

describe('isJsonMediaType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=UTF-8', true],
    ['application/json; charset="utf-8"', true],
    ['application/json; charset=gbk', false],
    ['text/json', false],
    ['multipart/form-data; boundary=x', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(isJsonMediaType(header)).toBe(expected);
  });
});

import type { RuleCatalogue } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type CheckResponse,
  createApp,
  type ErrorBody,
  listen,
  type Listening,
} from './index.js';

const RULE = 'national/income-below-line';
const AS_OF = '2020-09-30';

/** A household of 周至县 (610124), as a county export writes its cells. */
function household(overrides: Record<string, unknown>) {
  return {
    householdId: '6101241012010001',
    regionCode: '610124101201',
    householdType: '贫困户',
    incomeYear: '2020',
    是否危房户: '否',
    帮扶措施: '产业帮扶,就业帮扶',
    ...overrides,
  };
}

/** The head, born 1975-03-12, male: check digit 4 worked out by hand. */
const head = {
  householdId: '6101241012010001',
  idNumber: '610124197503121114',
  relation: '户主',
  sex: '男',
  birthDate: '1975/3/12',
  是否参加城乡居民基本医疗保险: '是',
};

let service: Listening;

beforeAll(async () => {
  service = await listen(createApp(), 0);
});

afterAll(async () => {
  await service.close();
});

function post(body: unknown, type = 'application/json') {
  return fetch(`${service.url}/check`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the service on 127.0.0.1', () => {
  it('listens on 127.0.0.1 at the port the system chose', () => {
    expect(service.port).toBeGreaterThan(0);
    expect(service.url).toBe(`http://127.0.0.1:${service.port}`);
  });

  it('reports a 贫困户 at "3,500" a head below the 2020 line of 4000', async () => {
    const response = await post({
      asOf: AS_OF,
      households: [household({ perCapitaNetIncome: '3,500' })],
      members: [head],
    });
    const { findings, stats } = await json<CheckResponse>(response);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const found = findings.filter((f) => f.ruleId === RULE);
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        householdId: '6101241012010001',
        memberId: null,
        county: '周至县',
        category: 'policy-gap',
        indicator: 'income',
        severity: 'high',
        // 人均纯收入 {perCapitaNetIncome} 元，低于 {povertyLine.year} 年扶贫标准 {povertyLine} 元
        message: '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
      }),
    ]);
    expect(stats.asOf).toBe(AS_OF);
    expect(ruleStats(stats, RULE)).toMatchObject({ fired: 1, passed: 0 });
  });

  it('passes a household at 5000 a head on that rule', async () => {
    const response = await post({
      asOf: AS_OF,
      households: [household({ perCapitaNetIncome: 5000 })],
      members: [head],
      villages: [],
    });
    const { findings, stats } = await json<CheckResponse>(response);

    expect(response.status).toBe(200);
    expect(findings.map((f) => f.ruleId)).not.toContain(RULE);
    expect(ruleStats(stats, RULE)).toMatchObject({
      fired: 0,
      passed: 1,
      unknown: 0,
    });
  });

  it('refuses the whole request for one bad record, naming every problem', async () => {
    const response = await post({
      asOf: AS_OF,
      households: [
        household({ perCapitaNetIncome: '3,500' }),
        household({ householdId: 'H2', 人均纯收入: 'about 3000' }),
      ],
      members: [head, { ...head, householdId: 'H9' }],
    });
    const body = await json<ErrorBody>(response);

    expect(response.status).toBe(400);
    expect(body).toEqual({
      error: 'invalid_request',
      message: '2 problems in the request: nothing was checked',
      problemCount: 2,
      problems: [
        {
          path: 'households[1].人均纯收入',
          table: 'households',
          index: 1,
          field: 'perCapitaNetIncome',
          header: '人均纯收入',
          value: 'about 3000',
          code: 'not-a-number',
          reason: 'expected a number',
        },
        {
          path: 'members[1].householdId',
          table: 'members',
          index: 1,
          field: 'householdId',
          header: '户编号',
          value: 'H9',
          code: 'no-household',
          reason: 'householdId H9 matches no household of the request',
        },
      ],
    });
  });

  it('lists the rule set with each rule once', async () => {
    const response = await fetch(`${service.url}/rules?asOf=${AS_OF}`);
    const { asOf, rules } = await json<RuleCatalogue>(response);
    const ids = rules.map((rule) => rule.id);
    // Shaanxi's rules and those of the national plugin it extends; it
    // replaces and switches off none, so each runs.
    const plugins = [shaanxi, ...(shaanxi.extends ?? [])];
    const defined = new Set(
      plugins.flatMap((plugin) => plugin.rules ?? []).map((rule) => rule.id),
    );

    expect(response.status).toBe(200);
    expect(asOf).toBe(AS_OF);
    expect(ids.length).toBeGreaterThanOrEqual(117);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(defined);
    expect(rules).toContainEqual(
      expect.objectContaining({ id: RULE, title: '人均纯收入低于扶贫标准' }),
    );
  });

  it('refuses a body that is not JSON with 415, before reading it', async () => {
    const response = await post('asOf=2020-09-30', 'text/plain');

    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({
      error: 'unsupported_media_type',
    });
  });

  it('refuses JSON that does not parse with 400', async () => {
    const response = await post('{"asOf": "2020-09-30",');

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('refuses a body over 5 MiB with 413, by its length or as it streams', async () => {
    const big = `{"pad":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    const sized = await post(big);
    const streamed = await fetch(`${service.url}/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);

    expect(sized.status).toBe(413);
    expect(await sized.json()).toMatchObject({ error: 'body_too_large' });
    expect(streamed.status).toBe(413);
  });

  it('answers unknown paths and methods in JSON', async () => {
    const missing = await fetch(`${service.url}/findings`);
    const wrong = await fetch(`${service.url}/check`);

    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

function ruleStats(stats: CheckResponse['stats'], ruleId: string) {
  return stats.rules.find((rule) => rule.ruleId === ruleId);
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

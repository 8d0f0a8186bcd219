import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `--plugin x.json`: a plugin written as data, extending Shaanxi by
 * name. The sample's reference date is 2020-09-30.
 */
const SAMPLE = fileURLToPath(
  new URL('../../../examples/sample-province', import.meta.url),
);
const REASON = 'the county checks 雨露计划 in its own ledger';

const plugin = {
  name: 'duibiao-plugin-json-city',
  id: 'jsoncity',
  version: '0.1.0',
  regions: ['6101'],
  extends: ['shaanxi'],
  disables: [{ ruleId: 'national/yulu-missing', reason: REASON }],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-json-plugin-'));
  await writeFile(join(dir, 'city.json'), JSON.stringify(plugin));
  await writeFile(join(dir, 'broken.json'), '{"name": "x",');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runMain(dir, ...argv);

describe('a plugin written as JSON', () => {
  it('lists the rules of its base without the one it switches off, and why', async () => {
    const { code, stdout } = await run(
      'rules',
      '--plugin',
      'city.json',
      '--as-of',
      '2020-09-30',
    );

    expect(code).toBe(0);
    expect(stdout).toContain(
      `national/yulu-missing (@duibiao/plugin-national) by duibiao-plugin-json-city: ${REASON}`,
    );
    expect(stdout).not.toMatch(/^national\/yulu-missing /m);
  });

  it('checks a folder in one thread, and the rule it switched off reports nothing', async () => {
    const { code } = await run(
      'check',
      SAMPLE,
      '--plugin',
      'city.json',
      '--as-of',
      '2020-09-30',
      '--workers',
      '2',
      '--out',
      'out',
      '-q',
    );
    const findings = (
      await readFile(join(dir, 'out', 'findings.jsonl'), 'utf8')
    )
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { ruleId: string });

    // The sample plants three members the rule reports under Shaanxi.
    const planted = (await readFile(join(SAMPLE, 'answer-key.jsonl'), 'utf8'))
      .split('\n')
      .filter((line) => line.includes('"national/yulu-missing"'));

    expect(planted).toHaveLength(3);
    expect(code).toBe(0);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.ruleId === 'national/yulu-missing')).toBe(
      false,
    );
  });

  it('that is not JSON is a usage error naming the file', async () => {
    const { code, stderr } = await run('rules', '--plugin', 'broken.json');

    expect(code).toBe(2);
    expect(stderr).toContain('cannot read plugin broken.json');
  });
});

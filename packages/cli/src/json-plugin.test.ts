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
  // Windows Notepad writes a byte order mark before the text.
  await writeFile(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(plugin)}`);
  await writeFile(join(dir, 'comma.json'), '{\n  "name": "comma",\n}\n');
  const extending = (name: string, ...bases: string[]) =>
    JSON.stringify({ ...plugin, name, extends: bases });
  await writeFile(join(dir, 'self.json'), extending('self', './self.json'));
  await writeFile(join(dir, 'x.json'), extending('x', 'shaanxi', './y.json'));
  await writeFile(join(dir, 'y.json'), extending('y', './x.json'));
  await writeFile(
    join(dir, 'on-comma.json'),
    extending('on-comma', 'shaanxi', './comma.json'),
  );
  const cases = {
    valid: [
      { name: 'a', data: { members: [], villages: [] }, asOf: '2020-9-30' },
    ],
    invalid: [null],
  };
  await writeFile(
    join(dir, 'bad-tests.json'),
    JSON.stringify({ ...plugin, tests: { 'national/yulu-missing': cases } }),
  );
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

    // `{"name": "x",` is 13 characters: after the comma a name is
    // expected at column 14, where the text ends.
    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: cannot read plugin broken.json: it is not JSON: Expected double-quoted property name at line 1, column 14\n',
    );
  });

  it('is read after the byte order mark Notepad writes before it', async () => {
    const { code, stdout } = await run('rules', '--plugin', 'bom.json');

    expect(code).toBe(0);
    expect(stdout).toContain(
      'national/yulu-missing (@duibiao/plugin-national) by duibiao-plugin-json-city',
    );
  });

  it('that extends itself, or a plugin extending it, is a usage error naming the loop', async () => {
    const self = await run('rules', '--plugin', 'self.json');
    const pair = await run('rules', '--plugin', 'x.json');

    expect(self).toMatchObject({
      code: 2,
      stderr:
        'duibiao: plugin self.json extends itself: self.json → self.json; remove one of these extends\n',
    });
    expect(pair).toMatchObject({
      code: 2,
      stderr:
        'duibiao: plugin x.json extends itself: x.json → y.json → x.json; remove one of these extends\n',
    });
  });

  it('says why a base it extends cannot be loaded: the line and column of its syntax error', async () => {
    const { code, stderr } = await run('rules', '--plugin', 'on-comma.json');

    // comma.json's `}` on line 3 follows a comma: a name was expected.
    expect(code).toBe(2);
    expect(stderr).toContain(
      '- at extends[1]: cannot load "./comma.json": it is not JSON: Expected double-quoted property name at line 3, column 1\n',
    );
  });

  it('with tests that are not cases is a plugin error listing them, not an internal error', async () => {
    const { code, stderr } = await run('rules', '--plugin', 'bad-tests.json');
    const at = 'tests["national/yulu-missing"]';

    expect(code).toBe(2);
    expect(stderr).toContain(
      `- at ${at}.valid[0].data.households: the households the rule runs over are required: an array of records ([] for none)\n`,
    );
    expect(stderr).toContain(
      `- at ${at}.valid[0].asOf: must be a YYYY-MM-DD date, not "2020-9-30"\n`,
    );
    expect(stderr).toContain(
      `- at ${at}.invalid[0]: a case is an object { name, data, asOf, findings }, not null\n`,
    );
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `--plugin` values and JSON plugins that name what every object has
 * (`constructor`, `__proto__`) or hold text that looks like code: each is
 * a plugin that cannot be loaded, or data, never code and never an
 * internal error.
 */
let dir: string;

/** A JSON plugin extending Shaanxi, with the rule given. */
const city = (over: Record<string, unknown>) =>
  JSON.stringify({
    name: 'city',
    id: 'city',
    version: '0.1.0',
    extends: ['shaanxi'],
    ...over,
  });

const CODE = "${process.exit(9)}constructor.constructor('return process')()";

const rule = {
  id: 'city/low',
  subject: 'household',
  category: 'risk',
  indicator: 'income',
  severity: 'medium',
  title: CODE,
  basis: CODE,
  department: CODE,
  action: '核实',
  conditions: {
    all: [{ fact: 'perCapitaNetIncome', operator: 'notEqual', value: CODE }],
  },
  message: { zh: `${CODE}{perCapitaNetIncome}`, en: CODE },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-hostile-plugin-'));
  await writeFile(
    join(dir, 'bases.json'),
    city({ extends: ['__proto__', 'constructor', 'toString'] }),
  );
  // JSON.parse makes "__proto__" a key of its own, as a file may hold it.
  await writeFile(
    join(dir, 'proto.json'),
    city({}).replace('{', '{"__proto__": {"polluted": 1}, '),
  );
  await writeFile(join(dir, 'code.json'), city({ rules: [rule] }));
  await writeFile(
    join(dir, 'households.csv'),
    '户编号,行政区划代码,户类型,人均纯收入\nH1,610124101201,贫困户,3500\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const run = (...argv: string[]) => runMain(dir, ...argv);

describe('--plugin names an object prototype has', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    '--plugin %s is a package that cannot be found: a usage error',
    async (name) => {
      const { code, stderr } = await run('rules', '--plugin', name);

      expect(code).toBe(2);
      expect(stderr).toMatch(
        new RegExp(
          `^duibiao: cannot load plugin ${name}: Cannot find package '${name}'`,
        ),
      );
    },
  );

  it('a JSON plugin extending them names each as a plugin it cannot load', async () => {
    const { code, stderr } = await run('rules', '--plugin', 'bases.json');

    expect(code).toBe(2);
    expect(stderr).toContain('bases.json is not a usable plugin (3 problems)');
    for (const [i, name] of ['__proto__', 'constructor', 'toString'].entries())
      expect(stderr).toContain(
        `- at extends[${i}]: cannot load "${name}": Cannot find package '${name}'`,
      );
    expect(stderr).not.toMatch(/^\s+at .+:\d+/m);
  });

  it('a JSON plugin with a __proto__ key is refused, naming it', async () => {
    const { code, stderr } = await run('rules', '--plugin', 'proto.json');

    expect(code).toBe(2);
    expect(stderr).toContain(
      '- at __proto__: the key __proto__ is not allowed',
    );
  });
});

describe('a JSON plugin holding text that looks like code', () => {
  it('runs none of it: the rule compares text and its finding quotes it', async () => {
    const { code } = await run(
      'check',
      '.',
      '--plugin',
      'code.json',
      '--as-of',
      '2020-09-30',
      '--quiet',
    );
    const lines = (await readFile(join(dir, 'out', 'findings.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = lines.filter((finding) => finding.ruleId === 'city/low');

    // The process did not exit with 9: the check ran to its end.
    expect(code).toBe(0);
    expect(mine).toEqual([
      expect.objectContaining({
        householdId: 'H1',
        message: `${CODE}3500`,
        basis: CODE,
        department: CODE,
      }),
    ]);
  });
});

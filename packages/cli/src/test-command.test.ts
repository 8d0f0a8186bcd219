import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { shaanxi } from '@duibiao/plugin-shaanxi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao test`: a plugin's own cases, per rule; and the plugin folders
 * `--plugin` loads (package.json `exports` or `main`, and `a/b` paths).
 * Each plugin below has one rule, "income under 5000 yuan"; the clean
 * household of the SDK's fixtures has 6500.
 */
const CLI = fileURLToPath(new URL('..', import.meta.url));
const REPO = join(CLI, '../..');

/**
 * A plugin module of one rule, `<id>/under-5000`, with the given invalid
 * cases; `null` gives the rule no cases at all.
 */
function pluginModule(id: string, invalid: string | null): string {
  const tests =
    invalid === null
      ? '{}'
      : `{
    '${id}/under-5000': {
      valid: [{ name: 'the clean household at 6500', data: dataset() }],
      invalid: ${invalid},
    },
  }`;

  return `
import { dataset, definePlugin, defineRule, household } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';


const rule = defineRule({
  id: '${id}/under-5000',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'low',
  title: '人均纯收入低于 5000 元',
  basis: 'test',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [{ fact: 'perCapitaNetIncome', operator: 'lessThan', value: 5000 }],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元',
    en: 'Per-capita net income {perCapitaNetIncome} yuan',
  },
});
const at4800 = dataset({ household: household({ perCapitaNetIncome: 4800 }) });

export const plugin = definePlugin({
  name: 'duibiao-plugin-${id}',
  id: '${id}',
  version: '0.1.0',
  extends: [shaanxi],
  rules: [rule],
  tests: ${tests},
});
`;
}

const FAILING_CASE = `[{
  name: 'a household at 4800, expected with the wrong figure',
  data: at4800,
  findings: [{ householdId: 'H001', message: '人均纯收入 4900 元' }],
}]`;
const PASSING_CASE = `[{
  name: 'a household at 4800',
  data: at4800,
  findings: [{ householdId: 'H001', message: '人均纯收入 4800 元' }],
}]`;

/** Plugin folders by path, each a package.json and its modules. */
const FOLDERS: Record<string, Record<string, string>> = {
  // `exports` as a map of plain strings.
  failing: {
    'package.json': JSON.stringify({
      type: 'module',
      exports: { '.': './lib/plugin.js' },
    }),
    'lib/plugin.js': pluginModule('failing', FAILING_CASE),
  },
  // No `exports`: `main`.
  nocase: {
    'package.json': JSON.stringify({ type: 'module', main: './main.js' }),
    'main.js': pluginModule('nocase', '[]'),
  },
  // A rule without any case.
  bare: {
    'package.json': JSON.stringify({ type: 'module', main: './main.js' }),
    'main.js': pluginModule('bare', null),
  },
  // Conditional `exports`: the import condition, not require.
  'plugins/passing': {
    'package.json': JSON.stringify({
      type: 'module',
      exports: { '.': { import: './esm.js', require: './missing.cjs' } },
    }),
    'esm.js': pluginModule('passing', PASSING_CASE),
  },
  empty: {
    'package.json': JSON.stringify({ type: 'module' }),
    'index.js': 'export const answer = 42;\n',
  },
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(CLI, '.tmp-test-'));
  for (const [folder, files] of Object.entries(FOLDERS)) {
    for (const [path, text] of Object.entries(files)) {
      const target = join(dir, folder, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(cwd: string, ...argv: string[]) {
  const result = await runMain(cwd, ...argv);

  return { ...result, lines: result.stdout.split('\n') };
}

describe('duibiao test', () => {
  it('passes every case of each Shaanxi rule and exits 0', async () => {
    const { code, lines } = await run(dir, 'test', '--plugin', 'shaanxi');
    const ids = (shaanxi.rules ?? []).map((rule) => rule.id).sort();
    const count = (id: string) =>
      (shaanxi.tests?.[id]?.valid.length ?? 0) +
      (shaanxi.tests?.[id]?.invalid.length ?? 0);
    const total = ids.reduce((sum, id) => sum + count(id), 0);

    expect(code).toBe(0);
    expect(lines[0]).toBe('@duibiao/plugin-shaanxi');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids)
      expect(lines).toContain(
        `  ok      ${id}  ${count(id)}/${count(id)} cases`,
      );
    expect(lines).toContain(
      `${ids.length} rules, ${total} cases: ${total} passed, 0 failed`,
    );
  });

  it('exits 1 on a failing case, naming the rule, the case and what was wrong', async () => {
    const { code, stdout, lines } = await run(
      dir,
      'test',
      '--plugin',
      './failing',
    );

    expect(code).toBe(1);
    expect(lines[0]).toBe('duibiao-plugin-failing');
    expect(lines).toContain('  FAIL    failing/under-5000  1/2 cases');
    expect(stdout).toContain(
      [
        '          ✗ invalid: a household at 4800, expected with the wrong figure',
        '            expected a finding {"householdId":"H001","message":"人均纯收入 4900 元"}',
        '            the rule reported 1:',
        '              H001: 人均纯收入 4800 元 ',
      ].join('\n'),
    );
    expect(stdout).not.toContain('✗ valid');
    expect(lines).toContain('1 rule, 2 cases: 1 passed, 1 failed');
  });

  it('exits 1 when a rule has no invalid case, marking the rule MISSING though its one case passed', async () => {
    const { code, stdout, lines } = await run(
      dir,
      'test',
      '--plugin',
      './nocase',
    );

    expect(code).toBe(1);
    expect(lines).toContain('  MISSING nocase/under-5000  1/1 cases');
    expect(stdout).not.toContain(' ok ');
    expect(stdout).toContain(
      'Cases missing or incomplete:\n  nocase/under-5000 has no invalid case\n',
    );
    expect(stdout).not.toContain('has no valid case');
    expect(lines).toContain(
      '1 rule, 1 case: 1 passed, 0 failed; 1 problem with the cases',
    );
  });

  it('lists and counts a rule of the plugin that has no cases at all', async () => {
    const { code, stdout } = await run(dir, 'test', '--plugin', './bare');

    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'duibiao-plugin-bare',
        '  MISSING bare/under-5000  0/0 cases',
        '',
        'Cases missing or incomplete:',
        '  bare/under-5000 has no valid case',
        '  bare/under-5000 has no invalid case',
        '',
        '1 rule, 0 cases: 0 passed, 0 failed; 2 problems with the cases',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 for a plugin of its own whose cases all pass', async () => {
    const { code, lines } = await run(
      dir,
      'test',
      '--plugin',
      './plugins/passing',
    );

    expect(code).toBe(0);
    expect(lines).toContain('  ok      passing/under-5000  2/2 cases');
    expect(lines).toContain('1 rule, 2 cases: 2 passed, 0 failed');
  });

  it('is a usage error without --plugin (exit 2, on stderr); --help prints the usage', async () => {
    const without = await run(dir, 'test');
    const help = await run(dir, 'test', '--help');

    expect(without.code).toBe(2);
    expect(without.stdout).toBe('');
    expect(without.stderr).toContain('duibiao test --plugin <name|path>');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: duibiao test --plugin <name\|path>/);
  });

  it('is a usage error for an unknown option', async () => {
    const { code, stderr } = await run(dir, 'test', '--plugn', 'shaanxi');

    expect(code).toBe(2);
    expect(stderr).toMatch(/^duibiao: test: .*--plugn/);
  });
});

describe('loading --plugin from a folder', () => {
  it('takes the module a plain `exports` map names', async () => {
    const { lines } = await run(dir, 'test', '--plugin', './failing');

    expect(lines[0]).toBe('duibiao-plugin-failing');
  });

  it('takes `main` when there is no `exports`', async () => {
    const { lines } = await run(dir, 'test', '--plugin', './nocase');

    expect(lines[0]).toBe('duibiao-plugin-nocase');
  });

  it('takes an a/b path that exists as a folder, not a package name', async () => {
    const { code, lines } = await run(
      dir,
      'test',
      '--plugin',
      'plugins/passing',
    );

    expect(code).toBe(0);
    expect(lines[0]).toBe('duibiao-plugin-passing');
  });

  it('loads examples/city-plugin from the repository root', async () => {
    const { code, lines } = await run(
      REPO,
      'test',
      '--plugin',
      'examples/city-plugin',
    );

    expect(code).toBe(0);
    expect(lines[0]).toBe('@duibiao-examples/plugin-xian');
    expect(lines[1]).toMatch(
      /^ {2}ok {6}xian\/chronic-no-contract {2}(\d+)\/\1 cases$/,
    );
  });

  it('takes an a/b path that does not exist as a package name, and cannot load it', async () => {
    const { code, stderr } = await run(
      dir,
      'test',
      '--plugin',
      'plugins/absent',
    );

    expect(code).toBe(2);
    expect(stderr).toMatch(/^duibiao: cannot load plugin plugins\/absent: /);
  });

  it('is a usage error for a folder whose module exports no plugin', async () => {
    const { code, stderr } = await run(dir, 'test', '--plugin', './empty');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: ./empty exports no plugin (an object with name, id, version and rules)\n',
    );
  });
});

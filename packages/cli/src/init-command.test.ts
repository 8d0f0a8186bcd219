import { existsSync } from 'node:fs';
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
import { fileURLToPath } from 'node:url';

import { check, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao init`: a city plugin package that passes its own tests as
 * written. The folders sit inside the repository so that the plugin's
 * imports of the SDK and of the Shaanxi plugin resolve.
 */
const CLI = fileURLToPath(new URL('..', import.meta.url));
const FILES = [
  'README.md',
  'index.js',
  'package.json',
  'parameters.js',
  'rules/low-income-no-job-help.cases.js',
  'rules/low-income-no-job-help.js',
];

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(CLI, '.tmp-init-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runMain(dir, ...argv);

/** Every file under a folder, by relative path, sorted. */
async function filesOf(folder: string): Promise<string[]> {
  const entries = await readdir(join(dir, folder), {
    recursive: true,
    withFileTypes: true,
  });

  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name).slice(join(dir, folder).length + 1),
    )
    .sort();
}

const read = (path: string) => readFile(join(dir, path), 'utf8');

describe('duibiao init', () => {
  it('writes the package, its modules, the rule, its cases and a README', async () => {
    const { code, stdout } = await run('init', 'xian');
    const manifest = JSON.parse(await read('xian/package.json'));

    expect(code).toBe(0);
    expect(await filesOf('xian')).toEqual(FILES);
    expect(stdout).toBe(
      'Wrote a city plugin in xian (6 files). Next:\n  cd xian && npm test\n',
    );
    expect(manifest).toMatchObject({
      name: 'duibiao-plugin-xian',
      type: 'module',
      main: './index.js',
      exports: { '.': './index.js' },
      scripts: { test: 'duibiao test --plugin .' },
    });
    expect(await read('xian/index.js')).toContain("regions: ['6101']");
    expect(await read('xian/README.md')).toMatch(/^# duibiao-plugin-xian\n/);
  });

  // The SDK's builders put households in 610124 (Xi'an): a case that kept
  // that code would lie outside 6103, and its rule would judge nothing.
  it.each([
    ['6101', 'tested', '610100000000'],
    ['6103', 'weinan', '610300000000'],
  ])(
    'writes a plugin for %s that passes duibiao test: three valid cases and one invalid, in the region',
    async (region, folder, code12) => {
      await run('init', folder, '--region', region);
      const { code, stdout } = await run('test', '--plugin', `./${folder}`);
      const cases = await read(
        `${folder}/rules/low-income-no-job-help.cases.js`,
      );

      expect(code).toBe(0);
      expect(stdout).toBe(
        [
          `duibiao-plugin-${folder}`,
          `  ok      ${folder}/low-income-no-job-help  4/4 cases`,
          '',
          '1 rule, 4 cases: 4 passed, 0 failed',
          '',
        ].join('\n'),
      );
      expect(cases).toContain(`const REGION_CODE = '${code12}';`);
      expect(cases).toContain(
        'household: household({ regionCode: REGION_CODE, ...overrides })',
      );
      expect(cases).toContain('village: village({ regionCode: REGION_CODE })');
    },
  );

  it('writes every file as prettier would format it, strings single-quoted', async () => {
    await run('init', 'pretty', '--name', '@weinan/duibiao-rules');
    const unformatted: string[] = [];
    for (const path of FILES) {
      const filepath = join(dir, 'pretty', path);
      const options = await resolveConfig(filepath);
      const text = await read(`pretty/${path}`);
      if (!(await check(text, { ...options, filepath })))
        unformatted.push(path);
    }

    expect(unformatted).toEqual([]);
    expect(await read('pretty/index.js')).toContain(
      "name: '@weinan/duibiao-rules',",
    );
  });

  it('says in its README how to test without npm install: in a checkout of duibiao, or linked', async () => {
    await run('init', 'readme');
    const readme = await read('readme/README.md');

    expect(readme).toContain(
      'npm test            # here: duibiao test --plugin .',
    );
    expect(readme).toContain('`plugins/readme`');
    expect(readme).toContain('npm link <checkout>/packages/core');
    expect(readme).not.toMatch(/^npm install/m);
  });

  it('says where the packages do not resolve, outside a checkout', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'duibiao-init-'));
    try {
      const { code, stdout } = await runMain(outside, 'init', 'city');

      expect(code).toBe(0);
      expect(stdout).toBe(
        [
          'Wrote a city plugin in city (6 files).',
          'Its @duibiao packages do not resolve there, and they are not on the npm registry: move it into a checkout of duibiao, or npm link them from a built one (see its README). Then:',
          '  cd city && npm test',
          '',
        ].join('\n'),
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("writes a plugin whose monitoring line of 7000 from 2020-07-01 overrides national's", async () => {
    await run('init', 'listed');
    const { code, stdout } = await run(
      'rules',
      '--plugin',
      './listed',
      '--as-of',
      '2020-09-30',
      '--json',
    );
    const rules = JSON.parse(stdout) as {
      id: string;
      source: string;
      parameters: Record<string, unknown>[];
    }[];
    const own = rules.find((r) => r.id === 'listed/low-income-no-job-help');

    expect(code).toBe(0);
    expect(own?.source).toBe('duibiao-plugin-listed');
    expect(own?.parameters).toMatchObject([
      {
        name: 'monitoringLine',
        value: 7000,
        from: '2020-07-01',
        source: 'duibiao-plugin-listed',
      },
    ]);
  });

  it('derives the id from the folder name: My City is my-city', async () => {
    const { code } = await run('init', 'My City');
    const index = await read('My City/index.js');

    expect(code).toBe(0);
    expect(JSON.parse(await read('My City/package.json')).name).toBe(
      'duibiao-plugin-my-city',
    );
    expect(index).toContain("id: 'my-city'");
    expect(index).toContain("'my-city/low-income-no-job-help'");
  });

  it('takes --id, --name and --region', async () => {
    const { code } = await run(
      'init',
      'tongchuan',
      '--id',
      'tc-2',
      '--name',
      '@tongchuan/duibiao-rules',
      '--region',
      '6102',
    );
    const index = await read('tongchuan/index.js');

    expect(code).toBe(0);
    expect(JSON.parse(await read('tongchuan/package.json')).name).toBe(
      '@tongchuan/duibiao-rules',
    );
    expect(index).toContain("id: 'tc-2'");
    expect(index).toContain("regions: ['6102']");
    expect(await read('tongchuan/rules/low-income-no-job-help.js')).toContain(
      "id: 'tc-2/low-income-no-job-help'",
    );
  });

  it('writes into an empty folder that exists', async () => {
    await mkdir(join(dir, 'empty'));
    const { code } = await run('init', 'empty');

    expect(code).toBe(0);
    expect(await filesOf('empty')).toEqual(FILES);
  });
});

describe('duibiao init, mistakes', () => {
  it('exits 2 for a folder that holds a file, and writes nothing', async () => {
    await mkdir(join(dir, 'taken'));
    await writeFile(join(dir, 'taken/notes.txt'), 'mine\n');
    const { code, stderr } = await run('init', 'taken');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: taken is not empty: init writes into a new or empty folder\n',
    );
    expect(await filesOf('taken')).toEqual(['notes.txt']);
    expect(await read('taken/notes.txt')).toBe('mine\n');
  });

  it('exits 2 for an --id with capitals, and writes nothing', async () => {
    const { code, stderr } = await run('init', 'capitals', '--id', 'XiAn');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: --id must be lower-case letters, digits and dashes, not "XiAn"\n',
    );
    expect(existsSync(join(dir, 'capitals'))).toBe(false);
  });

  it('exits 2 when the folder name gives no id (Chinese only) and no --id is given, asking for one', async () => {
    const { code, stderr } = await run('init', '西安');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: no id can be made from the folder name "西安": give one with --id <id> (lower-case letters, digits and dashes)\n',
    );
    expect(existsSync(join(dir, '西安'))).toBe(false);
  });

  it('exits 2 for a path that is a file, and leaves the file alone', async () => {
    await writeFile(join(dir, 'plain.txt'), 'mine\n');
    const { code, stderr } = await run('init', 'plain.txt');

    expect(code).toBe(2);
    expect(stderr).toBe(
      'duibiao: plain.txt is a file: init writes into a new or empty folder\n',
    );
    expect(await read('plain.txt')).toBe('mine\n');
  });

  it('exits 2 for a region that is not 2 to 12 digits starting with 61', async () => {
    const refused = ['61a', '6', '6101010101011', '7101', '1061'];
    const runs = [];
    for (const [i, region] of refused.entries())
      runs.push(await run('init', `r${i}`, '--region', region));

    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs[3]?.stderr).toBe(
      'duibiao: --region takes 2 to 12 digits starting with 61 (the plugin extends Shaanxi), not "7101"\n',
    );
    expect(refused.some((_, i) => existsSync(join(dir, `r${i}`)))).toBe(false);
  });

  it('takes 61 itself and a full 12-digit code', async () => {
    const province = await run('init', 'whole', '--region', '61');
    const village = await run('init', 'one', '--region', '610302001201');

    expect(province.code).toBe(0);
    expect(await read('whole/index.js')).toContain("regions: ['61']");
    expect(village.code).toBe(0);
    expect(await read('one/rules/low-income-no-job-help.cases.js')).toContain(
      "const REGION_CODE = '610302001201';",
    );
  });

  it('exits 2 without a folder, or with two', async () => {
    const none = await run('init');
    const two = await run('init', 'a', 'b');

    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'duibiao: init takes one folder: duibiao init <dir>\n',
    );
    expect(two.code).toBe(2);
  });
});

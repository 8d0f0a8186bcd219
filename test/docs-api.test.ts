import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { packageDir, PUBLISHED, ROOT } from './packages/published.js';

const TYPEDOC = join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc');

interface Run {
  code: number | null;
  output: string;
}

/** Runs typedoc from the root with typedoc.json, as `npm run docs` does. */
function typedoc(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TYPEDOC, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error
          ? typeof error.code === 'number'
            ? error.code
            : 1
          : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

function packageName(folder: string): string {
  const manifest = readFileSync(
    join(packageDir(folder), 'package.json'),
    'utf8',
  );

  return (JSON.parse(manifest) as { name: string }).name;
}

describe('typedoc.json', () => {
  const config = JSON.parse(
    readFileSync(join(ROOT, 'typedoc.json'), 'utf8'),
  ) as Record<string, unknown>;

  it('documents every published package and no other', () => {
    expect(config.entryPoints).toEqual(
      PUBLISHED.map((folder) => `packages/${folder}`),
    );
    expect(config.packagesRequiringDocumentation).toEqual(
      PUBLISHED.map(packageName),
    );
  });

  it('fails the build on an undocumented export, a broken link or a missing export', () => {
    expect(config.validation).toEqual({
      notExported: true,
      invalidLink: true,
      notDocumented: true,
    });
    expect(config.treatWarningsAsErrors).toBe(true);
  });
});

describe('npm run docs', () => {
  let out: string;
  let run: Run;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'duibiao-api-'));
    run = await typedoc(['--out', out]);
  }, 240_000);

  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('builds with no warning', () => {
    expect(run.output).not.toContain('[warning]');
    expect(run.output).not.toContain('[error]');
    expect(run.code, run.output).toBe(0);
  });

  it('links the guides’ own files as pages, not as web sites', async () => {
    // A bare "tables.md" in a guide became href="http://tables.md".
    for (const name of ['data-format', 'embedding']) {
      const page = await readFile(
        join(out, 'documents', `${name}.html`),
        'utf8',
      );
      expect(page).not.toMatch(/href="https?:\/\/[\w-]+\.md"/);
    }
  });

  it('has a page per package', async () => {
    const modules = PUBLISHED.map(packageName).map((name) =>
      name.replace('@', '_').replace('/', '_'),
    );

    for (const module of modules) {
      const page = await readFile(join(out, 'modules', `${module}.html`));
      expect(page.length, module).toBeGreaterThan(0);
    }
  });

  it('documents a record field by its table spec: header and description', async () => {
    const page = await readFile(
      join(out, 'interfaces', '_duibiao_core.Household.html'),
      'utf8',
    );

    expect(page).toContain('户编号: Household number, unique.');
    expect(page).toContain('人均纯收入');
  });

  it('has a page per guide', async () => {
    for (const name of [
      'embedding',
      'writing-a-plugin',
      'data-format',
      'reading-a-report',
    ]) {
      const page = await readFile(join(out, 'documents', `${name}.html`));
      expect(page.length, name).toBeGreaterThan(0);
    }
  });

  it('links a type of one package from another', async () => {
    const page = await readFile(
      join(out, 'functions', '_duibiao_plugin-sdk.definePlugin.html'),
      'utf8',
    );

    expect(page).toContain('href="../interfaces/_duibiao_core.Plugin.html"');
  });
});

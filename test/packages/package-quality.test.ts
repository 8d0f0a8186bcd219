import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { packageDir, PUBLISHED, ROOT } from './published.js';

const run = promisify(execFile);
const ATTW = join(
  ROOT,
  'node_modules',
  '@arethetypeswrong',
  'cli',
  'dist',
  'index.js',
);

/** What `npm pack --json` says of one package. */
interface Packed {
  filename: string;
  files: { path: string; mode: number }[];
}

/** The attw report's list of problems, whatever their kind. */
interface AttwReport {
  analysis: { problems: unknown[] };
}

/**
 * Every condition object of an exports map whose keys are not all
 * conditions' targets: the objects where `types` must come first.
 */
function conditionObjects(value: unknown): Record<string, unknown>[] {
  if (typeof value !== 'object' || value === null) return [];

  const object = value as Record<string, unknown>;
  const nested = Object.values(object).flatMap(conditionObjects);

  return 'types' in object ? [object, ...nested] : nested;
}

describe.each(PUBLISHED)('packages/%s as published', (folder) => {
  const dir = packageDir(folder);
  let temp: string;
  let packed: Packed;
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    if (!existsSync(join(dir, 'dist', 'index.js')))
      throw new Error(`packages/${folder} is not built: run npm run build`);

    manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    temp = await mkdtemp(join(tmpdir(), 'duibiao-pack-'));
    const { stdout } = await run(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', temp],
      { cwd: dir },
    );
    packed = (JSON.parse(stdout) as [Packed])[0];
  }, 120_000);

  afterAll(async () => {
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('passes publint, suggestions and warnings counted as errors', async () => {
    const tarball = await readFile(join(temp, packed.filename));
    const { messages, pkg } = await publint({
      pack: { tarball: new Uint8Array(tarball).buffer },
      strict: true,
    });

    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('passes arethetypeswrong: types resolve for node10, node16 (CJS and ESM) and bundlers', async () => {
    const tarball = join(temp, packed.filename);
    const report = await run(
      process.execPath,
      [ATTW, tarball, '--format', 'json'],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout: string }) => error);

    const { analysis } = JSON.parse(report.stdout) as AttwReport;
    expect(analysis.problems).toEqual([]);
  }, 60_000);

  it('has no side effects, a files list, and types first in its exports', () => {
    const conditions = conditionObjects(manifest.exports);

    expect(manifest.sideEffects).toBe(false);
    expect(manifest.files).toContain('dist');
    expect(conditions.length).toBeGreaterThan(0);
    for (const condition of conditions)
      expect(Object.keys(condition)[0]).toBe('types');
  });

  it('publishes its build and README, and no sources or tests', () => {
    const paths = packed.files.map((file) => file.path);

    expect(paths).toContain('package.json');
    expect(paths).toContain('README.md');
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.cjs');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths).toContain('dist/index.d.cts');
    expect(paths.filter((path) => path.startsWith('src/'))).toEqual([]);
  });
});

describe('the duibiao command as published', () => {
  it('is an executable file the bin field names', async () => {
    const dir = packageDir('cli');
    const manifest = JSON.parse(
      await readFile(join(dir, 'package.json'), 'utf8'),
    ) as { bin: Record<string, string> };
    const { stdout } = await run('npm', ['pack', '--json', '--dry-run'], {
      cwd: dir,
    });
    const [packed] = JSON.parse(stdout) as Packed[];
    const bin = packed?.files.find((file) => file.path === 'bin/duibiao.js');

    expect(manifest.bin).toEqual({ duibiao: './bin/duibiao.js' });
    expect(bin?.mode).toBe(0o755);
  }, 60_000);
});

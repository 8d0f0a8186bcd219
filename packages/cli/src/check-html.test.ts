import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { previousRuns } from './__fixtures__/previous-run.js';

/**
 * `duibiao check --format html` writes report.html beside the other report
 * files; what the page shows is tested in Chromium, in
 * test/browser/report-html.test.ts.
 */
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-html-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const { run, writeFolder, exists } = previousRuns(() => dir);

describe('duibiao check --format html', () => {
  it('writes report.html, and only the findings files asked for', async () => {
    await writeFolder('in');
    const { code, stdout } = await run(
      'in',
      '--out',
      'out',
      '--format',
      'html',
    );

    expect(code).toBe(0);
    expect(await exists('out/report.html')).toBe(true);
    expect(await exists('out/findings.jsonl')).toBe(false);
    expect(await exists('out/findings.csv')).toBe(false);
    expect(stdout).toContain(join('out', 'report.html'));
  });

  it('removes an earlier report.html when html is not asked for', async () => {
    await writeFolder('in');
    await run('in', '--out', 'out', '--format', 'jsonl,csv,html');
    expect(await exists('out/report.html')).toBe(true);

    const { code } = await run('in', '--out', 'out');
    expect(code).toBe(0);
    expect(await exists('out/report.html')).toBe(false);
    expect(await exists('out/findings.csv')).toBe(true);
  });

  it('names html among the formats it takes', async () => {
    await writeFolder('in');
    const { code, stderr } = await run('in', '--format', 'pdf');

    expect(code).toBe(2);
    expect(stderr).toMatch(/--format takes .*\bhtml\b/);
  });

  it('names only the format it does not know', async () => {
    await writeFolder('in');
    const { code, stderr } = await run('in', '--format', 'csv,pdf');

    expect(code).toBe(2);
    expect(stderr).toContain('not "pdf"');
  });

  it('refuses to drop jsonl when --previous is the --out folder, leaving the earlier report', async () => {
    await writeFolder('in');
    await run('in', '--out', 'out');
    const { code, stderr } = await run(
      'in',
      '--out',
      'out',
      '--previous',
      'out',
      '--format',
      'csv,html',
    );

    expect(code).toBe(2);
    expect(stderr).toContain('--format must keep jsonl');
    expect(await exists('out/findings.jsonl')).toBe(true);
  });
});

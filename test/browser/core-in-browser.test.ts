import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

import {
  type CheckerOptions,
  type CheckResult,
  createChecker,
  type Dataset,
  type EvaluatorKind,
  type Plugin,
} from '@duibiao/core';
import { readFolder } from '@duibiao/io';
import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compareWithKey, readAnswerKey } from '../e2e/answer-key.js';
import {
  type BrowserSession,
  HAS_CHROMIUM,
  NO_CHROMIUM,
  openBrowser,
} from './chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = fileURLToPath(
  new URL('../../examples/sample-province', import.meta.url),
);
const AS_OF = '2020-09-30';

/** What the page is given: the bundle's exports, as a global. */
interface Bundle {
  createChecker(options: CheckerOptions): {
    check(dataset: Dataset): Promise<CheckResult>;
  };
  national: Plugin;
  shaanxi: Plugin;
}

/** One check the page runs: a plugin set, an evaluator and a data set. */
interface Run {
  plugin: 'national' | 'shaanxi';
  evaluator: EvaluatorKind;
  asOf: string;
  json: string;
}

const PLUGINS = { national, shaanxi };

/**
 * Bundles the three packages from their sources for the browser, as one
 * script that sets the global `duibiao`. Each package comes from its
 * source, so that one copy of the core serves all three.
 */
async function bundle(): Promise<{ code: string; metafile: Metafile }> {
  const source = (name: string) => `./packages/${name}/src/index.ts`;
  const result = await build({
    stdin: {
      contents: [
        "export { createChecker } from '@duibiao/core';",
        "export { national } from '@duibiao/plugin-national';",
        "export { shaanxi } from '@duibiao/plugin-shaanxi';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    absWorkingDir: ROOT,
    alias: {
      '@duibiao/core': source('core'),
      '@duibiao/plugin-sdk': source('plugin-sdk'),
      '@duibiao/plugin-national': source('plugin-national'),
      '@duibiao/plugin-shaanxi': source('plugin-shaanxi'),
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'duibiao',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });

  // A Node-only module fails the build (platform browser cannot resolve
  // it); a warning is a failure too, so that none goes unread.
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);

  return { code: result.outputFiles[0]!.text, metafile: result.metafile };
}

/** Runs each check in the page, in order, and returns the results. */
function checkInPage(
  session: BrowserSession,
  runs: readonly Run[],
): Promise<CheckResult[]> {
  return session.page.evaluate(async (runs) => {
    const { duibiao } = globalThis as unknown as { duibiao: Bundle };
    const results: CheckResult[] = [];
    for (const run of runs) {
      const checker = duibiao.createChecker({
        plugins: [duibiao[run.plugin]],
        asOf: run.asOf,
        evaluator: run.evaluator,
      });
      results.push(await checker.check(JSON.parse(run.json) as Dataset));
    }

    return results;
  }, runs);
}

/** Runs the same checks in Node. */
async function checkInNode(runs: readonly Run[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const run of runs) {
    const checker = createChecker({
      plugins: [PLUGINS[run.plugin]],
      asOf: run.asOf,
      evaluator: run.evaluator,
    });
    results.push(await checker.check(JSON.parse(run.json) as Dataset));
  }

  return results;
}

/**
 * The first households of a data set with their members and villages,
 * without the lists: few enough for the reference evaluator, which runs
 * json-rules-engine itself and is hundreds of times slower.
 */
function firstHouseholds(dataset: Dataset, count: number): Dataset {
  const households = dataset.households.slice(0, count);
  const ids = new Set(households.map((household) => household.householdId));

  return {
    households,
    members: dataset.members.filter((m) => ids.has(m.householdId)),
    villages: dataset.villages,
  };
}

describe.skipIf(!HAS_CHROMIUM)(
  'the core and shipped plugins in Chromium',
  () => {
    let session: BrowserSession | undefined;
    let metafile: Metafile;
    let runs: Run[];
    let inNode: CheckResult[];
    let inBrowser: CheckResult[];

    beforeAll(async () => {
      const bundled = await bundle();
      metafile = bundled.metafile;

      // The data crosses to the page as JSON text, so Node checks the same
      // text: the look-up index readFolder adds is functions, not data, and
      // the check works without it from rejectedMemberIds.
      const { dataset } = await readFolder(SAMPLE);
      const { index: _index, ...data } = dataset;
      const whole = JSON.stringify(data);
      const few = JSON.stringify(firstHouseholds(data, 40));
      runs = [
        { plugin: 'shaanxi', evaluator: 'compiled', asOf: AS_OF, json: whole },
        { plugin: 'national', evaluator: 'compiled', asOf: AS_OF, json: whole },
        { plugin: 'shaanxi', evaluator: 'reference', asOf: AS_OF, json: few },
      ];
      inNode = await checkInNode(runs);

      session = await openBrowser();
      await session.page.setContent(
        '<!doctype html><html lang="zh"><meta charset="utf-8"><title>duibiao</title></html>',
      );
      await session.page.addScriptTag({ content: bundled.code });
      inBrowser = await checkInPage(session, runs);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('bundles the sources with no Node-only module and one copy of each package', () => {
      const inputs = Object.keys(metafile.inputs);
      const builtins = new Set(builtinModules);
      const nodeOnly = inputs.filter(
        (input) => input.startsWith('node:') || builtins.has(input),
      );
      const duibiao = inputs.filter((input) => input.startsWith('packages/'));

      expect(nodeOnly).toEqual([]);
      expect(
        duibiao.every((input) => /^packages\/[^/]+\/src\//.test(input)),
      ).toBe(true);
      expect(new Set(duibiao.map((input) => input.split('/')[1]))).toEqual(
        new Set(['core', 'plugin-sdk', 'plugin-national', 'plugin-shaanxi']),
      );
    });

    it('finds in the page exactly what Node finds, finding for finding, with the same statistics', () => {
      expect(inBrowser).toHaveLength(runs.length);
      for (const [i, result] of inBrowser.entries()) {
        expect(result.findings, `run ${i}`).toStrictEqual(inNode[i]!.findings);
        expect(result.stats, `run ${i}`).toStrictEqual(inNode[i]!.stats);
      }
    });

    it("finds in the page the sample's 390 planted problems on its 2000 households and no others", async () => {
      const result = inBrowser[0]!;
      const comparison = compareWithKey(await readAnswerKey(SAMPLE), result);

      // The sample's README states its size and its planted findings.
      expect(result.stats.subjects.household).toBe(2000);
      expect(result.findings).toHaveLength(390);
      expect(comparison.missed).toEqual([]);
      expect(comparison.onClean).toEqual([]);
      expect(comparison.extra).toEqual([]);
    });

    it('runs the national rules alone and json-rules-engine itself in the page', () => {
      const [shaanxiRun, nationalRun, referenceRun] = inBrowser;
      const ruleIds = (result: CheckResult) =>
        new Set(result.findings.map((finding) => finding.ruleId.split('/')[0]));

      expect(ruleIds(shaanxiRun!)).toEqual(new Set(['national', 'shaanxi']));
      expect(ruleIds(nationalRun!)).toEqual(new Set(['national']));
      expect(referenceRun!.stats.subjects.household).toBe(40);
    });

    it('logs no console error and asks for nothing over the network', () => {
      expect(session!.errors).toEqual([]);
      expect(session!.requests).toEqual([]);
    });
  },
);

if (!HAS_CHROMIUM)
  it.skip(`the core and shipped plugins in Chromium: ${NO_CHROMIUM}`);

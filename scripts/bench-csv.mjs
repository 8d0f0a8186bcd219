// Measures how fast CSV text is split into rows: csv-parse as parseCsv
// used it, the CSV tokenizer on a whole string and on 64 KB chunks, and
// the tokenizer fed by openTextStream from a UTF-8 and a GBK file.
// The tokenizer and openTextStream are internal to @duibiao/io, so they
// are compiled from its sources with esbuild; nothing needs building.
// Each reader runs in a process of its own, so that none pays for the
// garbage another left, and the best of several runs counts.
// Run: node scripts/bench-csv.mjs [rows]
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';
import iconv from 'iconv-lite';

const COLUMNS = 32;
const CHUNK = 64 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(import.meta.url);

const CSV_PARSE_OPTIONS = {
  delimiter: ',',
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
};

/**
 * Each reader: its name, how many times it runs, and what it does. A
 * reader returns the rows it read, or nothing when it reads no rows
 * (rows/s then means the file's rows per second all the same).
 */
const READERS = [
  [
    'csv-parse (sync, whole string)',
    3,
    ({ text }) => parse(text, CSV_PARSE_OPTIONS).length,
  ],
  [
    'parseCsv (tokenizer, keeps rows)',
    7,
    ({ io, text }) => io.parseCsv(text, ',').rows.length,
  ],
  [
    'tokenizer, whole string',
    7,
    ({ io, text }) => tokenize(io, (push) => push(text)),
  ],
  [
    'tokenizer, 64 KB chunks',
    7,
    ({ io, text }) =>
      tokenize(io, (push) => {
        for (let at = 0; at < text.length; at += CHUNK) {
          push(text.slice(at, at + CHUNK));
        }
      }),
  ],
  [
    'openTextStream first pass (UTF-8)',
    7,
    async ({ io, utf8 }) => void (await open(io, utf8, 'utf-8')),
  ],
  [
    'openTextStream decoding only (UTF-8)',
    5,
    ({ io, utf8 }) => decodeOnly(io, utf8, 'utf-8'),
  ],
  [
    'openTextStream decoding only (GBK)',
    5,
    ({ io, gbk }) => decodeOnly(io, gbk, 'gb18030'),
  ],
  [
    'openTextStream + tokenizer (UTF-8)',
    5,
    ({ io, utf8 }) => streamRows(io, utf8, 'utf-8'),
  ],
  [
    'openTextStream + tokenizer (GBK)',
    5,
    ({ io, gbk }) => streamRows(io, gbk, 'gb18030'),
  ],
];

if (process.argv[2] === '--reader') {
  await runReader(Number(process.argv[3]), process.argv[4]);
} else {
  await main(Number(process.argv[2] ?? 200_000));
}

async function main(rows) {
  const work = await mkdtemp(join(tmpdir(), 'duibiao-bench-csv-'));
  try {
    await compileIo(work);
    const text = buildCsv(rows);
    await writeFile(join(work, 'utf8.csv'), text);
    await writeFile(join(work, 'gbk.csv'), iconv.encode(text, 'gbk'));

    const results = [];
    for (const index of READERS.keys()) {
      const args = [script, '--reader', String(index), work];
      const { stdout } = await promisify(execFile)(process.execPath, args);
      const result = JSON.parse(stdout);
      if (result.rows !== undefined && result.rows !== rows) {
        throw new Error(`${result.name}: ${result.rows} rows, not ${rows}`);
      }
      results.push({ ...result, rowsPerSecond: rows / result.seconds });
    }

    printTable(rows, Buffer.byteLength(text), results);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs one reader, in a process of its own, and prints its timing. */
async function runReader(index, work) {
  const [name, runs, read] = READERS[index];
  const files = {
    io: createRequire(import.meta.url)(join(work, 'io.cjs')),
    utf8: join(work, 'utf8.csv'),
    gbk: join(work, 'gbk.csv'),
    text: await readFile(join(work, 'utf8.csv'), 'utf8'),
  };

  let best = Infinity;
  let rows;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    rows = await read(files);
    best = Math.min(best, performance.now() - start);
  }

  console.log(JSON.stringify({ name, rows, seconds: best / 1000 }));
}

/** Bundles the tokenizer, parseCsv and openTextStream into one module. */
async function compileIo(dir) {
  const source = (name) => JSON.stringify(`./packages/io/src/${name}.ts`);
  const entry = [
    `export { CsvTokenizer } from ${source('csv-tokenizer')};`,
    `export { parseCsv } from ${source('parse-csv')};`,
    `export { openTextStream } from ${source('text-stream')};`,
  ].join('\n');

  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: join(dir, 'io.cjs'),
    logLevel: 'warning',
  });
}

/**
 * A CSV text of `rows` rows (a header and data) of 32 columns, written
 * as Excel writes it: CRLF, and quotes only around cells that hold a
 * comma, a quote or a line break.
 */
function buildCsv(rows) {
  const random = seeded(20200822);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const digits = (n) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');
  const quote = (cell) =>
    /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

  const names = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏'];
  const villages = ['石门村', '杨家沟村', '王庄村', '东坪村', '河口村'];
  const kinds = ['贫困户', '已脱贫户', '边缘易致贫户', '一般农户'];
  const measures = ['产业帮扶', '就业帮扶', '健康帮扶', '教育帮扶'];
  const notes = [
    '',
    '',
    '',
    '已核实',
    '户主外出务工，\n家中留守老人',
    '备注："低保"已续',
    'moved 2019, see file',
  ];

  // One pattern of column kinds, repeated across the 32 columns.
  const cells = [
    () => `61${digits(14)}`,
    () => `6101020${digits(5)}`,
    () => pick(names),
    () => `6101${digits(10)}${digits(4)}`,
    () => pick(kinds),
    () => (random() < 0.3 ? (random() * 30000).toFixed(0) : ''),
    () =>
      random() < 0.2
        ? Math.round(12000 + random() * 9e5).toLocaleString('en')
        : digits(4),
    () => pick(villages),
    () => `20${digits(2)}-0${1 + Math.floor(random() * 9)}-1${digits(1)}`,
    () => (random() < 0.5 ? '是' : '否'),
    () => [pick(measures), pick(measures)].join(random() < 0.5 ? ',' : '；'),
    () => pick(notes),
    () => String(1 + Math.floor(random() * 8)),
    () => `H${digits(7)}`,
  ];

  const header = Array.from({ length: COLUMNS }, (_, i) => `字段${i + 1}`);
  const lines = [header.join(',')];
  for (let row = 1; row < rows; row += 1) {
    const line = [];
    for (let column = 0; column < COLUMNS; column += 1) {
      line.push(quote(cells[column % cells.length]()));
    }
    lines.push(line.join(','));
  }

  return `${lines.join('\r\n')}\r\n`;
}

/** A small deterministic generator of numbers in [0, 1). */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Counts the rows a tokenizer hands on from what `feed` pushes. */
async function tokenize(io, feed) {
  let rows = 0;
  let cells = 0;
  const tokenizer = new io.CsvTokenizer(',', (row) => {
    rows += 1;
    cells += row.length;
  });
  await feed((chunk) => tokenizer.push(chunk));
  tokenizer.end();

  if (cells !== rows * COLUMNS) throw new Error(`${cells} cells`);
  return rows;
}

async function open(io, path, encoding) {
  const opened = await io.openTextStream(path);
  if (!opened.ok || opened.encoding !== encoding) {
    throw new Error(`${path} opened as ${opened.encoding ?? opened.reason}`);
  }

  return opened;
}

async function decodeOnly(io, path, encoding) {
  const opened = await open(io, path, encoding);
  for await (const chunk of opened.chunks) {
    if (chunk.length === 0) throw new Error('empty chunk');
  }
}

async function streamRows(io, path, encoding) {
  const opened = await open(io, path, encoding);
  return tokenize(io, async (push) => {
    for await (const chunk of opened.chunks) push(chunk);
  });
}

function printTable(rows, bytes, results) {
  const base = results[0].rowsPerSecond;
  const width = Math.max(...results.map(({ name }) => name.length));
  const megabytes = (bytes / 2 ** 20).toFixed(1);

  console.log(
    `${rows} rows × ${COLUMNS} columns, ${megabytes} MB as UTF-8; best of 3 to 7 runs, each reader in a fresh process; Node ${process.version}`,
  );
  console.log(
    `${'reader'.padEnd(width)}  ${'seconds'.padStart(8)}  ${'rows/s'.padStart(11)}  ${'× csv-parse'.padStart(11)}`,
  );
  for (const { name, seconds, rowsPerSecond } of results) {
    const rate = Math.round(rowsPerSecond).toLocaleString('en');
    const ratio = (rowsPerSecond / base).toFixed(2);
    console.log(
      `${name.padEnd(width)}  ${seconds.toFixed(3).padStart(8)}  ${rate.padStart(11)}  ${ratio.padStart(11)}`,
    );
  }
}

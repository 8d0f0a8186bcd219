// DuckDB's own reader on a province's two registry files, 户信息 and
// 人员信息, as CSV and as Parquet written once from them: the bare scan
// the SQL benchmarks (bench-sql.mjs, bench-sql-scale.mjs) measure the
// DuckDB check against. DuckDB reads UTF-8 only without its encodings
// extension (a download), so a file the synthetic writer saved in GBK is
// scanned from a UTF-8 copy; the copies and the Parquet files are kept,
// hidden, in the folder for the next run.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { DuckDBInstance } from '@duckdb/node-api';
import iconv from 'iconv-lite';

/**
 * Scans the folder's two registry files with DuckDB.
 *
 * @param dir - The province's folder.
 * @returns Milliseconds and rows of the CSV scan and of the Parquet scan.
 */
export async function bareScan(dir) {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const quoted = (path) => `'${path.replaceAll("'", "''")}'`;
  const csv = (path) => `read_csv(${quoted(path)}, all_varchar = true)`;
  const scan = async (source) => {
    const start = performance.now();
    // Every column of every row read into a table: count(*) alone would
    // let Parquet answer from its metadata.
    await db.run(
      `CREATE OR REPLACE TEMP TABLE scanned AS SELECT * FROM ${source}`,
    );
    const ms = performance.now() - start;
    const reader = await db.runAndReadAll('SELECT count(*) FROM scanned');
    await db.run('DROP TABLE scanned');
    return { ms, rows: Number(reader.getRowsJS()[0][0]) };
  };
  const add = (a, b) => ({ ms: a.ms + b.ms, rows: a.rows + b.rows });

  let csvScan = { ms: 0, rows: 0 };
  let parquetScan = { ms: 0, rows: 0 };
  try {
    for (const [i, name] of ['户信息.csv', '人员信息.csv'].entries()) {
      let path = join(dir, name);
      if (!(await startsWithBom(path))) {
        const copy = join(dir, `.${name}.utf8`);
        // Streamed: a province's 人员信息 is past the 2 GiB a file read
        // whole may be.
        if (!existsSync(copy))
          await pipeline(
            createReadStream(path),
            iconv.decodeStream('gbk'),
            iconv.encodeStream('utf8'),
            createWriteStream(copy),
          );
        path = copy;
      }
      csvScan = add(csvScan, await scan(csv(path)));
      const parquet = join(dir, `.registry-${i}.parquet`);
      if (!existsSync(parquet))
        await db.run(
          `COPY (SELECT * FROM ${csv(path)}) TO ${quoted(parquet)} (FORMAT parquet)`,
        );
      parquetScan = add(
        parquetScan,
        await scan(`read_parquet(${quoted(parquet)})`),
      );
    }
  } finally {
    db.closeSync();
    instance.closeSync();
  }

  return { csvScan, parquetScan };
}

/** Whether a file starts with the UTF-8 byte-order mark. */
async function startsWithBom(path) {
  const file = await open(path);
  try {
    const { buffer } = await file.read(Buffer.alloc(3), 0, 3, 0);
    return buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  } finally {
    await file.close();
  }
}

/** The help text of the `duibiao` command. */
export const USAGE = `duibiao — find gaps in poverty-alleviation records (对标补短)

Usage:
  duibiao check <folder> [options]
  duibiao rules [--plugin <name|path>] [--as-of <date>] [--json]
  duibiao test --plugin <name|path> [--as-of <date>]
  duibiao diff <folder> --plugin <A> --against <B> [--as-of <date>] [--json]
  duibiao init <dir> [--id <id>] [--name <package>] [--region <code>]
  duibiao sql --dialect <name> [--plugin <name|path>] [--as-of <date>]
  duibiao verify export|import|overdue --ledger <file> [options]
  duibiao report dispatch|weekly --ledger <file> [options]

  check   check a folder of exports and write the report
  rules   list a plugin's final rule set, where each rule and value
          came from, and its test cases
  test    run a plugin's own test cases, per rule
  diff    the findings plugin A adds and removes against plugin B
  init    write a city plugin package that extends Shaanxi
  sql     write the SQL that runs a plugin's rules in a database
          (duckdb, postgres, spark or trino)
  verify  verification sheets of a ledger's open findings, one per
          township; read them back filled; list the overdue
  report  the dispatch report by county and township (调度通报), or a
          department's weekly phone spot-check report
  Each command's options: duibiao <command> --help

Options of check:
  --as-of <YYYY-MM-DD>   reference date for ages, durations and parameters
                         (default: today)
  --plugin <name>        shaanxi (default), national, a package name, or a
                         path to a module exporting a plugin
  --out <dir>            where to write the report (default: ./out)
  --format <list>        findings files to write: jsonl,csv (default: both),
                         xlsx (findings.xlsx: a summary, and a sheet per
                         township to verify and print), html (report.html:
                         charts and a findings table)
  --unmask               show full ID and mobile numbers in findings.csv,
                         findings.xlsx and report.html (masked by
                         default; findings.jsonl always has them)
  --encoding <name>      findings.csv's encoding: utf-8 (default, with a
                         BOM) or gbk for older Excel, which writes a
                         character GBK lacks as ? and says how many
  --workers <n>          threads that check a large folder's parts
                         (default: the number of CPUs; 1 checks in one)
  --parts <n>            parts to check the households and members in,
                         by county (default: a folder under 64 MiB is
                         read whole, a larger one in parts of about
                         8 MiB, 64 MiB with --engine); 0 reads it whole.
                         A folder with a department's list or follow-up
                         table is read whole all the same
  --engine <name>        in-process (default), duckdb or postgres: run the
                         rules that have a SQL form in an embedded DuckDB
                         or in PostgreSQL, the others in-process; the
                         findings are the same, the run slower today
                         (parts are checked there one after another, not
                         on --workers)
  --db <url>             with --engine postgres: the database, as
                         postgres://user@host:port/db; the run makes a
                         schema of its own there and drops it at the end
  --previous <dir>       the --out folder of an earlier run: mark each
                         finding new or persisting (状态), and write the
                         earlier findings now gone to resolved.jsonl; may
                         be the --out folder itself
  --ledger <file>        a findings ledger (made when missing): record
                         this run in it once the report is written; a
                         finding closed there as 已消疑 or 确认误报 is not
                         raised again while its key evidence is unchanged
                         (summary.json lists it as suppressed)
  -q, --quiet            no progress bar (it shows only on a terminal)
  -h, --help             show this help
  -v, --version          show the version

Writes findings.jsonl, findings.csv, summary.json and rejected.jsonl,
findings.xlsx with --format xlsx, report.html with --format html, and
resolved.jsonl with --previous.

Exit codes:
  0  the command ran (findings and rejected rows are results, not
     failures); for test, every case passed
  1  the input is unusable: missing folder, no households table, a table
     without its key column, an empty or unreadable file; for test, a
     case failed or a rule lacks cases
  2  usage error: unknown command or option, bad date, unknown plugin,
     a --ledger file that is not a duibiao ledger, cannot be written,
     or whose latest run is dated after --as-of,
     an --out folder that cannot be written, a --previous folder with no
     findings.jsonl, a --db database that cannot be reached or refuses
  70 internal error (a bug: please report it; DUIBIAO_DEBUG=1 shows
     detail), or a --db database's connection lost mid-run
  130, 143  stopped by Ctrl-C (SIGINT) or SIGTERM; the message says
     whether the report and the ledger's run were kept
`;

/** The ledger file's version; a file of another version is refused. */
export const LEDGER_VERSION = 1;

/**
 * The ledger's tables. `findings` holds each finding as last found (its
 * JSON) with the columns reports select by; `history` every opinion and
 * run step; `run_findings` what each run found of each finding;
 * `reports` the dispatch reports made, for the next to compare with.
 */
export const LEDGER_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
  run INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  folder TEXT NOT NULL,
  plugin TEXT NOT NULL,
  raised INTEGER NOT NULL,
  new INTEGER NOT NULL,
  persisting INTEGER NOT NULL,
  reopened INTEGER NOT NULL,
  resolved INTEGER NOT NULL,
  suppressed INTEGER NOT NULL
);
CREATE TABLE findings (
  finding_id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  category TEXT NOT NULL,
  county TEXT,
  township TEXT,
  department TEXT NOT NULL,
  finding TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  present INTEGER NOT NULL,
  status TEXT NOT NULL,
  status_since TEXT NOT NULL,
  deadline TEXT
);
CREATE INDEX findings_place ON findings (county, township);
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  finding_id TEXT NOT NULL REFERENCES findings (finding_id),
  line TEXT NOT NULL,
  result TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  who TEXT,
  on_date TEXT NOT NULL,
  reason TEXT,
  evidence TEXT,
  source TEXT
);
CREATE INDEX history_finding ON history (finding_id);
CREATE TABLE run_findings (
  run INTEGER NOT NULL REFERENCES runs (run),
  finding_id TEXT NOT NULL,
  state TEXT NOT NULL,
  reopened INTEGER NOT NULL,
  PRIMARY KEY (run, finding_id)
);
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  as_of TEXT NOT NULL,
  made_at TEXT NOT NULL,
  body TEXT NOT NULL
);
`;

import {
  type Dataset,
  type Household,
  loadRuleSet,
  type Member,
  type Plugin,
  type RuleDefinition,
  type SubjectKind,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import {
  compileRuleSet,
  duckdb,
  insertDataset,
  loadDataset,
  postgres,
  type SqlDialect,
} from '@duibiao/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';

/**
 * Members worked out by hand for age-sql.test.ts and id-number-sql.test.ts,
 * which hold the SQL of the member facts (age.ts, identity.ts, member.ts)
 * and of the region code's to them: ages across
 * 29 February, from month-only birth dates, from the ID number, blank and
 * invalid; ID numbers' check characters (GB 11643), form, sex and birth
 * date. Each fact's column of the compiled facts query is read in DuckDB
 * (NULL is unknown; `fact:none`, `fact:min`, `fact:max` where the fact
 * has them), and the same data is checked with `verify`, so that every
 * outcome is held to the in-process engine as well.
 *
 * Check characters, by hand: the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8
 * 4 2 over 11010519491231002 sum to 167, 167 mod 11 = 2, and 2 maps to X
 * in 1 0 X 9 8 7 6 5 4 3 2; over 61010420040229001, 173, 8, so 4; over
 * 61010420230229001 (29 February 2023, no real day), 182, 6, so 6.
 */

const NUMBER_FACTS = [
  'age',
  'disabilityCategory',
  'disabilityGrade',
  'idOccurrences',
];
const TEXT_FACTS = [
  'idExpectedCheck',
  'idCheckCharacter',
  'idBirthDigits',
  'idSex',
  'idBirthDateProblem',
  'relationSex',
];
const BOOLEAN_FACTS = [
  'idWellFormed',
  'idCheckValid',
  'idBirthDateMatches',
  'isStudent',
];

/** A rule that reads one fact, so that the facts query selects it. */
function reads(
  fact: string,
  subject: SubjectKind,
  condition: RuleDefinition['conditions'],
): RuleDefinition {
  return {
    id: `msql/${fact.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    subject,
    category: 'data-error',
    indicator: 'identity',
    severity: 'low',
    basis: 'test',
    department: 'test',
    action: '核实',
    title: fact,
    conditions: condition,
    message: { zh: fact, en: fact },
  };
}

/**
 * The probe rules with the national facts alone, for a small facts query;
 * with the national rules too for the check in DuckDB.
 */
export const probe: Plugin = {
  name: 'member-facts-sql-test',
  id: 'msql',
  version: '0.0.0',
  facts: national.facts ?? [],
  rules: [
    ...NUMBER_FACTS.map((fact) =>
      reads(fact, 'member', {
        all: [{ fact, operator: 'greaterThan', value: 3 }],
      }),
    ),
    ...TEXT_FACTS.map((fact) =>
      reads(fact, 'member', {
        all: [{ fact, operator: 'equal', value: '女' }],
      }),
    ),
    ...BOOLEAN_FACTS.map((fact) =>
      reads(fact, 'member', {
        all: [{ fact, operator: 'equal', value: true }],
      }),
    ),
    reads('idBirthDate', 'member', {
      all: [
        { fact: 'idBirthDate', operator: 'dateBefore', value: '2000-01-01' },
      ],
    }),
    reads('regionCodeWellFormed', 'household', {
      all: [{ fact: 'regionCodeWellFormed', operator: 'equal', value: false }],
    }),
    reads('regionPrefixKnown', 'household', {
      all: [{ fact: 'regionPrefixKnown', operator: 'equal', value: false }],
    }),
  ],
  // Townships are listed for Shaanxi (61), not for Beijing (11).
  regionNames: {
    '610104': '莲湖区',
    '610104001': '北院门街道',
    '110105': '朝阳区',
  },
};
export const plugin: Plugin = {
  ...probe,
  facts: [],
  extends: [national],
};

const LEAP_ID = '610104200402290014';
const BAD_DAY_ID = '610104202302290016';
const OLD_ID = '11010519491231002X';

/** Members by a name of the case, each of household H1 unless said. */
const MEMBERS: Record<string, Partial<Member>> = {
  leapDay: { birthDate: '2004-02-29' },
  september: { birthDate: '2010-09' },
  leapFebruary: { birthDate: '2004-02' },
  fromId: { idNumber: LEAP_ID },
  monthAgreeingWithId: { birthDate: '2004-02', idNumber: LEAP_ID },
  monthDisagreeingWithId: { birthDate: '2004-03', idNumber: LEAP_ID },
  wrongCheck: { idNumber: '610104200402290015' },
  otherDocument: { idNumber: LEAP_ID, idType: '其他' },
  badDayId: { idNumber: BAD_DAY_ID, birthDate: '2023-03-01' },
  thirtiethFebruary: { birthDate: '2010-02-30' },
  thirteenthMonth: { birthDate: '2010-13' },
  yearBefore1000: { birthDate: '0999-05-01' },
  words: { birthDate: 'abc' },
  bornLater: { birthDate: '2021-01-15' },
  bornThisMonth: { birthDate: '2020-09' },
  blank: { idNumber: undefined },
  old: {
    idNumber: OLD_ID,
    birthDate: '1949-12-31',
    relation: '之女',
    schoolStatus: null,
    disabilityCard: '61010420080501123X42',
  },
  oldMonth: {
    idNumber: OLD_ID,
    birthDate: '1949-12',
    relation: '户主',
    schoolStatus: '小学',
    disabilityCard: null,
  },
  oldOtherDay: {
    idNumber: OLD_ID,
    birthDate: '1950-01-01',
    schoolStatus: '失学辍学',
    disabilityCard: '6101042008050112342',
  },
  oldWrongCheck: {
    idNumber: '110105194912310021',
    schoolStatus: '学龄前儿童',
    disabilityCard: '61010420080501123X82',
  },
  lowerCaseX: { idNumber: '11010519491231002x' },
  fifteenDigits: { idNumber: '110105491231002' },
  fullWidth: { idNumber: '１１０１０５１９４９１２３１００２X' },
};

const NAMES = Object.keys(MEMBERS);

export const dataset: Dataset = {
  households: [
    { householdId: 'H1', regionCode: '610104001001' },
    { householdId: 'H2', regionCode: '61010400100' },
    { householdId: 'H3', regionCode: '61010400100A' },
    { householdId: 'H4' },
    { householdId: 'H5', regionCode: '610104002001' },
    { householdId: 'H6', regionCode: '110105001001' },
    { householdId: 'H7', regionCode: '610199001001' },
  ] as Household[],
  members: NAMES.map(
    (name, i) =>
      ({
        householdId: 'H1',
        // Members of no case of ID numbers hold another document.
        ...('idNumber' in (MEMBERS[name] ?? {})
          ? { idType: '居民身份证' }
          : { idNumber: `T${i}`, idType: '其他' }),
        ...MEMBERS[name],
      }) as Member,
  ),
  villages: [],
  // Two rejected member rows: one of OLD_ID, one of oldWrongCheck's.
  rejectedMemberIds: [OLD_ID, '110105194912310021'],
};

export type Values = Record<string, unknown>;

/** Runs queries over the data set in a fresh database. */
type Run = (queries: readonly string[]) => Promise<Values[][]>;

/** An engine the facts' SQL is read in. */
export type Engine = 'duckdb' | 'postgres';

/** The engines the facts' SQL is read in: DuckDB and PostgreSQL (PGlite). */
const ENGINES: Record<Engine, [SqlDialect, Run]> = {
  duckdb: [
    duckdb,
    async (queries) => {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        await loadDataset(connection, dataset);
        const results: Values[][] = [];
        for (const sql of queries)
          results.push((await connection.runAndReadAll(sql)).getRowObjectsJS());
        return results;
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    },
  ],
  postgres: [
    postgres,
    async (queries) => {
      const db = await PGlite.create();
      try {
        await insertDataset(
          {
            dialect: postgres,
            run: async (statement) => {
              await db.exec(statement);
            },
            query: async (statement) =>
              (await db.query<unknown[]>(statement, [], { rowMode: 'array' }))
                .rows,
          },
          dataset,
        );
        const results: Values[][] = [];
        for (const sql of queries)
          results.push((await db.query<Values>(sql)).rows);
        return results;
      } finally {
        await db.close();
      }
    },
  ],
};

/**
 * Every fact column of every member (by the name of its case) and
 * household (by 户编号) on a date, in one engine.
 */
export function factsOn(
  asOf: string,
  engine: Engine,
): Promise<Map<string, Values>> {
  // Several tests read the same date: each engine's database is made once.
  const key = `${engine} ${asOf}`;
  let facts = read.get(key);
  if (!facts) {
    facts = readFacts(asOf, engine);
    read.set(key, facts);
  }

  return facts;
}

const read = new Map<string, Promise<Map<string, Values>>>();

async function readFacts(
  asOf: string,
  engine: Engine,
): Promise<Map<string, Values>> {
  const [dialect, run] = ENGINES[engine];
  const compiled = compileRuleSet(loadRuleSet([probe], asOf), { dialect });
  const left = compiled.notCompiled.filter((r) => r.ruleId.startsWith('msql/'));
  if (left.length > 0) throw new Error(`not compiled: ${JSON.stringify(left)}`);

  const facts = new Map<string, Values>();
  const results = await run(compiled.kinds.map((kind) => kind.factsQuery));
  compiled.kinds.forEach((kind, k) => {
    for (const row of results[k] ?? []) {
      const i = Number(row._row);
      const key =
        kind.kind === 'member'
          ? (NAMES[i] as string)
          : (dataset.households[i]?.householdId as string);
      const values: Values = { ...facts.get(key) };
      for (const [name, value] of Object.entries(row))
        values[name] = typeof value === 'bigint' ? Number(value) : value;
      facts.set(key, values);
    }
  });

  return facts;
}

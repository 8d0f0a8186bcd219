import type { Condition } from '@duibiao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compileCondition } from './compile-condition.js';
import { CASES } from './compile-condition.operator-cases.js';
import { ENGINE_DIFFERENCE_CASES } from './engine-difference-cases.js';
import type { TestEngine } from './test-engine.js';
import { COLUMNS } from './test-columns.js';
import { DEBIAN, WITH_SERVER } from './test-engines.js';

/**
 * Each operator's SQL run on every engine over rows chosen by hand, with
 * the truth duibiao's operator table gives on each: every engine must give
 * the same true, false or unknown, the one worked out by hand.
 */

const ALL = [...CASES, ...ENGINE_DIFFERENCE_CASES].map(
  (c, i) => [`${i} ${c[0]} ${c[1]} ${JSON.stringify(c[2])}`, c] as const,
);

describe.each(WITH_SERVER)(
  'compileCondition on %s, one operator at a time',
  (_name, open) => {
    let engine: TestEngine | undefined;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine?.close();
    });

    it.each(ALL)('%s', async (_case, [operator, fact, value, rows, path]) => {
      const leaf = { fact, operator, value, ...(path ? { path } : {}) };
      const sql = compileCondition(
        'r1',
        { all: [leaf as Condition] },
        { columns: COLUMNS, dialect: engine!.dialect },
      );
      const results = await engine!.runOverRows(
        COLUMNS,
        rows.map(([v]) => ({ [fact]: v })),
        [sql],
      );
      expect(results.map((r) => r[0])).toEqual(rows.map(([, truth]) => truth));
    });
  },
);

if (typeof DEBIAN === 'string')
  it.skip(`compileCondition on Debian's PostgreSQL: ${DEBIAN}`);

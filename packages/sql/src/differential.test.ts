import {
  compileRule,
  type Condition,
  FactSlots,
  type JsonValue,
  type LoadedFact,
  SubjectFacts,
} from '@duibiao/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  context,
  DATED,
  date,
  defineFact,
  EQUALITY,
  leaves,
  LISTED,
  loadedRule,
  NUMERIC,
  priority,
  scalar,
  scalars,
  subjectOf,
  treeOf,
  withoutUndefined,
  word,
} from '../../core/src/engine/compiled-evaluator.arbitraries.js';
import { modelOperand } from '../../core/src/engine/compiled-evaluator.model.js';
import { compileCondition } from './compile-condition.js';
import type { Row, TestEngine } from './test-engine.js';
import { COLUMNS } from './test-columns.js';
import { EMBEDDED } from './test-engines.js';

/**
 * The same generated conditions run over the same generated rows through
 * duibiao's in-process engine (compiled rules over facts that read the
 * row) and through each SQL engine, DuckDB and PostgreSQL (PGlite): the
 * compiled SQL over a table of the rows. Every condition must be true,
 * false or unknown alike on every row.
 */

const READINGS: { fact: string; path?: string; operators: string[] }[] = [
  { fact: 'n', operators: [...NUMERIC, ...EQUALITY, 'dateBefore'] },
  { fact: 's', operators: [...EQUALITY, 'lessThan', 'contains'] },
  { fact: 't', operators: [...DATED, ...EQUALITY] },
  { fact: 'b', operators: EQUALITY },
  { fact: 'l', operators: [...LISTED, 'equal'] },
  { fact: 'm', operators: [...LISTED, 'in'] },
  { fact: 'o', operators: ['equal'] },
  { fact: 'o', path: '$.n', operators: [...NUMERIC, 'equal'] },
  { fact: 'o', path: '$.s', operators: [...EQUALITY, 'dateAfter'] },
];

const integer = fc.integer({ min: -3, max: 6 });
const unknownOr = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: value, weight: 3 },
  );

/** A row: each column a value of its type, blank, odd or unknown. */
const row: fc.Arbitrary<Row> = fc.record({
  n: unknownOr(fc.oneof(integer, fc.constantFrom(0.5, -0, 2.25))),
  s: unknownOr(fc.oneof(word, fc.constantFrom(' ', '\u3000', '\t'))),
  t: unknownOr(fc.oneof(date, fc.constantFrom('', ' ', 'x', '0999-01-01'))),
  b: unknownOr(fc.boolean()),
  l: unknownOr(fc.array(word, { maxLength: 3 })),
  m: unknownOr(fc.array(integer, { maxLength: 3 })),
  o: unknownOr(fc.record({ n: integer, s: word }, { requiredKeys: [] })),
});

/** An operand of the operator's kind mostly, of any kind sometimes. */
function operand(operator: string): fc.Arbitrary<JsonValue> {
  return fc.oneof(
    { arbitrary: modelOperand(operator), weight: 4 },
    { arbitrary: DATED.includes(operator) ? date : scalar, weight: 2 },
    { arbitrary: scalar, weight: 1 },
    { arbitrary: scalars, weight: 1 },
  );
}

const leaf: fc.Arbitrary<Condition> = fc
  .record({ reading: fc.constantFrom(...READINGS), pick: fc.nat(), priority })
  .chain(({ reading: { fact, path, operators }, pick, ...rest }) => {
    const operator = operators[pick % operators.length] as string;
    return operand(operator).map((value) =>
      withoutUndefined({ fact, path, operator, value, ...rest }),
    );
  });

const FACTS = new Map<string, LoadedFact>(
  Object.keys(COLUMNS).map((name) => [name, defineFact(name)]),
);

/** Each condition's outcome on each row, in process. */
function inProcess(conditions: readonly Condition[], rows: readonly Row[]) {
  const slots = new FactSlots(FACTS);
  const rules = conditions.map((c, i) =>
    compileRule(loadedRule(`g/r${i}`, c as never), slots),
  );

  return rows.map((values) => {
    const readings = Object.fromEntries(
      Object.entries(values).map(([fact, value]) => [fact, [value]]),
    );
    const facts = new SubjectFacts(subjectOf(readings), FACTS, context, slots);
    return rules.map(({ evaluate }) => {
      const { result } = evaluate(facts);
      if (result === 'error') throw new Error('a generated fact failed');
      return result === 'unknown' ? undefined : result === 'fired';
    });
  });
}

describe.each(EMBEDDED)(
  'compiled SQL on %s against the in-process engine',
  (_name, open) => {
    let engine: TestEngine | undefined;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('gives the same true, false or unknown on every row', async () => {
      const seen = {
        true: 0,
        false: 0,
        unknown: 0,
        operators: new Set<string>(),
      };
      await fc.assert(
        fc.asyncProperty(
          fc.array(treeOf(leaf), { minLength: 50, maxLength: 50 }),
          fc.array(row, { minLength: 50, maxLength: 50 }),
          async (conditions, rows) => {
            const sql = conditions.map((c, i) =>
              compileCondition(`g/r${i}`, c, {
                columns: COLUMNS,
                dialect: engine!.dialect,
              }),
            );
            const expected = inProcess(conditions, rows);
            const actual = await engine!.runOverRows(COLUMNS, rows, sql);
            expect(actual).toEqual(expected);
            for (const truth of expected.flat())
              seen[
                truth === undefined ? 'unknown' : truth ? 'true' : 'false'
              ] += 1;
            for (const { operator } of conditions.flatMap(leaves))
              seen.operators.add(operator);
          },
        ),
        { numRuns: 4 },
      );

      // 4 runs of 50 conditions over 50 rows: 10,000 outcomes compared.
      expect(seen.true + seen.false + seen.unknown).toBe(10_000);
      expect(seen.true).toBeGreaterThan(0);
      expect(seen.false).toBeGreaterThan(0);
      expect(seen.unknown).toBeGreaterThan(0);
      expect(seen.operators.size).toBe(16);
    });
  },
);

import {
  type Dataset,
  households,
  isListKey,
  LIST_KEYS,
  LISTS,
  type ListTables,
  members,
  parseRecord,
  type RawCell,
  type TableSpec,
  villages,
} from '@duibiao/core';

import {
  FORBIDDEN,
  isObject,
  keyPath,
  type Report,
  refuseUnknownKeys,
} from './json-shape.js';

type Cell = RawCell | readonly string[];

/**
 * Reads the data of a test case written as JSON as duibiao reads input:
 * each record of households, members, villages and the lists by core's
 * rules for its table, so that `"是"` is true and `"3,500"` is 3500. A
 * field a record leaves out is unknown; one given as `null` or `""` takes
 * the field's meaning of blank.
 *
 * @param value - The case's `data`.
 * @param path - Its JSON path, for problems.
 * @param problem - Receives each mistake, at the path of its cell.
 * @returns The data set, or `undefined` when `data` is not an object.
 */
export function datasetFromJson(
  value: unknown,
  path: string,
  problem: Report,
): Dataset | undefined {
  if (!isObject(value)) {
    problem(
      path,
      `the records the rule runs over are required: an object { households, members, villages, lists }, not ${JSON.stringify(value)}`,
    );
    return undefined;
  }
  refuseUnknownKeys(
    value,
    path,
    ['households', 'members', 'villages', 'lists'],
    'a case’s data',
    problem,
  );

  const read = (key: string, spec: TableSpec<any>) =>
    recordsAt(value[key], keyPath(path, key), spec, problem);
  const dataset = {
    households: read('households', households),
    members: read('members', members),
    villages: read('villages', villages),
  } as unknown as Dataset;
  if (value.lists === undefined) return dataset;

  return { ...dataset, lists: listsAt(value.lists, path, problem) };
}

function listsAt(value: unknown, path: string, problem: Report): ListTables {
  const at = keyPath(path, 'lists');
  if (!isObject(value)) {
    problem(at, 'an object of list name → records is expected');
    return {};
  }

  const lists: Record<string, unknown[]> = {};
  for (const [key, rows] of Object.entries(value)) {
    if (FORBIDDEN.has(key)) continue;
    if (!isListKey(key)) {
      problem(
        keyPath(at, key),
        `unknown list; the lists are ${LIST_KEYS.join(', ')}`,
      );
      continue;
    }
    const spec = LISTS[key].table;
    lists[key] = recordsAt(rows, keyPath(at, key), spec, problem);
  }

  return lists as ListTables;
}

function recordsAt(
  rows: unknown,
  path: string,
  spec: TableSpec,
  problem: Report,
): unknown[] {
  if (!Array.isArray(rows)) {
    const message =
      rows === undefined
        ? `the ${spec.key} the rule runs over are required: an array of records ([] for none)`
        : `an array of records of ${spec.key} is expected, not ${JSON.stringify(rows)}`;
    problem(path, message);
    return [];
  }

  return rows.flatMap((row, i) => {
    const record = recordOf(row, `${path}[${i}]`, spec, problem);
    return record === undefined ? [] : [record];
  });
}

/** One record, read by its table's fields; `undefined` when it cannot be. */
function recordOf(
  row: unknown,
  path: string,
  spec: TableSpec,
  problem: Report,
): unknown {
  if (!isObject(row)) {
    problem(
      path,
      `a record of ${spec.key} is an object of fields, not ${JSON.stringify(row)}`,
    );
    return undefined;
  }

  const cells: Record<string, Cell> = {};
  const refused = new Set<string>();
  for (const [key, value] of Object.entries(row)) {
    if (FORBIDDEN.has(key)) continue;
    const read = Object.hasOwn(spec.fields, key)
      ? cellOf(value)
      : { ok: false as const, reason: unknownField(spec, key) };
    if (read.ok) {
      cells[key] = read.cell;
    } else {
      problem(keyPath(path, key), read.reason);
      refused.add(key);
    }
  }

  // A cell refused above is left out, which core may take for a blank
  // key: that is the same mistake, reported once.
  const result = parseRecord(spec, cells);
  const others = result.ok ? [] : result.problems;
  for (const cell of others.filter((p) => !refused.has(p.field)))
    problem(keyPath(path, cell.field), cellMessage(cell.value, cell.reason));

  return result.ok && refused.size === 0 ? result.record : undefined;
}

/** A JSON value as a cell: a value, a list of values, or why it is not. */
function cellOf(
  value: unknown,
): { ok: true; cell: Cell } | { ok: false; reason: string } {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return { ok: true, cell: value as RawCell };
  if (Array.isArray(value) && value.every((item) => !isNested(item)))
    return { ok: true, cell: value.map(String) };

  const reason = Array.isArray(value)
    ? 'expected a list of values, not nested lists or objects'
    : 'expected a value, not an object';

  return { ok: false, reason };
}

function isNested(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function unknownField(spec: TableSpec, key: string): string {
  const named = Object.entries(spec.fields).find(
    ([, field]) => field.header === key,
  );
  const table = `not a field of ${spec.key} (${spec.name})`;

  return named
    ? `${table}: ${key} is written ${named[0]}`
    : `${table}; fields go by their English keys, such as ${spec.keyField}`;
}

function cellMessage(value: Cell, reason: string): string {
  const blank =
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '');

  return blank ? reason : `${JSON.stringify(value)}: ${reason}`;
}

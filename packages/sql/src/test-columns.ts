import type { FactColumns } from './column-types.js';

/** Test support: a table with a column of every kind. */
export const COLUMNS: FactColumns = {
  n: 'number',
  s: 'text',
  t: 'date',
  b: 'boolean',
  l: { list: 'text' },
  m: { list: 'number' },
  o: { struct: { n: 'number', s: 'text' } },
};

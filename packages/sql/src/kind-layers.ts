import type { SubjectKind } from '@duibiao/core';

import type { SqlDialect } from './dialect.js';
import {
  BELOW,
  factsOf,
  type KindFacts,
  type LayerColumn,
} from './fact-sql.js';
import { hasSubquery } from './fact-layers.js';
import { ROW } from './schema.js';
import type { SubjectSource } from './subjects.js';

/** The name of a layer of facts in a kind's query (another kind's: prefixed). */
function layerName(prefix: string, layer: number): string {
  return `${prefix}_layer${layer}`;
}

/**
 * The layers of the other kinds' facts that a kind's facts read of their
 * related rows, each kind's ending in a query named `factsOf(kind)`.
 */
export function foreignLayers(
  facts: KindFacts,
  factsOfKind: (kind: SubjectKind) => KindFacts,
  sources: Record<SubjectKind, SubjectSource>,
  dialect: SqlDialect,
): string[] {
  const id = dialect.identifier;

  return [...facts.foreign].flatMap(([kind, names]) => {
    const { items, top } = layerQueries(
      sources[kind],
      factsOfKind(kind).layers(names),
      dialect,
      `_${kind}`,
    );
    return top === undefined
      ? items
      : [...items, `${id(factsOf(kind))} AS (SELECT * FROM ${id(top)})`];
  });
}

/**
 * Each layer as `WITH` items: a query per fact of the layer with a
 * subquery, and one for the rest (its subjects' rows, the layer below,
 * the facts' columns), then the layer, which joins the layer below and
 * those queries by `_row`. A fact with a subquery has a query of its own
 * because an engine turns each subquery of a query into a join that
 * carries every column beside it: such facts side by side in one query
 * would cost with the square of their number. Plain expressions cost
 * nothing of the kind, and each query of its own costs a join.
 *
 * @returns The items, and the name of the top layer (none without layers).
 */
export function layerQueries(
  source: SubjectSource,
  layers: readonly (readonly (readonly LayerColumn[])[])[],
  dialect: SqlDialect,
  prefix: string,
): { items: string[]; top?: string } {
  const id = dialect.identifier;
  const row = id(ROW);
  const as = dialect.materialized === true ? 'AS MATERIALIZED' : 'AS';
  const items: string[] = [];
  let below: string | undefined;
  layers.forEach((facts, i) => {
    const under =
      below === undefined
        ? ''
        : ` JOIN ${id(below)} AS ${BELOW} ON ${BELOW}.${row} = ${source.row}`;
    // Each fact with a subquery has a query of its own, over the subjects
    // and the layer below; the plain ones share one.
    const plain = facts.filter(
      (columns) => !columns.some((c) => hasSubquery(c.sql)),
    );
    const groups = [
      ...(plain.length === 0 ? [] : [plain.flat()]),
      ...facts.filter((columns) => columns.some((c) => hasSubquery(c.sql))),
    ];
    const parts = groups.map((columns, j) => {
      const name = `${prefix}_l${i + 1}_f${j + 1}`;
      const select = columns.map((c) => `${c.sql} AS ${id(c.name)}`);
      items.push(
        `${id(name)} ${as} (SELECT ${[`${source.row} AS ${row}`, ...select].join(', ')} FROM ${source.from}${under})`,
      );
      return { name, alias: `f${j + 1}`, columns };
    });
    // The layer: the one below (or the first fact's rows) and every fact's
    // columns beside it, by row.
    const tables = [
      ...(below === undefined ? [] : [{ name: below, alias: 'b' }]),
      ...parts,
    ];
    const [first] = tables as [{ name: string; alias: string }];
    const from = tables
      .map(({ name, alias }, k) =>
        k === 0
          ? `${id(name)} AS ${alias}`
          : `JOIN ${id(name)} AS ${alias} ON ${alias}.${row} = ${first.alias}.${row}`,
      )
      .join(' ');
    const columns = parts.flatMap(({ alias, columns }) =>
      columns.map((c) => `${alias}.${id(c.name)}`),
    );
    const kept = below === undefined ? `${first.alias}.${row}` : 'b.*';
    const name = layerName(prefix, i + 1);
    items.push(
      `${id(name)} ${as} (SELECT ${[kept, ...columns].join(', ')} FROM ${from})`,
    );
    below = name;
  });

  return below === undefined ? { items } : { items, top: below };
}

import { type Member, vocabulary } from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { isOneOf, some } from './three-valued.js';
import { rowCountSql, someSql } from './three-valued-sql.js';

/**
 * Labour types that mean some capacity to work: ordinary and skilled
 * labour, and weak or half labour. Only 丧失劳动力 and 无劳动力 mean none.
 */
const ANY_LABOUR: readonly string[] = [
  ...vocabulary.ABLE_LABOUR_TYPES,
  '弱劳动力或半劳动力',
];

function hasLabour(member: Member): boolean | undefined {
  return isOneOf(member.labour, ANY_LABOUR);
}

/**
 * `hasAnyLabour`: whether some member of the household can work at all.
 *
 * `true` as soon as one member is 普通劳动力, 技能劳动力 or
 * 弱劳动力或半劳动力; `false` only when every member is known to be
 * 丧失劳动力 or 无劳动力; otherwise unknown. A household with no member
 * rows is unknown too: nothing shows that nobody there can work.
 */
export const hasAnyLabour = defineFact({
  name: 'hasAnyLabour',
  subject: 'household',
  type: 'boolean',
  description:
    'Whether some member is 普通劳动力, 技能劳动力 or 弱劳动力或半劳动力; unknown without member rows.',
  inputs: ['members.labour'],
  compute: ({ members }) =>
    members.length === 0 ? undefined : some(members, hasLabour),
  sql(q) {
    const rows = q.related('members');
    const labour = rows.column('labour').value;
    const any = ANY_LABOUR.map((type) => q.text(type)).join(', ');
    const test = `(${labour} IN (${any}))`;

    return {
      value: `(CASE WHEN ${rowCountSql(rows)} > 0 THEN ${someSql(rows, test)} END)`,
    };
  },
});

import { defineFact } from '@duibiao/plugin-sdk';

/**
 * Whether a member is on the human-resources department's real-name
 * employment ledger (人社就业实名制) at all: some row of the list, in
 * force on the reference date, carries the member's ID number.
 *
 * Any row counts, whatever months it covers: the notice asks whether the
 * ledger has been set up for the person (二（二）「就业实名制」台账建立情况),
 * and matching each spell of work against the income year would need
 * 收入年度 and both months of every row, which exports often leave blank.
 * A ledger that lists the person for an earlier year only is therefore
 * not reported by this fact.
 */
export const onEmploymentLedger = defineFact({
  name: 'onEmploymentLedger',
  subject: 'member',
  type: 'boolean',
  description:
    'Whether the real-name employment ledger (人社就业实名制) has a row in force for the member’s ID number.',
  inputs: ['employment.idNumber', 'members.idNumber'],
  compute({ member }, context) {
    if (member.idNumber == null) return undefined;

    return context.lists.byId('employment', member.idNumber).length > 0;
  },
  sql(q) {
    const id = q.column('members', 'idNumber').value;
    const rows = q.related('employment');
    return {
      value: `(CASE WHEN ${id} IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM ${rows.from} WHERE ${rows.where}) END)`,
    };
  },
});

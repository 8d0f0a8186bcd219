import { defineFact } from '@duibiao/plugin-sdk';

interface LitreStandard {
  normal: number;
  scarce: number;
}

/**
 * `waterStandardLitres`: the least drinking water per person per day the
 * standard asks of the household's area, from the `waterMinLitres`
 * parameter: its `scarce` value in a water-scarce area, else `normal`.
 * When 是否缺水地区 is blank it is one of the two: the range from the
 * scarce to the normal value, so that a message states both. Its SQL
 * needs both values as numbers, else it has none.
 */
export const waterStandardLitres = defineFact({
  name: 'waterStandardLitres',
  subject: 'household',
  type: 'number',
  description:
    'Least litres per person per day for the area: waterMinLitres.scarce in water-scarce areas, else .normal; the range of both when the area is not known.',
  inputs: ['households.waterScarceArea'],
  compute({ household }, context) {
    const standard = context.param('waterMinLitres') as
      | LitreStandard
      | undefined;
    const scarce = household.waterScarceArea;
    if (standard === undefined) return undefined;
    if (scarce === undefined)
      return { min: standard.scarce, max: standard.normal };

    return scarce ? standard.scarce : standard.normal;
  },
  sql(q) {
    const scarce = q.param('waterMinLitres.scarce');
    const normal = q.param('waterMinLitres.normal');
    const area = q.column('households', 'waterScarceArea').value;
    const known = `WHEN ${area} THEN ${scarce} WHEN NOT ${area} THEN ${normal}`;
    // An unknown area gives { min: scarce, max: normal }, which is a range
    // only when scarce is below normal: otherwise no number tests it.
    const end = (value: string) =>
      `(CASE ${known} WHEN ${scarce} < ${normal} THEN ${value} END)`;

    return {
      value: `(CASE ${known} END)`,
      range: { min: end(scarce), max: end(normal) },
    };
  },
});

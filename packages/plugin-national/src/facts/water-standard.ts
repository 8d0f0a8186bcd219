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
 * scarce to the normal value, so that a message states both.
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
});

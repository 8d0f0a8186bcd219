import { defineFact } from '@duibiao/plugin-sdk';

/**
 * Disability category and grade from a 20-character disability card: the
 * ID number, then the category digit (1 visual, 2 hearing, 3 speech,
 * 4 physical, 5 intellectual, 6 mental, 7 multiple), then the grade digit
 * (1 most severe to 4).
 */
function cardDigit(
  card: string | null | undefined,
  position: 18 | 19,
): number | null | undefined {
  // A card that is not ID number + category + grade says nothing certain,
  // so its digits are unknown rather than "no card".
  if (card === undefined) return undefined;
  if (card === null) return null;
  if (!/^\d{17}[\dX][1-7][1-4]$/.test(card)) return undefined;

  return Number(card[position]);
}

/** Facts about a single member beyond its fields. */
export const memberFacts = [
  defineFact({
    name: 'disabilityCategory',
    subject: 'member',
    type: 'number',
    description:
      'Disability category digit of the card (4 is physical); null without a card, unknown for a malformed one.',
    inputs: ['members.disabilityCard'],
    compute: ({ member }) => cardDigit(member.disabilityCard, 18),
  }),
  defineFact({
    name: 'disabilityGrade',
    subject: 'member',
    type: 'number',
    description:
      'Disability grade digit of the card (1 and 2 are severe); null without a card, unknown for a malformed one.',
    inputs: ['members.disabilityCard'],
    compute: ({ member }) => cardDigit(member.disabilityCard, 19),
  }),
  defineFact({
    name: 'isStudent',
    subject: 'member',
    type: 'boolean',
    description:
      'Whether the member has a school status other than 失学辍学 (学龄前儿童 is not a student).',
    inputs: ['members.schoolStatus'],
    compute: ({ member }) =>
      member.schoolStatus === undefined
        ? undefined
        : member.schoolStatus !== null &&
          !['失学辍学', '学龄前儿童'].includes(member.schoolStatus),
  }),
] as const;

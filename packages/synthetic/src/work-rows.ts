import type { CalendarDate, Member } from '@duibiao/core';

import { monthAfter } from './list-rows.js';
import type { Random } from './random.js';

/** Where migrant workers from Shaanxi work, by rough share. */
export const WORKPLACES = [
  ['西安市', 30],
  ['本县工业园区', 15],
  ['咸阳市', 8],
  ['江苏省苏州市', 12],
  ['江苏省无锡市', 6],
  ['广东省东莞市', 10],
  ['浙江省宁波市', 8],
  ['新疆维吾尔自治区', 4],
  ['北京市', 7],
] as const;

/** Yuan a forest ranger is paid a year. */
export const RANGER_SUBSIDY = 6000;

/**
 * A migrant worker's row in the real-name employment ledger: work that
 * began this year (or last) and, for a few months' work, has ended.
 */
export function jobRow(
  member: Member,
  asOf: CalendarDate,
  random: Random,
): {
  workplace: string;
  startMonth: string;
  endMonth: string | null;
  monthlyIncome: number;
} {
  const months = member.migrantMonths ?? 0;
  const year = asOf.slice(0, 4);
  const elapsed = Number(asOf.slice(5, 7));
  const workplace = random.weighted(WORKPLACES);
  const monthlyIncome = random.int(26, 42) * 100;
  if (months >= elapsed) {
    const start =
      months >= 12
        ? monthAfter(`${year}-01`, -random.int(1, 30))
        : `${year}-01`;
    return { workplace, startMonth: start, endMonth: null, monthlyIncome };
  }

  const start = monthAfter(`${year}-01`, random.int(0, elapsed - months - 1));
  return {
    workplace,
    startMonth: start,
    endMonth: monthAfter(start, months - 1),
    monthlyIncome,
  };
}

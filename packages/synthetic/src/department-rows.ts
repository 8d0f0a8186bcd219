import type { Member } from '@duibiao/core';

import { ageOf } from './assistance.js';
import {
  assistanceRows,
  disabilityRow,
  isAssisted,
  medicalRows,
  pensionRow,
} from './benefit-rows.js';
import { enrolmentOf } from './education-rows.js';
import { houseRow } from './house-rows.js';
import { before, dayBetween } from './household-traits.js';
import { addRow, type ListRows } from './list-rows.js';
import { loanRow } from './loan-rows.js';
import type { Random } from './random.js';
import type { Draft } from './types.js';
import { jobRow, RANGER_SUBSIDY } from './work-rows.js';

/**
 * The household's rows in the line departments' lists, as each department
 * would have them if its list and the registry agreed: the education roll
 * holds every pupil and student (在读), the dropouts (辍学) and children
 * taught at home (送教上门); medical insurance, pension, 低保 and 特困,
 * the disability cards and subsidies, migrant work, ranger posts and loans
 * are on their departments' lists exactly when the registry records them;
 * the housing department grades the house as the registry does; and the
 * public-security register has every member, none deceased or gone.
 *
 * A member registered a second time in another household (the id-duplicate
 * plant) is on the lists once, from the first household.
 *
 * @param draft - The household, its record final.
 * @param random - Source of randomness for the lists.
 * @returns The rows, by list.
 */
export function departmentRows(draft: Draft, random: Random): ListRows {
  const rows: ListRows = {};
  for (const member of draft.members) {
    if (member.idNumber && member !== draft.copied)
      addMemberRows(rows, member, draft, random);
  }

  addRow(rows, 'housing', houseRow(draft, random));
  const loan = loanRow(draft, random);
  if (loan) addRow(rows, 'credit', loan);

  return rows;
}

/** Adds a member's rows to each person-keyed list that has one. */
function addMemberRows(
  rows: ListRows,
  member: Member,
  draft: Draft,
  random: Random,
): void {
  const dates = draft.place.lists.asOf;
  const person = { idNumber: member.idNumber, name: member.name ?? null };
  const age = ageOf(member, draft);
  const assisted = isAssisted(draft.household);

  const enrolment = enrolmentOf(member, age, draft, random);
  if (enrolment)
    addRow(rows, 'education', {
      ...person,
      ...enrolment,
      asOf: dates.education,
    });
  for (const row of medicalRows(member, assisted, draft.place.lists))
    addRow(rows, 'medicalInsurance', { ...person, ...row });
  for (const row of assistanceRows(member, draft, random))
    addRow(rows, 'civilAffairs', {
      ...person,
      ...row,
      asOf: dates.civilAffairs,
    });

  if (member.disabilityCard) {
    const row = disabilityRow(member, random);
    addRow(rows, 'disability', { ...person, ...row, asOf: dates.disability });
  }
  const pension = pensionRow(member, assisted, age);
  if (pension)
    addRow(rows, 'pension', { ...person, ...pension, asOf: dates.pension });

  if ((member.migrantMonths ?? 0) > 0) {
    const job = jobRow(member, draft.asOf, random);
    addRow(rows, 'employment', { ...person, ...job, asOf: dates.employment });
  }
  if (member.forestRanger) {
    const start = dayBetween(
      before(draft.asOf, 1400),
      before(draft.asOf, 60),
      random,
    );
    addRow(rows, 'forestry', {
      ...person,
      start,
      end: null,
      annualSubsidy: RANGER_SUBSIDY,
      asOf: dates.forestry,
    });
  }

  addRow(rows, 'publicSecurity', {
    ...person,
    status: '正常',
    changedOn: null,
    asOf: dates.publicSecurity,
  });
}

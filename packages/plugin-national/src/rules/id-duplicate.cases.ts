import type { Member, RuleCases } from '@duibiao/core';
import {
  dataset,
  family,
  household,
  member,
  village,
} from '@duibiao/plugin-sdk';

/** The head's number in the clean family. */
const HEAD_ID = member().idNumber;

/** The clean family with the members at these places given the head's number. */
function sharingHeadId(...places: number[]): Member[] {
  return family().map((person, i) =>
    places.includes(i) ? { ...person, idNumber: HEAD_ID } : person,
  );
}

/** Cases of national/id-duplicate. */
export const idDuplicateCases: RuleCases = {
  valid: [
    {
      name: 'a family whose four numbers each occur once',
      data: dataset(),
    },
    {
      name: 'two blank numbers are not one number twice but unknown',
      data: dataset({
        members: family().map((person, i) =>
          i >= 2 ? { ...person, idNumber: undefined } : person,
        ),
      }),
      unknown: ['members.idNumber'],
    },
  ],
  invalid: [
    {
      name: 'the son carries the head’s number: both rows are reported',
      data: dataset({ members: sharingHeadId(3) }),
      findings: [0, 1].map(() => ({
        householdId: 'H001',
        memberId: HEAD_ID,
        message: '证件号码在人员信息中出现 2 次（户编号 H001）',
        data: { idOccurrences: 2, idHouseholds: ['H001'] },
      })),
    },
    {
      name: 'three rows of one household carry one number',
      data: dataset({ members: sharingHeadId(1, 3) }),
      findings: [0, 1, 2].map(() => ({
        householdId: 'H001',
        memberId: HEAD_ID,
        data: { idOccurrences: 3, idHouseholds: ['H001'] },
      })),
    },
    {
      name: 'the head of H001 is also a member of H002',
      data: {
        households: [household(), household({ householdId: 'H002' })],
        members: [...family(), member({ householdId: 'H002' })],
        villages: [village()],
      },
      findings: ['H001', 'H002'].map((householdId) => ({
        householdId,
        memberId: HEAD_ID,
        message: '证件号码在人员信息中出现 2 次（户编号 H001、H002）',
        data: { idOccurrences: 2, idHouseholds: ['H001', 'H002'] },
      })),
    },
  ],
};

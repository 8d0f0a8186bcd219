import type { Household } from '../model/household.js';
import type { Member } from '../model/member.js';
import type { Village } from '../model/village.js';
import type { Dataset } from './check-types.js';
import { groupBy } from './finding-order.js';
import type { ListLookups, RegistryPlace, Subject } from './types.js';

/**
 * Every subject of a data set in the order a check judges them: villages;
 * each household followed by its members; members of no household; then
 * counties, loans, projects, complaints, census issues and spot checks,
 * each row with its place in the registry.
 *
 * @param dataset - The data.
 * @param lists - The lists as of the reference date: rows dated after it
 * are not subjects.
 * @param onOrphan - Called for each member of no household.
 * @returns The subjects, one at a time.
 */
export function* everySubject(
  dataset: Dataset,
  lists: ListLookups,
  onOrphan: () => void,
): Generator<Subject> {
  const { households, members, villages } = dataset;
  const villageByCode = new Map(villages.map((v) => [v.regionCode, v]));
  const membersOf = groupBy(members, (m) => m.householdId);
  const householdsOf = groupBy(households, (h) => h.regionCode ?? '');

  for (const village of villages) {
    const homes = householdsOf.get(village.regionCode) ?? [];
    yield { kind: 'village', village, households: homes };
  }

  const known = new Set<string>();
  for (const household of households) {
    known.add(household.householdId);
    const village = villageByCode.get(household.regionCode ?? '');
    const people = membersOf.get(household.householdId) ?? [];
    yield { kind: 'household', household, members: people, village };
    for (const member of people) {
      yield { kind: 'member', member, household, members: people, village };
    }
  }

  for (const [householdId, people] of membersOf) {
    if (known.has(householdId)) continue;
    for (const member of people) {
      onOrphan();
      yield {
        kind: 'member',
        member,
        household: undefined,
        members: people,
        village: undefined,
      };
    }
  }

  for (const [regionCode, homes] of groupBy(households, countyOf)) {
    if (regionCode !== '')
      yield { kind: 'county', regionCode, households: homes };
  }

  const place = placer(dataset, villageByCode);
  for (const loan of lists.all('credit'))
    yield { kind: 'loan', loan, ...place(loan) };
  for (const project of lists.all('projects')) {
    const village = villageByCode.get(project.regionCode ?? '');
    yield { kind: 'project', project, village };
  }
  for (const complaint of lists.all('complaints'))
    yield { kind: 'complaint', complaint, ...place(complaint) };
  for (const issue of lists.all('censusIssues'))
    yield { kind: 'censusIssue', issue, ...place(issue) };
  for (const check of lists.all('spotChecks'))
    yield { kind: 'spotCheck', check, ...place(check) };
}

interface RowLinks {
  householdId?: string | null;
  idNumber?: string | null;
}

/**
 * Places a row of a list in the registry: the first member with its ID
 * number, the household it names (or that member's), and the household's
 * village. The look-ups are built on the first row placed.
 */
function placer(
  dataset: Dataset,
  villageByCode: ReadonlyMap<string, Village>,
): (row: RowLinks) => RegistryPlace {
  let memberById: Map<string, Member> | undefined;
  let householdById: Map<string, Household> | undefined;

  return (row) => {
    if (!memberById || !householdById) {
      memberById = new Map();
      for (const member of dataset.members) {
        const id = member.idNumber;
        if (id !== undefined && !memberById.has(id)) memberById.set(id, member);
      }
      householdById = new Map(
        dataset.households.map((h) => [h.householdId, h]),
      );
    }

    const member = row.idNumber ? memberById.get(row.idNumber) : undefined;
    const household = householdById.get(
      row.householdId || member?.householdId || '',
    );
    const village = villageByCode.get(household?.regionCode ?? '');

    return { member, household, village };
  };
}

/** A household's county: the first 6 digits of its region code, or ''. */
function countyOf(household: Household): string {
  const code = household.regionCode ?? '';

  return code.length >= 6 ? code.slice(0, 6) : '';
}

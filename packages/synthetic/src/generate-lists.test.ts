import {
  addDays,
  daysBetween,
  type Household,
  LIST_KEYS,
  type ListRecords,
  type Member,
} from '@duibiao/core';
import { type AnswerKeyEntry, generateProvince } from '@duibiao/synthetic';
import { beforeAll, describe, expect, it } from 'vitest';

const AS_OF = '2020-09-30';

type Rows = { [K in keyof ListRecords]: ListRecords[K][] };

interface Province {
  households: Household[];
  members: Member[];
  rows: Rows;
  /** Rows a village event brings: projects, and villagers outside the registry. */
  villageRows: Rows;
  entries: AnswerKeyEntry[];
  counties: string[];
}

const emptyRows = () =>
  Object.fromEntries(LIST_KEYS.map((key) => [key, []])) as unknown as Rows;

let province: Province;
let clean: Set<string>;
let cleanMembers: Member[];

beforeAll(async () => {
  province = {
    households: [],
    members: [],
    rows: emptyRows(),
    villageRows: emptyRows(),
    entries: [],
    counties: [],
  };
  for await (const event of generateProvince({
    seed: 2020,
    households: 1500,
    asOf: AS_OF,
  })) {
    province.entries.push(...event.entries);
    const into =
      event.kind === 'village' ? province.villageRows : province.rows;
    for (const key of LIST_KEYS)
      (into[key] as unknown[]).push(...(event.lists[key] ?? []));
    if (event.kind === 'village') {
      if (!province.counties.includes(event.county))
        province.counties.push(event.county);
    } else {
      province.households.push(event.household);
      province.members.push(...event.members);
    }
  }

  clean = new Set(
    province.entries.flatMap((e) =>
      e.kind === 'clean-household' ? [e.householdId] : [],
    ),
  );
  cleanMembers = province.members.filter((m) => clean.has(m.householdId));
});

const indexes = new Map<string, Map<string | undefined, unknown[]>>();

/** A member's rows of a list keyed by person. */
function rowsOf<K extends keyof ListRecords>(
  key: K,
  member: Member,
): ListRecords[K][] {
  let index = indexes.get(key);
  if (!index) {
    index = new Map();
    for (const row of province.rows[key] as { idNumber?: string }[]) {
      const list = index.get(row.idNumber) ?? [];
      list.push(row);
      index.set(row.idNumber, list);
    }
    indexes.set(key, index);
  }

  return (index.get(member.idNumber) ?? []) as ListRecords[K][];
}

describe('generateProvince: department lists on clean households', () => {
  it('dates every department list 2 to 20 days before the reference date', () => {
    const dates = new Set<string>();
    for (const key of LIST_KEYS) {
      for (const row of province.rows[key] as { asOf?: string | null }[])
        if (row.asOf) dates.add(row.asOf);
    }
    const ages = [...dates].map((date) => daysBetween(date, AS_OF) ?? -1);

    expect(Math.min(...ages)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...ages)).toBeLessThanOrEqual(20);
  });

  it('has 低保 and 特困 on the civil-affairs list, in force, exactly for members the registry says receive them', () => {
    for (const member of cleanMembers) {
      const rows = rowsOf('civilAffairs', member);
      const kinds = rows.map((row) => row.assistanceType).sort();
      const expected = [
        ...(member.extremePoverty ? ['特困供养'] : []),
        ...(member.minimumLiving ? ['低保'] : []),
      ].sort();

      expect(kinds).toEqual(expected);
      for (const row of rows) {
        expect(row.start! <= AS_OF).toBe(true);
        expect(row.end).toBeNull();
      }
    }
  });

  it('insures members on the medical and pension lists as the registry does', () => {
    for (const member of cleanMembers) {
      const medical = rowsOf('medicalInsurance', member);
      const pension = rowsOf('pension', member);

      expect(medical.map((row) => row.scheme).sort()).toEqual(
        [
          ...(member.employeeMedical ? ['职工基本医疗保险'] : []),
          ...(member.residentMedical ? ['城乡居民基本医疗保险'] : []),
        ].sort(),
      );
      for (const row of medical) {
        expect(row.status).toBe('参保');
        expect(row.year).toBe(2020);
        expect(row.seriousIllness).toBe(member.seriousIllnessInsurance);
      }
      expect(pension.map((row) => row.scheme)).toEqual(
        member.employeePension
          ? ['城镇职工基本养老保险']
          : member.residentPension
            ? ['城乡居民基本养老保险']
            : [],
      );
    }
  });

  it('puts pupils and students on the education roll as 在读 and dropouts as 辍学', () => {
    const inSchool = [
      '学前教育',
      '小学',
      '初中',
      '普通高中',
      '中职',
      '高职高专',
      '本科及以上',
    ];
    for (const member of cleanMembers) {
      const statuses = rowsOf('education', member).map((row) => row.status);
      if (inSchool.includes(member.schoolStatus ?? '')) {
        expect(statuses).toEqual(['在读']);
      } else if (member.notInSchoolReason === '送教上门') {
        expect(statuses).toEqual(['送教上门']);
      } else {
        expect(statuses).not.toContain('在读');
      }
    }
  });

  it('gives disability cards, subsidies, ranger posts and migrant work as the registry records them', () => {
    for (const member of cleanMembers) {
      const [card] = rowsOf('disability', member);
      expect(card?.cardNumber ?? null).toBe(member.disabilityCard);
      if (card) {
        const subsidised = card.livingSubsidy || card.careSubsidy;
        expect(subsidised).toBe(member.disabilitySubsidy);
      }
      expect(rowsOf('forestry', member).length > 0).toBe(member.forestRanger);
      expect(rowsOf('employment', member).length > 0).toBe(
        (member.migrantMonths ?? 0) > 0,
      );
    }
  });

  it('registers every member as 正常 with the public-security department, none deceased or moved', () => {
    for (const member of cleanMembers) {
      const rows = rowsOf('publicSecurity', member);
      expect(rows.map((row) => row.status)).toEqual(['正常']);
    }
  });

  it('grades every house as the registry does, with the renovation the registry records', () => {
    const byHousehold = new Map(
      province.rows.housing.map((row) => [row.householdId, row]),
    );
    for (const household of province.households) {
      if (!clean.has(household.householdId)) continue;
      const row = byHousehold.get(household.householdId);

      expect(row?.grade).toBe(household.houseGrade);
      expect(row?.renovationStatus ?? null).toBe(
        household.housingSecurity === '危房改造' ? '已竣工' : null,
      );
    }
  });

  it('lends only to households with 金融帮扶, within 50,000 yuan and 36 months, to borrowers of 18 to 65, none overdue', () => {
    const withCredit = new Set(
      province.households
        .filter((h) => h.measures?.includes('金融帮扶'))
        .map((h) => h.householdId),
    );
    const born = new Map(cleanMembers.map((m) => [m.idNumber, m]));
    const loans = province.rows.credit.filter((row) => born.has(row.idNumber));

    expect(loans.length).toBeGreaterThan(0);
    for (const loan of loans) {
      const borrower = born.get(loan.idNumber) as Member;
      const age = daysBetween(borrower.birthDate!, loan.loanDate!)! / 365.25;
      expect(withCredit.has(borrower.householdId)).toBe(true);
      expect(loan.amount).toBeLessThanOrEqual(50_000);
      expect(loan.dueDate! <= addDays(loan.loanDate!, 36 * 31)!).toBe(true);
      expect(loan.dueDate! > AS_OF).toBe(true);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(66);
      expect(loan.overdueAmount).toBeNull();
    }
  });

  it('names villagers outside the registry on the lists, never in the registry', () => {
    const registered = new Set(province.members.map((m) => m.idNumber));
    const outsiders = province.villageRows.publicSecurity;

    expect(outsiders.length).toBeGreaterThan(province.households.length / 5);
    expect(outsiders.some((row) => registered.has(row.idNumber))).toBe(false);
    expect(province.villageRows.credit).toEqual([]);
  });
});

describe('generateProvince: follow-up tables on clean households', () => {
  it('records monitored households every half month up to the reference date, income steady', () => {
    const monitored = province.households.filter(
      (h) => clean.has(h.householdId) && h.monitoredType && !h.riskRemoved,
    );
    expect(monitored.length).toBeGreaterThan(10);

    for (const household of monitored) {
      const rows = province.rows.monitoring.filter(
        (row) => row.householdId === household.householdId,
      );
      const last = rows.at(-1);
      expect(last?.periodStart).toBe('2020-09-16');
      expect(last?.periodEnd).toBe('2020-09-30');
      for (let i = 1; i < rows.length; i += 1) {
        const [before, after] = [rows[i - 1]!, rows[i]!];
        // Each period starts the day after the one before ends.
        expect(after.periodStart).toBe(addDays(before.periodEnd!, 1));
        expect(after.netIncome! / before.netIncome!).toBeGreaterThan(0.85);
        expect(after.outOfPocket!).toBeLessThan(before.netIncome!);
      }
    }
  });

  it('calls each county within the last week, except the county planted late', () => {
    const late = province.entries.flatMap((e) =>
      e.kind === 'planted' && e.ruleId === 'shaanxi/spot-check-report-late'
        ? [e.regionCode]
        : [],
    );
    expect(late).toHaveLength(1);

    for (const county of province.counties) {
      const days = province.rows.spotChecks
        .filter((row) => row.householdId.startsWith(county))
        .map((row) => daysBetween(row.checkedOn!, AS_OF)!);
      expect(days.length).toBeGreaterThan(0);
      if (late.includes(county)) expect(Math.min(...days)).toBeGreaterThan(7);
      else expect(Math.min(...days)).toBeLessThanOrEqual(7);
    }
  });

  it('closes petitions in time, clears census issues, and starts projects with poor households benefiting', () => {
    for (const complaint of province.rows.complaints) {
      if (!clean.has(complaint.householdId!)) continue;
      const due = addDays(complaint.receivedOn!, complaint.limitDays!)!;
      if (complaint.closedOn) expect(complaint.closedOn <= due).toBe(true);
      else expect(due >= AS_OF).toBe(true);
    }
    for (const issue of province.rows.censusIssues) {
      if (clean.has(issue.householdId!)) expect(issue.status).toBe('已消疑');
    }

    const cleanVillages = new Set(
      province.entries.flatMap((e) =>
        e.kind === 'clean-village' ? [e.regionCode] : [],
      ),
    );
    const projects = province.villageRows.projects.filter((p) =>
      cleanVillages.has(p.regionCode!),
    );
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      const planned = project.status === '未开工';
      expect(project.fundsArrived! > 0).toBe(!planned);
      expect(project.beneficiaries).toBeGreaterThan(0);
    }
  });
});

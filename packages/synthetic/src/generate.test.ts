import {
  ageOn,
  type Household,
  idCheckCharacter,
  type Member,
  readIdNumber,
  type Village,
} from '@duibiao/core';
import { type AnswerKeyEntry, generateProvince } from '@duibiao/synthetic';
import { beforeAll, describe, expect, it } from 'vitest';

const AS_OF = '2020-09-30';

interface Province {
  households: Household[];
  members: Member[];
  villages: Village[];
  entries: AnswerKeyEntry[];
  counties: Set<string>;
}

async function collect(
  households: number,
  seed: number | string = 2020,
): Promise<Province> {
  const province: Province = {
    households: [],
    members: [],
    villages: [],
    entries: [],
    counties: new Set(),
  };
  for await (const event of generateProvince({
    seed,
    households,
    asOf: AS_OF,
  })) {
    province.entries.push(...event.entries);
    if (event.kind === 'village') {
      province.villages.push(event.village);
      province.counties.add(event.county);
    } else {
      province.households.push(event.household);
      province.members.push(...event.members);
    }
  }

  return province;
}

let province: Province;
let clean: Set<string>;
let cleanMembers: Member[];

beforeAll(async () => {
  province = await collect(1500);
  clean = new Set(
    province.entries.flatMap((e) =>
      e.kind === 'clean-household' ? [e.householdId] : [],
    ),
  );
  cleanMembers = province.members.filter((m) => clean.has(m.householdId));
});

describe('generateProvince: sizes', () => {
  it('generates exactly the households asked for, over villages of several counties and cities', () => {
    expect(province.households).toHaveLength(1500);
    expect(new Set(province.households.map((h) => h.householdId)).size).toBe(
      1500,
    );
    expect(province.counties.size).toBeGreaterThanOrEqual(4);
    const cities = new Set(
      [...province.counties].map((code) => code.slice(0, 4)),
    );
    expect(cities.size).toBe(province.counties.size);
    expect(province.villages.length).toBeGreaterThan(40);
  });

  it('gives every village household and member codes of the province, villages in code order', () => {
    const codes = province.villages.map((v) => v.regionCode);

    expect(codes).toEqual([...codes].sort());
    expect(
      codes.every((code) => /^61\d{10}$/.test(code) && code[9] === '2'),
    ).toBe(true);
    for (const h of province.households.filter((x) =>
      clean.has(x.householdId),
    )) {
      expect(codes).toContain(h.regionCode);
    }
  });

  it('makes families of 1 to 7, most of 3 to 5', async () => {
    const sizes = new Map<string, number>();
    for (const m of province.members)
      sizes.set(m.householdId, (sizes.get(m.householdId) ?? 0) + 1);
    const cleanSizes = [...clean].map((id) => sizes.get(id) ?? 0);
    const middle = cleanSizes.filter((n) => n >= 3 && n <= 5).length;

    expect(Math.min(...cleanSizes)).toBe(1);
    expect(Math.max(...cleanSizes)).toBe(7);
    expect(middle / cleanSizes.length).toBeGreaterThan(0.5);
  });

  it('works for a province of one household, and for a hundred', async () => {
    const one = await collect(1, 'tiny');
    const hundred = await collect(100, 'small');

    expect(one.households).toHaveLength(1);
    expect(one.villages).toHaveLength(1);
    expect(hundred.households).toHaveLength(100);
    expect(hundred.counties.size).toBeGreaterThanOrEqual(4);
  });

  it('rejects a size that is not a whole number and a date that is not YYYY-MM-DD', async () => {
    const first = (options: Parameters<typeof generateProvince>[0]) =>
      generateProvince(options).next();

    await expect(
      first({ seed: 1, households: 0, asOf: AS_OF }),
    ).rejects.toThrow(TypeError);
    await expect(
      first({ seed: 1, households: 2.5, asOf: AS_OF }),
    ).rejects.toThrow(/whole number/);
    await expect(
      first({ seed: 1, households: 5, asOf: '2020/9/30' }),
    ).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('generateProvince: ID numbers', () => {
  it('issues valid, unique 18-character numbers on clean households', () => {
    const ids = cleanMembers.map((m) => m.idNumber as string);

    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(id[17]).toBe(idCheckCharacter(id.slice(0, 17)));
    }
  });

  it('encodes the county, the birth date and the sex (odd 男, even 女)', () => {
    for (const member of cleanMembers) {
      const info = readIdNumber(member.idNumber as string);
      const household = province.households.find(
        (h) => h.householdId === member.householdId,
      );

      expect(info.region).toBe(household?.regionCode?.slice(0, 6));
      expect(info.birthDate).toBe(member.birthDate);
      expect(info.sex).toBe(member.sex);
    }
  });

  it('plants wrong check characters only where the key says so', () => {
    const rule = 'national/id-checksum/check-digit';
    const planted = new Set(
      province.entries.flatMap((e) =>
        e.kind === 'planted' && e.ruleId === rule ? [e.memberId] : [],
      ),
    );
    const wrong = province.members.filter((m) => {
      const id = m.idNumber ?? '';
      return id.length === 18 && id[17] !== idCheckCharacter(id.slice(0, 17));
    });

    expect(planted.size).toBeGreaterThan(0);
    expect(new Set(wrong.map((m) => m.idNumber))).toEqual(planted);
  });
});

describe('generateProvince: consistent records on clean households', () => {
  it('adds income items up: net = wage + business + property + transfer − expense, per capita within 1 yuan', () => {
    for (const h of province.households.filter((x) =>
      clean.has(x.householdId),
    )) {
      const n = province.members.filter(
        (m) => m.householdId === h.householdId,
      ).length;
      const items =
        (h.wageIncome as number) +
        (h.businessIncome as number) +
        (h.propertyIncome as number) +
        (h.transferIncome as number) -
        (h.businessExpense as number);

      expect(h.netIncome).toBe(items);
      const perCapita = (h.netIncome as number) / n;
      expect(
        Math.abs((h.perCapitaNetIncome as number) - perCapita),
      ).toBeLessThanOrEqual(1);
      expect(h.incomeYear).toBe(2020);
    }
  });

  it('records one head, sexes that fit relations, and spouses of the other sex', () => {
    const implied: Record<string, string> = {
      之子: '男',
      之女: '女',
      之儿媳: '女',
      之女婿: '男',
      之孙子: '男',
      之孙女: '女',
      之父: '男',
      之母: '女',
    };
    for (const id of clean) {
      const family = cleanMembers.filter((m) => m.householdId === id);
      const head = family.filter((m) => m.relation === '户主');

      expect(head).toHaveLength(1);
      for (const m of family) {
        if (implied[m.relation ?? ''])
          expect(m.sex).toBe(implied[m.relation ?? '']);
        if (m.relation === '配偶') expect(m.sex).not.toBe(head[0]?.sex);
      }
    }
  });

  it('puts children in the school their age fits, and nobody under 16 in work', () => {
    const bands: Record<string, [number, number]> = {
      学龄前儿童: [0, 6],
      学前教育: [0, 6],
      小学: [6, 14],
      初中: [12, 17],
      普通高中: [15, 20],
      中职: [15, 20],
      高职高专: [17, 99],
      本科及以上: [17, 99],
    };
    for (const m of cleanMembers) {
      const age = ageOn(m.birthDate as string, AS_OF) as number;
      const band = bands[m.schoolStatus ?? ''];
      if (band) expect(age).toBeGreaterThanOrEqual(band[0]);
      if (band) expect(age).toBeLessThanOrEqual(band[1]);
      if (age >= 6 && age <= 15 && m.schoolStatus == null) {
        expect(m.notInSchoolReason).toMatch(/送教上门|因身体原因/);
      }
      if (age < 16) expect(m.labour).toBe('无劳动力');
    }
  });

  it('fills every field that a blank would make unknown', () => {
    const unknown = (
      record: Record<string, unknown>,
      keys: readonly string[],
    ) => keys.filter((k) => record[k] === undefined);
    const memberKeys = [
      'idNumber',
      'name',
      'relation',
      'sex',
      'birthDate',
      'health',
      'labour',
      'migrantMonths',
      'residentMedical',
      'employeeMedical',
      'seriousIllnessInsurance',
      'residentPension',
      'employeePension',
      'minimumLiving',
      'extremePoverty',
      'disabilitySubsidy',
      'yulu',
      'forestRanger',
      'publicWelfareJob',
      'chronicDiseaseContract',
    ];
    const householdKeys = [
      'regionCode',
      'householdType',
      'riskRemoved',
      'incomeYear',
      'wageIncome',
      'businessIncome',
      'propertyIncome',
      'transferIncome',
      'businessExpense',
      'netIncome',
      'perCapitaNetIncome',
      'rigidExpense',
      'dangerousHouse',
      'houseGrade',
      'housingSecurity',
      'safeWater',
      'waterLitresPerDay',
      'waterTripMinutes',
      'waterOutageDays',
      'waterScarceArea',
      'relocated',
    ];
    const cleanHouseholds = province.households.filter((x) =>
      clean.has(x.householdId),
    );

    for (const m of cleanMembers) expect(unknown(m, memberKeys)).toEqual([]);
    for (const h of cleanHouseholds)
      expect(unknown(h, householdKeys)).toEqual([]);
  });

  it('dates monitoring and removal: removal at least seven months after identification, before the reference date', () => {
    const removed = province.households.filter(
      (h) => clean.has(h.householdId) && h.riskRemoved,
    );

    expect(removed.length).toBeGreaterThan(0);
    for (const h of removed) {
      expect(h.monitoredType).not.toBeNull();
      expect((h.riskRemovedAt as string) < AS_OF).toBe(true);
      expect((h.riskRemovedAt as string) > (h.monitoredSince as string)).toBe(
        true,
      );
    }
  });
});

describe('generateProvince: answer key', () => {
  it('marks every household clean, planted or blank, and every village clean or not', () => {
    const keyed = new Set(
      province.entries.flatMap((e) =>
        'householdId' in e && e.householdId ? [e.householdId] : [],
      ),
    );
    const share = clean.size / province.households.length;

    expect(keyed.size).toBe(province.households.length);
    expect(share).toBeGreaterThan(0.75);
    expect(share).toBeLessThan(0.9);
  });

  it('is the same for the same seed', async () => {
    const again = await collect(200, 'same');
    const once = await collect(200, 'same');

    expect(again.entries).toEqual(once.entries);
    expect(again.members).toEqual(once.members);
  });
});

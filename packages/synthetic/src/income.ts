import type { Member } from '@duibiao/core';

import { ageOf, hasLabour, isAble } from './assistance.js';
import { isIll } from './household-traits.js';
import type { Draft } from './types.js';

/** Yuan per year from each source, as the 2020 figures in Shaanxi ran. */
const PENSION = 1632;
const MINIMUM_LIVING = 3120;
const EXTREME_POVERTY = 6600;
const DISABILITY_SUBSIDY = 1080;
const JOB_WAGE = 6000;

/** Measures that imply wage income. */
const WAGED: readonly string[] = ['就业帮扶', '公益岗位', '生态护林员'];

/**
 * Income items that add up to the profile's per-capita target: transfers
 * from pensions, assistance and subsidies; wages from migrant months and
 * jobs; business income from farming, less its expense; and some property
 * income. Wages and business are scaled to meet the target, keeping
 * every item a measure implies above zero (就业帮扶 and 公益岗位 need wages,
 * 产业帮扶 business income, 综合保障 transfers).
 *
 * @param draft - The household, with members and measures.
 */
export function setIncomes(draft: Draft): void {
  const { household, members, random, profile } = draft;
  const measures = household.measures ?? [];
  const target = Math.round(profile.income * members.length);

  // Pensions, assistance and subsidies, plus farmland and ecological
  // subsidies every member gets.
  const subsidies = random.int(100, 400) * members.length;
  let transfer = members.reduce(
    (sum, m) => sum + transfers(m, draft),
    subsidies,
  );
  const property = random.chance(0.3) ? random.int(200, 1500) : 0;
  let wage = members.reduce((sum, m) => sum + wages(m, draft), 0);
  let business = members.filter(hasLabour).length * random.int(1500, 5000);
  const needsWage = measures.some((m) => WAGED.includes(m));
  if (needsWage && wage === 0) wage = random.int(2000, 6000);
  if (business === 0 && (measures.includes('产业帮扶') || random.chance(0.5))) {
    business = random.int(800, 3000);
  }
  const expenseShare = random.between(0.22, 0.4);

  // Transfers may not exceed 80 % of the target; low-income plants need room.
  transfer = Math.min(
    transfer,
    Math.max(300, Math.round(target * 0.8 - property)),
  );
  const earned = wage + business * (1 - expenseShare);
  const scale =
    earned > 0 ? Math.max(0.05, (target - transfer - property) / earned) : 1;

  wage = Math.round(wage * scale);
  business = Math.round(business * scale);
  if (needsWage) wage = Math.max(wage, 500);
  if (measures.includes('产业帮扶')) business = Math.max(business, 300);

  // A household with nothing earned lives on transfers: assistance,
  // pensions and subsidies make up the rest.
  if (earned === 0) transfer = Math.max(transfer, target - property);

  household.wageIncome = wage;
  household.businessIncome = business;
  household.businessExpense = Math.round(business * expenseShare);
  household.propertyIncome = property;
  household.transferIncome = transfer;
  household.incomeYear = Number(draft.asOf.slice(0, 4));
  finishIncome(draft);

  const ill = members.some(isIll);
  const net = household.netIncome ?? 0;
  household.rigidExpense = Math.round(
    net * random.between(ill ? 0.08 : 0, ill ? 0.3 : 0.12),
  );
}

/**
 * Declared net income as the sum of the items, and per-capita income as
 * net income over the members (to the fen or to the yuan), unless a
 * planter has written them itself.
 *
 * @param draft - The household.
 */
export function finishIncome(draft: Draft): void {
  if (draft.keepDeclaredIncome) return;

  const h = draft.household;
  const net =
    (h.wageIncome ?? 0) +
    (h.businessIncome ?? 0) +
    (h.propertyIncome ?? 0) +
    (h.transferIncome ?? 0) -
    (h.businessExpense ?? 0);
  const perCapita = net / Math.max(1, draft.members.length);

  h.netIncome = net;
  h.perCapitaNetIncome = draft.random.chance(0.5)
    ? Math.round(perCapita)
    : Math.round(perCapita * 100) / 100;
}

function transfers(member: Member, draft: Draft): number {
  let sum = 0;
  if (ageOf(member, draft) >= 60) sum += PENSION;
  if (member.minimumLiving) sum += MINIMUM_LIVING;
  if (member.extremePoverty) sum += EXTREME_POVERTY;
  if (member.disabilitySubsidy) sum += DISABILITY_SUBSIDY;

  return sum;
}

function wages(member: Member, draft: Draft): number {
  let sum = 0;
  if (isAble(member))
    sum += (member.migrantMonths ?? 0) * draft.random.int(2600, 4200);
  if (member.forestRanger || member.publicWelfareJob) sum += JOB_WAGE;

  return sum;
}

/**
 * Moves the income items so that per-capita income lands on a value:
 * transfers first, then business income net of its expense (both scaled
 * together), then wages, none below the floor its measures need.
 *
 * @param draft - The household, with incomes set.
 * @param perCapita - The per-capita net income wanted, yuan.
 */
export function moveIncomeTo(draft: Draft, perCapita: number): void {
  const h = draft.household;
  const measures = h.measures ?? [];
  const business = h.businessIncome ?? 0;
  const share = business > 0 ? (h.businessExpense ?? 0) / business : 0.3;
  let gap = Math.round(perCapita * draft.members.length) - (h.netIncome ?? 0);

  const transferFloor = measures.includes('综合保障') ? 200 : 0;
  const transfer = Math.max(transferFloor, (h.transferIncome ?? 0) + gap);
  gap -= transfer - (h.transferIncome ?? 0);
  h.transferIncome = transfer;

  const floor = measures.includes('产业帮扶') ? 300 : 0;
  const earned = Math.max(floor * (1 - share), business * (1 - share) + gap);
  gap -= earned - business * (1 - share);
  h.businessIncome = Math.round(earned / (1 - share));
  h.businessExpense = h.businessIncome - Math.round(earned);

  const wageFloor = measures.some((m) => WAGED.includes(m)) ? 500 : 0;
  h.wageIncome = Math.max(wageFloor, Math.round((h.wageIncome ?? 0) + gap));
  finishIncome(draft);
  h.rigidExpense = Math.min(
    h.rigidExpense ?? 0,
    Math.round((h.netIncome ?? 0) * 0.3),
  );
}

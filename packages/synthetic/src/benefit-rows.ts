import type { CalendarDate, Household, Member } from '@duibiao/core';

import { before, dayBetween } from './household-traits.js';
import type { CountyLists } from './list-rows.js';
import { severeGrade } from './member-traits.js';
import type { Random } from './random.js';
import type { Draft } from './types.js';

/**
 * Whether a household is poor, exited or monitored: the households whose
 * insurance premiums the government helps with.
 *
 * @param household - The household.
 * @returns `true` when it is.
 */
export function isAssisted(household: Household): boolean {
  return (
    household.householdType !== '一般农户' || household.monitoredType != null
  );
}

/** A member's rows on the medical-insurance list, one a scheme. */
export function medicalRows(
  member: Member,
  assisted: boolean,
  lists: CountyLists,
): {
  scheme: '城乡居民基本医疗保险' | '职工基本医疗保险';
  status: '参保';
  year: number;
  seriousIllness: boolean;
  premiumSubsidy: string | null;
  asOf: CalendarDate;
}[] {
  const year = Number(lists.asOf.medicalInsurance.slice(0, 4));
  const base = {
    status: '参保' as const,
    year,
    seriousIllness: member.seriousIllnessInsurance === true,
    asOf: lists.asOf.medicalInsurance,
  };
  const rows = [];
  if (member.residentMedical)
    rows.push({
      ...base,
      scheme: '城乡居民基本医疗保险' as const,
      premiumSubsidy: assisted ? '定额资助' : null,
    });
  if (member.employeeMedical)
    rows.push({
      ...base,
      scheme: '职工基本医疗保险' as const,
      premiumSubsidy: null,
    });

  return rows;
}

/** A member's spells of 低保 and 特困 on the civil-affairs list. */
export function assistanceRows(
  member: Member,
  draft: Draft,
  random: Random,
): {
  assistanceType: '低保' | '特困供养' | '临时救助';
  start: CalendarDate;
  end: CalendarDate | null;
  amount: number;
}[] {
  const rows = [];
  const since = () =>
    dayBetween(before(draft.asOf, 1800), before(draft.asOf, 45), random);
  if (member.minimumLiving)
    rows.push({
      assistanceType: '低保' as const,
      start: since(),
      end: null,
      amount: random.int(26, 40) * 10,
    });
  if (member.extremePoverty)
    rows.push({
      assistanceType: '特困供养' as const,
      start: since(),
      end: null,
      amount: random.int(50, 60) * 10,
    });

  return rows;
}

/** A card holder's row on the disability list, read from the card. */
export function disabilityRow(
  member: Member,
  random: Random,
): {
  cardNumber: string;
  category: '视力' | '听力' | '言语' | '肢体' | '智力' | '精神' | '多重';
  grade: '一级' | '二级' | '三级' | '四级';
  livingSubsidy: boolean;
  careSubsidy: boolean;
} {
  const card = member.disabilityCard as string;
  const categories = [
    '视力',
    '听力',
    '言语',
    '肢体',
    '智力',
    '精神',
    '多重',
  ] as const;
  const grades = ['一级', '二级', '三级', '四级'] as const;
  const category = categories[Number(card[18]) - 1] ?? '肢体';
  const grade = grades[Number(card[19]) - 1] ?? '四级';
  // Of the two subsidies, the care subsidy goes to grades one and two,
  // the living subsidy to disabled people on 低保; the registry's flag
  // says the member has at least one.
  const subsidised = member.disabilitySubsidy === true;
  const severe = severeGrade(member);
  const care = subsidised && severe;
  const living =
    subsidised &&
    (!severe || member.minimumLiving === true || random.chance(0.3));

  return {
    cardNumber: card,
    category,
    grade,
    livingSubsidy: living,
    careSubsidy: care,
  };
}

/** A member's row on the pension list, if the member is insured. */
export function pensionRow(
  member: Member,
  assisted: boolean,
  age: number,
):
  | {
      scheme: '城乡居民基本养老保险' | '城镇职工基本养老保险';
      status: '参保';
      paidByGovernment: boolean;
    }
  | undefined {
  if (member.employeePension)
    return {
      scheme: '城镇职工基本养老保险',
      status: '参保',
      paidByGovernment: false,
    };
  if (!member.residentPension) return undefined;

  // The government pays the lowest premium for poor and severely disabled
  // people under 60; from 60 the pension is paid out instead.
  const paid = age < 60 && (assisted || severeGrade(member));
  return {
    scheme: '城乡居民基本养老保险',
    status: '参保',
    paidByGovernment: paid,
  };
}

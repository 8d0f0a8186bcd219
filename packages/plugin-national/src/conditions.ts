import type { Condition } from '@duibiao/core';

/**
 * Conditions several national rules share, referred to as
 * `{ "condition": name }`. A province plugin that extends national may
 * refer to them too.
 */
export const conditions = {
  /** A monitored household whose risk is marked removed. */
  riskMarkedRemoved: {
    all: [
      { fact: 'monitoredType', operator: 'notEqual', value: null },
      { fact: 'riskRemoved', operator: 'equal', value: true },
    ],
  },
  /** A dangerous house (flag or grade C/D) with no housing measure. */
  unsafeHouse: {
    all: [
      {
        any: [
          { fact: 'dangerousHouse', operator: 'equal', value: true },
          {
            fact: 'houseGrade',
            operator: 'in',
            value: { param: 'unsafeHouseGrades' },
          },
        ],
      },
      {
        fact: 'measures',
        operator: 'doesNotContainAny',
        value: { param: 'housingMeasures' },
      },
      {
        fact: 'housingSecurity',
        operator: 'notIn',
        value: { param: 'housingSecurityModes' },
      },
    ],
  },
  /** Safe drinking water recorded as not solved. */
  waterNotSolved: {
    all: [{ fact: 'safeWater', operator: 'equal', value: false }],
  },
  /**
   * Less water per person per day than the standard for the area: below
   * the water-scarce standard fails anywhere, so a blank 是否缺水地区 only
   * leaves the amounts between the two standards unknown.
   */
  waterTooLittle: {
    any: [
      {
        fact: 'waterLitresPerDay',
        operator: 'lessThan',
        value: { param: 'waterMinLitres.scarce' },
      },
      {
        all: [
          { fact: 'waterScarceArea', operator: 'equal', value: false },
          {
            fact: 'waterLitresPerDay',
            operator: 'lessThan',
            value: { param: 'waterMinLitres.normal' },
          },
        ],
      },
    ],
  },
  /** A round trip for water longer than the standard. */
  waterTripTooLong: {
    all: [
      {
        fact: 'waterTripMinutes',
        operator: 'greaterThan',
        value: { param: 'waterMaxTripMinutes' },
      },
    ],
  },
  /** More days without water a year than the standard. */
  waterOutagesTooMany: {
    all: [
      {
        fact: 'waterOutageDays',
        operator: 'greaterThan',
        value: { param: 'waterMaxOutageDays' },
      },
    ],
  },
  /** Any of the four water problems. */
  unsafeWater: {
    any: [
      { condition: 'waterNotSolved' },
      { condition: 'waterTooLittle' },
      { condition: 'waterTripTooLong' },
      { condition: 'waterOutagesTooMany' },
    ],
  },
  /**
   * A project with money in place (到位金额 above 0) that has not started
   * (`projectNotStarted`); for project rules.
   */
  projectFundedNotStarted: {
    all: [
      { fact: 'fundsArrived', operator: 'greaterThan', value: 0 },
      { fact: 'projectNotStarted', operator: 'equal', value: true },
    ],
  },
  /** A project that benefits no registered poor household (带贫户数 0). */
  projectBenefitsNoHousehold: {
    all: [{ fact: 'beneficiaries', operator: 'equal', value: 0 }],
  },
} satisfies Readonly<Record<string, Condition>>;

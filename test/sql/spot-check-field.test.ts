import type { Dataset, SpotCheckRecord } from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  type FactValue,
  inProcessFactValue,
  PROBE_ENGINES,
  probeRuleSet,
  sqlFactValues,
} from './fact-probe.js';

/**
 * spotCheckField's SQL on 核查项 written as clerks write them: Chinese
 * headers with units in full-width brackets, English keys in any case and
 * width, spaces and zero-width characters pasted in; each field worked
 * out by hand from the households and members tables (a name both have,
 * 户编号, is the household's), and held to compute too.
 */
const ITEMS: [string | undefined, FactValue][] = [
  ['是否享受低保', 'members.minimumLiving'],
  ['人均纯收入（元）', 'households.perCapitaNetIncome'],
  ['家庭纯收入(元)', 'households.netIncome'],
  ['netIncome', 'households.netIncome'],
  ['NETINCOME', 'households.netIncome'],
  ['ＮｅｔＩｎｃｏｍｅ', 'households.netIncome'],
  [' net\u3000Income\t', 'households.netIncome'],
  ['net\u200bincome', 'households.netIncome'],
  ['户编号', 'households.householdId'],
  // The Kelvin sign lowers to k.
  ['RIS\u212aREMOVED', 'households.riskRemoved'],
  // A header with its unit; without it; and with a second unit after it.
  ['务工时间（月）', 'members.migrantMonths'],
  ['务工时间', 'members.migrantMonths'],
  ['务工时间(月)(天)', 'members.migrantMonths'],
  // Only a last unit in brackets goes, and only after a name.
  ['netincome(元)(年)', null],
  ['net(x)income', null],
  ['(元)', null],
  // İ lowers to i and a combining dot, which no name has.
  ['rİskremoved', null],
  ['Ａ', null],
  ['x', null],
  ['   ', undefined],
  [undefined, undefined],
];

const dataset: Dataset = {
  households: [],
  members: [],
  villages: [],
  lists: {
    spotChecks: ITEMS.map(
      ([item], i) =>
        ({
          householdId: `H${i}`,
          checkedOn: '2020-09-01',
          item,
        }) as SpotCheckRecord,
    ),
  },
};

const FACTS = { spotCheckField: 'string' } as const;

describe.each(PROBE_ENGINES)('spotCheckField in %s', (engine) => {
  it('names the field 核查项 names', async () => {
    const ruleSet = probeRuleSet('2020-09-30', 'spotCheck', FACTS);
    const values = await sqlFactValues(engine, dataset, ruleSet, 'spotCheck');

    expect(ITEMS.map((_, i) => values.get(String(i))?.spotCheckField)).toEqual(
      ITEMS.map(([, field]) => field),
    );
  });
});

describe('the hand-worked fields', () => {
  it('are those compute gives, for text a reader gives', () => {
    const ruleSet = probeRuleSet('2020-09-30', 'spotCheck', FACTS);
    // Blank text never reaches compute from a file (a blank cell is read
    // as unknown); SQL reads it as unknown too.
    const read = ITEMS.map(([item]) =>
      item?.trim() === '' ? undefined : item,
    );
    const got = (dataset.lists?.spotChecks ?? [])
      .map((row, i) => ({
        ...row,
        item: read[i],
      }))
      .map((check) =>
        inProcessFactValue(
          ruleSet,
          dataset,
          {
            kind: 'spotCheck',
            check,
            member: undefined,
            household: undefined,
            village: undefined,
          },
          'spotCheckField',
        ),
      );

    expect(got).toEqual(ITEMS.map(([, field]) => field));
  });
});

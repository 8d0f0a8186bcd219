import {
  CaseRunner,
  dataset,
  definePlugin,
  household,
} from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

import { incomeLine, LOW_INCOME, lowIncome } from './__fixtures__/xian.js';

/**
 * Cases whose records lie outside the regions of the rule's plugin: the
 * rule judges none of them, so a valid case there proves nothing unless
 * it says that is its point. The plugin applies to 6103 (宝鸡); the
 * builders' records are in 610124 (周至县, 西安).
 */
const baoji = definePlugin({
  name: '@baoji/duibiao-plugin',
  id: 'xian',
  version: '1.0.0',
  regions: ['6103'],
  parameters: [incomeLine],
  rules: [lowIncome],
});
const runner = new CaseRunner(baoji);
const poorInXian = dataset({
  household: household({ perCapitaNetIncome: 3000 }),
});
const poorInBaoji = dataset({
  household: household({
    perCapitaNetIncome: 3000,
    regionCode: '610302001201',
  }),
});
const wellOffInBaoji = dataset({
  household: household({ regionCode: '610302001201' }),
});

describe('a case outside the rule’s regions', () => {
  it('fails when valid without saying so: the rule judged no subject', async () => {
    const { problems } = await runner.valid(LOW_INCOME, {
      name: 'well off',
      data: dataset(),
    });

    expect(problems).toEqual([
      'the rule judged no subject: 1 lie outside the regions of its plugin, so the case proves nothing. Give the records a region code there, or mark the case outsideRegions: true',
    ]);
  });

  it('passes when valid and marked outsideRegions, even for a household the rule would report', async () => {
    const { problems } = await runner.valid(LOW_INCOME, {
      name: 'a poor household in Xi’an is not Baoji’s to judge',
      data: poorInXian,
      outsideRegions: true,
    });

    expect(problems).toEqual([]);
  });

  it('fails when marked outsideRegions but the rule judged its subject', async () => {
    const { problems } = await runner.valid(LOW_INCOME, {
      name: 'well off in Baoji',
      data: wellOffInBaoji,
      outsideRegions: true,
    });

    expect(problems).toEqual([
      "the case says its subjects lie outside the rule's regions, but the rule judged 1",
    ]);
  });

  it('says why an invalid case got no finding', async () => {
    const { problems } = await runner.invalid(LOW_INCOME, {
      name: 'poor, but in Xi’an',
      data: poorInXian,
      findings: [{ householdId: 'H001' }],
    });

    expect(problems).toContain(
      "1 subject(s) lie outside the regions of the rule's plugin, which it does not judge: give the case's records a region code there",
    );
  });

  it('passes inside the regions, valid and invalid', async () => {
    const valid = await runner.valid(LOW_INCOME, {
      name: 'well off in Baoji',
      data: wellOffInBaoji,
    });
    const invalid = await runner.invalid(LOW_INCOME, {
      name: 'poor in Baoji',
      data: poorInBaoji,
      findings: [{ householdId: 'H001', data: { perCapitaNetIncome: 3000 } }],
    });

    expect(valid.problems).toEqual([]);
    expect(invalid.problems).toEqual([]);
  });
});

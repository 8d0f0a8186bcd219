import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { xian } from '@duibiao-examples/plugin-xian';
import { readFolder } from '@duibiao/io';
import { compareRuleSets } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const SAMPLE = fileURLToPath(
  new URL('../../sample-province/', import.meta.url),
);

/** Rows of one of the sample's CSV files, by header. */
function rows(file: string, encoding: 'utf-8' | 'gbk'): Record<string, string>[] {
  const text = new TextDecoder(encoding).decode(readFileSync(SAMPLE + file));

  return parse(text, { columns: true, bom: true });
}

/**
 * The members of Xi'an households the new rule should report, counted
 * straight from the CSV files: 健康状况 lists 长期慢性病 and
 * 是否慢性病签约服务 is 否.
 */
function chronicWithoutContract(): number {
  const xianHouseholds = new Set(
    rows('户信息.csv', 'utf-8')
      .filter((row) => row['行政区划代码']?.startsWith('6101'))
      .map((row) => row['户编号']),
  );

  return rows('人员信息.csv', 'gbk').filter(
    (row) =>
      xianHouseholds.has(row['户编号']) &&
      (row['健康状况'] ?? '').split(/[、,，]/).includes('长期慢性病') &&
      row['是否慢性病签约服务'] === '否',
  ).length;
}

describe("the Xi'an plugin against Shaanxi on the sample province", () => {
  let comparison: Awaited<ReturnType<typeof compareRuleSets>>;
  beforeAll(async () => {
    const { dataset } = await readFolder(SAMPLE);
    comparison = await compareRuleSets({
      data: dataset,
      proposed: xian,
      baseline: shaanxi,
      asOf: '2020-09-30',
    });
  });

  it("compares in Xi'an only, where the plugin applies", () => {
    expect(comparison.regions).toEqual(['6101']);
    const examples = comparison.rules.flatMap((rule) => [
      ...rule.examples.added,
      ...rule.examples.removed,
    ]);
    expect(examples.length).toBeGreaterThan(0);
    for (const finding of examples)
      expect(finding.regionCode?.startsWith('6101')).toBe(true);
  });

  it('shows the monitoring line raised from 6000 to 7000', () => {
    expect(comparison.parameters).toEqual([
      {
        name: 'monitoringLine',
        proposed: 7000,
        proposedSource: '@duibiao-examples/plugin-xian',
        baseline: 6000,
        baselineSource: '@duibiao/plugin-national',
      },
    ]);
  });

  it('adds one finding per chronically ill member without a contract, as counted from the CSV', () => {
    const rule = comparison.rules.find(
      (change) => change.ruleId === 'xian/chronic-no-contract',
    );

    const expected = chronicWithoutContract();

    expect(expected).toBeGreaterThan(0);
    expect(rule?.presence).toBe('proposed only');
    expect(rule?.removed).toBe(0);
    expect(rule?.added).toBe(expected);
  });

  it('a higher line takes no household off the not-monitored list', () => {
    // Every income under 6000 is under 7000 too, and the finding's id
    // does not depend on the line: raising it can only add findings.
    const rule = comparison.rules.find(
      (change) => change.ruleId === 'national/should-be-monitored',
    );

    expect(rule?.added).toBeGreaterThan(0);
    expect(rule?.removed).toBe(0);
  });
});

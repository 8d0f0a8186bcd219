import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Finding } from '@duibiao/core';

import { Ledger } from '../../ledger.js';

/**
 * A finding on a household of 周至县, with the fields a sheet shows set
 * from `parts`.
 *
 * @param parts - The id, township, village, household and anything else.
 * @returns The finding.
 */
export function sampleFinding(
  parts: Pick<Finding, 'findingId' | 'township' | 'village' | 'householdId'> &
    Partial<Finding>,
): Finding {
  return {
    ruleId: 'national/dropout',
    category: 'policy-gap',
    indicator: 'education',
    severity: 'high',
    regionCode: '610124100001',
    county: '周至县',
    memberId: null,
    message: `户 ${parts.householdId} 有适龄儿童未在校`,
    basis: '陕脱贫发〔2020〕9号 二（一）',
    department: '教育局',
    action: '核实',
    data: {},
    ...parts,
  };
}

/**
 * The six findings of the sample: three in 终南镇 (东村 H001 and H002,
 * 西村 H003), three in 楼观镇 (北村 H011, 南村 H010 and H012).
 */
export const SAMPLE_FINDINGS: readonly Finding[] = [
  sampleFinding({
    findingId: 'a1',
    township: '终南镇',
    village: '东村',
    householdId: 'H002',
    memberId: '610124200801010023',
    message: '适龄儿童 610124200801010023 未在校',
  }),
  sampleFinding({
    findingId: 'a2',
    township: '终南镇',
    village: '东村',
    householdId: 'H001',
    ruleId: 'national/medical-insurance',
    category: 'risk',
    severity: 'medium',
    department: '医保局',
    message: '未参加医疗保险，联系电话 13812345678',
  }),
  sampleFinding({
    findingId: 'a3',
    township: '终南镇',
    village: '西村',
    householdId: 'H003',
    message: '=HYPERLINK("http://x")',
  }),
  sampleFinding({
    findingId: 'b1',
    township: '楼观镇',
    village: '南村',
    householdId: 'H010',
  }),
  sampleFinding({
    findingId: 'b2',
    township: '楼观镇',
    village: '北村',
    householdId: 'H011',
  }),
  sampleFinding({
    findingId: 'b3',
    township: '楼观镇',
    village: '南村',
    householdId: 'H012',
  }),
];

/** A ledger in a folder of its own, and a way to remove both. */
export interface SampleLedger {
  /** The folder: the ledger's file and anything a test writes. */
  dir: string;
  /** The ledger, with the sample recorded by one run on 2020-10-01. */
  ledger: Ledger;
  /** Closes the ledger and removes the folder. */
  dispose: () => void;
}

/**
 * Makes a ledger holding {@link SAMPLE_FINDINGS}, each due 2020-10-15.
 *
 * @returns The ledger and its folder.
 */
export function sampleLedger(): SampleLedger {
  const dir = mkdtempSync(join(tmpdir(), 'duibiao-sheets-'));
  const ledger = Ledger.open(join(dir, 'ledger.db'), { create: true });
  ledger.recordRun({
    asOf: '2020-10-01',
    folder: 'sample',
    plugin: 'national',
    findings: SAMPLE_FINDINGS,
    deadline: () => '2020-10-15',
  });

  return {
    dir,
    ledger,
    dispose: () => {
      ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

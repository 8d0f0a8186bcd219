import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { CaseGenerator } from './generators.js';

const HOUSEHOLDS = [
  '户编号,行政区划代码,户类型,人均纯收入（元）',
  'H1,610124102230,贫困户,5200',
  '',
].join('\r\n');

const MEMBERS = [
  '户编号,证件号码,姓名,与户主关系,性别,出生日期',
  'H1,610124198001010136,王大,户主,男,1980-01-01',
  '',
].join('\r\n');

/**
 * Generators of folders holding links (git keeps a link as a link, but a
 * case's input is copied, so these are made where the case runs). Keep
 * them sorted by name.
 */
export const linkGenerators: Readonly<Record<string, CaseGenerator>> = {
  // 户信息.csv a link to nowhere.csv, which is not there; 人员信息.csv
  // one member of H1.
  'broken-link-households': async (folder) => {
    await symlink('nowhere.csv', join(folder, '户信息.csv'));
    await writeFile(join(folder, '人员信息.csv'), MEMBERS);
  },
  // 户信息.csv one household H1; 人员信息.csv a link to nowhere.csv,
  // which is not there.
  'broken-link-members': async (folder) => {
    await writeFile(join(folder, '户信息.csv'), HOUSEHOLDS);
    await symlink('nowhere.csv', join(folder, '人员信息.csv'));
  },
};

import type { RejectionCode, TableKey } from '@duibiao/io';
import { FILES } from '@duibiao/synthetic';

import { columnOf, type ProvinceCsv } from './province-csv.js';

/**
 * How fault-isolation.test.ts damages a synthetic province: for each
 * table, the harms done to its damaged rows in turn, each of a kind that
 * must reject the row with a known code.
 */

/** One way to damage a row: the code its rejection must carry. */
export interface Harm {
  code: RejectionCode;
  /** Changes the row's cells; `source` is an earlier, undamaged row. */
  apply: (row: string[], csv: ProvinceCsv, source: string[]) => void;
}

/** A table to damage, its file, and the harms done to it in turn. */
export interface Target {
  table: TableKey;
  file: string;
  harms: Harm[];
  /** The header of the column holding the household's 户编号, if any. */
  household?: string;
  /** The header of the column holding a person's 证件号码, if any. */
  person?: string;
}

/** Sets the cell under a header. */
const set =
  (header: string, value: string): Harm['apply'] =>
  (row, csv) => {
    row[columnOf(csv, header)] = value;
  };

/** Gives the row the key of an earlier row, which keeps it. */
const copyKey =
  (header: string): Harm['apply'] =>
  (row, csv, source) => {
    const column = columnOf(csv, header);
    row[column] = source[column] as string;
  };

const surplus: Harm = {
  code: 'too-many-cells',
  apply: (row) => row.push('多余的一格'),
};

/**
 * The tables damaged and how. Member rows keep their 户编号 readable (a
 * member row that could be anyone's makes every household's member
 * counts unknown, by design), and list rows keep their 证件号码 or
 * 户编号 (a rejected row that names no one makes the list's comparisons
 * unknown for everyone): both would reach beyond the damaged rows.
 */
export const TARGETS: Target[] = [
  {
    table: 'households',
    file: FILES.households,
    household: '户编号',
    harms: [
      { code: 'invalid-date', apply: set('识别监测时间', '2019-02-30') },
      { code: 'not-a-date', apply: set('消除监测时间', '去年') },
      { code: 'not-a-number', apply: set('人均纯收入', '约三千') },
      { code: 'out-of-range', apply: set('年断水天数', '400') },
      { code: 'not-in-vocabulary', apply: set('户类型', '脱贫户') },
      { code: 'not-a-boolean', apply: set('是否危房户', '也许') },
      { code: 'blank-required', apply: set('户编号', '') },
      { code: 'duplicate-key', apply: copyKey('户编号') },
      surplus,
    ],
  },
  {
    table: 'members',
    file: FILES.members,
    household: '户编号',
    harms: [
      { code: 'invalid-date', apply: set('出生日期', '1980-02-30') },
      { code: 'not-a-number', apply: set('务工时间', '半年') },
      { code: 'out-of-range', apply: set('务工时间', '13') },
      { code: 'not-in-vocabulary', apply: set('性别', '未知') },
      { code: 'not-a-boolean', apply: set('是否享受低保', '也许') },
      surplus,
      { code: 'too-few-cells', apply: (row) => row.splice(-3) },
    ],
  },
  {
    table: 'education',
    file: FILES.education,
    person: '证件号码',
    harms: [
      { code: 'invalid-date', apply: set('数据截至日期', '2020-02-30') },
      { code: 'not-in-vocabulary', apply: set('学籍状态', '在读中') },
      surplus,
    ],
  },
  {
    table: 'civilAffairs',
    file: FILES.civilAffairs,
    person: '证件号码',
    harms: [
      { code: 'invalid-date', apply: set('开始日期', '2019-13-01') },
      { code: 'not-a-number', apply: set('金额', '五百') },
      { code: 'not-in-vocabulary', apply: set('救助类型', '其他救助') },
    ],
  },
  {
    table: 'monitoring',
    file: FILES.monitoring,
    household: '户编号',
    harms: [
      { code: 'blank-required', apply: set('统计开始', '') },
      { code: 'invalid-date', apply: set('统计结束', '2020-06-31') },
      { code: 'not-a-number', apply: set('家庭纯收入', 'abc') },
      { code: 'not-in-vocabulary', apply: set('来源', '电话') },
    ],
  },
  {
    table: 'complaints',
    file: FILES.complaints,
    household: '户编号',
    harms: [
      { code: 'duplicate-key', apply: copyKey('编号') },
      { code: 'invalid-date', apply: set('受理日期', '2020-04-31') },
      { code: 'out-of-range', apply: set('办结时限（天）', '-5') },
    ],
  },
  {
    table: 'medicalInsurance',
    file: FILES.medicalInsurance,
    person: '证件号码',
    harms: [
      { code: 'invalid-date', apply: set('数据截至日期', '2020-02-30') },
      { code: 'not-in-vocabulary', apply: set('险种', '商业保险') },
      { code: 'out-of-range', apply: set('参保年度', '1800') },
      { code: 'not-a-boolean', apply: set('大病保险', '也许') },
    ],
  },
  {
    table: 'disability',
    file: FILES.disability,
    person: '证件号码',
    harms: [
      { code: 'not-in-vocabulary', apply: set('残疾类别', '其他') },
      { code: 'not-a-boolean', apply: set('困难残疾人生活补贴', '也许') },
    ],
  },
  {
    table: 'housing',
    file: FILES.housing,
    household: '户编号',
    harms: [
      { code: 'invalid-date', apply: set('数据截至日期', '2020-02-30') },
      { code: 'not-in-vocabulary', apply: set('鉴定等级', 'E级') },
    ],
  },
  {
    table: 'pension',
    file: FILES.pension,
    person: '证件号码',
    harms: [
      { code: 'not-in-vocabulary', apply: set('险种', '商业') },
      { code: 'not-a-boolean', apply: set('是否代缴', '也许') },
    ],
  },
  {
    table: 'employment',
    file: FILES.employment,
    person: '证件号码',
    harms: [
      { code: 'not-a-number', apply: set('月收入', '三千') },
      { code: 'invalid-date', apply: set('数据截至日期', '2020-02-30') },
    ],
  },
  {
    table: 'forestry',
    file: FILES.forestry,
    person: '证件号码',
    harms: [
      { code: 'invalid-date', apply: set('聘用开始', '2020-02-30') },
      { code: 'not-a-number', apply: set('年补助', '一万') },
    ],
  },
  {
    table: 'credit',
    file: FILES.credit,
    person: '证件号码',
    harms: [
      { code: 'not-a-number', apply: set('贷款金额', '五万') },
      { code: 'invalid-date', apply: set('放款日期', '2020-02-30') },
      { code: 'not-a-boolean', apply: set('是否贴息', '也许') },
    ],
  },
  {
    table: 'publicSecurity',
    file: FILES.publicSecurity,
    person: '证件号码',
    harms: [
      { code: 'invalid-date', apply: set('变动日期', '2020-02-30') },
      { code: 'not-in-vocabulary', apply: set('户籍状态', '失踪') },
    ],
  },
  {
    table: 'spotChecks',
    file: FILES.spotChecks,
    household: '户编号',
    harms: [
      { code: 'invalid-date', apply: set('抽查日期', '2020-02-30') },
      { code: 'blank-required', apply: set('核查项', '') },
    ],
  },
  {
    table: 'censusIssues',
    file: FILES.censusIssues,
    household: '户编号',
    harms: [
      { code: 'duplicate-key', apply: copyKey('编号') },
      { code: 'invalid-date', apply: set('发现日期', '2020-02-30') },
    ],
  },
  {
    table: 'projects',
    file: FILES.projects,
    harms: [
      { code: 'duplicate-key', apply: copyKey('项目编号') },
      { code: 'not-a-number', apply: set('计划金额', '很多') },
    ],
  },
];

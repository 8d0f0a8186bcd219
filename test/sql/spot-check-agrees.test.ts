import type {
  Dataset,
  Household,
  Member,
  SpotCheckRecord,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import {
  type FactValue,
  inProcessFactValue,
  PROBE_ENGINES,
  probeRuleSet,
  sqlFactValues,
} from './fact-probe.js';

/**
 * spotCheckAgrees's SQL on answers as families give them and clerks type
 * them, one spot check each, against a record holding `recorded` in the
 * field 核查项 names (absent when `undefined`, a known none when `null`).
 * Each expected value is worked out from core's reader (readCell) and
 * sameValue, and held to compute too.
 */
type Case = [
  item: string,
  answer: string | undefined,
  recorded: unknown,
  agrees: boolean | undefined,
];

const CASES: Case[] = [
  // Yes or no: 是/否, y/yes/true/1/有 and n/no/false/0/无, in any width
  // and case, trimmed, zero-width characters dropped.
  ['是否享受低保', '是', true, true],
  ['是否享受低保', '是', false, false],
  ['是否享受低保', 'Y', true, true],
  ['是否享受低保', 'ＹＥＳ', true, true],
  ['是否享受低保', ' 1 ', false, false],
  ['是否享受低保', '０', false, true],
  ['是否享受低保', '无', false, true],
  ['是否享受低保', '对', true, undefined],
  ['是否享受低保', 'Yes!', true, undefined],
  ['是否享受低保', '是', undefined, undefined],
  ['是否享受低保', '是\u200b', true, true],
  ['是否解决安全饮用水', '\u3000否\u3000', false, true],
  ['safeWater', 'TRUE', true, true],
  // Numbers: thousands grouped by commas or (no-break) spaces, full-width
  // digits; a unit, an exponent, a bad grouping or a 16th significant
  // digit is no number; beyond a field's range is none.
  ['人均纯收入（元）', '6500', 6500, true],
  ['人均纯收入（元）', '6,500', 6500, true],
  ['人均纯收入', '6 500', 6500, true],
  ['人均纯收入', '6\u00a0500', 6500, true],
  ['人均纯收入', '65,00', 6500, undefined],
  ['人均纯收入', '６５００．５', 6500.5, true],
  ['人均纯收入', '6500元', 6500, undefined],
  ['人均纯收入', '6500', 6400, false],
  ['人均纯收入', '-3', -3, true],
  ['工资性收入', '-3', -3, undefined],
  ['工资性收入', '3', -3, false],
  ['人均纯收入', '1234567890123456', 1234567890123456, undefined],
  ['人均纯收入', '0.000000000000001', 1e-15, true],
  ['人均纯收入', '123456789012345.0000', 123456789012345, true],
  ['人均纯收入', '1e3', 1000, undefined],
  ['人均纯收入', '.5', 0.5, true],
  ['人均纯收入', '5.', 5, true],
  ['人均纯收入', '+5', 5, true],
  ['人均纯收入', '007', 7, true],
  ['人均纯收入', '1,000,000.5', 1000000.5, true],
  ['务工时间（月）', '12', 12, true],
  ['务工时间（月）', '13', 13, undefined],
  ['年断水天数', '366', 366, true],
  ['年断水天数', '367', 367, undefined],
  // Years: 年 at the end goes (and spaces after it); whole, 1900 to 2100.
  ['脱贫年度', '2019', 2019, true],
  ['脱贫年度', '2019年', 2019, true],
  ['脱贫年度', ' 2019 年 ', 2019, true],
  ['脱贫年度', '２０１９年', 2019, true],
  ['脱贫年度', '2019.0', 2019, true],
  ['脱贫年度', '2019.5', 2019, undefined],
  ['脱贫年度', '1899', 1899, undefined],
  // A zero-width space after 年 keeps 年, which is no digit.
  ['脱贫年度', '2019年\u200b', 2019, undefined],
  ['脱贫年度', '2020', 2019, false],
  // Dates: the forms parseDate reads; a month against a day of it is
  // unknown, against a day of another month false.
  ['出生日期', '1990-05-01', '1990-05-01', true],
  ['出生日期', '1990/5/1', '1990-05-01', true],
  ['出生日期', '1990年5月1日', '1990-05-01', true],
  ['出生日期', '19900501', '1990-05-01', true],
  ['出生日期', '1990-05', '1990-05-01', undefined],
  ['出生日期', '1990-06', '1990-05-01', false],
  ['识别监测时间', '202005', '2020-05', true],
  ['识别监测时间', '2020年5月', '2020-05', true],
  ['出生日期', '1990-05-01 00:00:00', '1990-05-01', true],
  ['出生日期', '1990-05-01 8:30', '1990-05-01', undefined],
  ['出生日期', '1990-02-30', '1990-02-28', undefined],
  // Excel's serial 32994 is 1990-05-01 (7,425 days after 1970-01-01).
  ['出生日期', '32994', '1990-05-01', true],
  // Serial 59 is 1900-02-28; 60 is Excel's 29 February 1900.
  ['出生日期', '00059', '1900-02-28', true],
  ['出生日期', '00060', '1900-02-28', undefined],
  ['出生日期', '1990', '1990-05-01', undefined],
  ['出生日期', '1990-5-1', '1990-05-02', false],
  ['出生日期', '２０２０．０３．０１', '2020-03-01', true],
  ['出生日期', '1990-05-01', undefined, undefined],
  ['出生日期', '0999-01-01', '0999-01-01', undefined],
  // A line break inside keeps the time from being read as one.
  ['出生日期', '1990-\n05-01 0:00', '1990-05-01', undefined],
  // Values of a list, other spellings of them, none where blank is none.
  ['性别', '男', '男', true],
  ['性别', '女', '男', false],
  ['性别', '男性', '男', undefined],
  ['危房等级', 'C级', 'C', true],
  ['危房等级', 'Ｃ', 'C', true],
  ['危房等级', 'c', 'C', undefined],
  ['监测对象类别', '无', null, true],
  ['监测对象类别', '-', null, true],
  ['监测对象类别', '无', '边缘易致贫户', false],
  ['监测对象类别', '边缘易致贫户', null, false],
  ['监测对象类别', '无', undefined, undefined],
  ['证件类型', '其他', '其他', true],
  ['证件类型', '无', '其他', undefined],
  // Text: trimmed, U+3000 a space; a spreadsheet's error value is none,
  // but only when the cell starts with #.
  ['姓名', ' 张三 ', '张三', true],
  ['姓名', '张\u3000三', '张 三', true],
  ['姓名', '张三', '李四', false],
  ['姓名', '#N/A', '#N/A', undefined],
  ['姓名', ' #N/A', '#N/A', true],
  ['姓名', '#n/a', '#N/A', undefined],
  ['姓名', '#ſpill!', '#ſpill!', undefined],
  ['姓名', '#N/A!', '#N/A!', true],
  ['帮扶责任人', '无', null, true],
  ['帮扶责任人', '王五', null, false],
  ['帮扶责任人', '无', '王五', false],
  // Codes: the spreadsheet's text marks go; scientific notation lost
  // digits; blank once unwrapped is the blank cell's value.
  ['行政区划代码', '610102001001', '610102001001', true],
  ['行政区划代码', "'610102001001", '610102001001', true],
  ['行政区划代码', '="610102001001"', '610102001001', true],
  ['行政区划代码', '６１０１０２００１００１', '610102001001', true],
  ['行政区划代码', '6.10102E+11', '610102001001', undefined],
  ['行政区划代码', '610102001002', '610102001001', false],
  ['残疾人证号', '无', null, true],
  ['残疾人证号', "'", null, true],
  ['残疾人证号', "'", '61010219900501123X11', false],
  ['残疾人证号', '61010219900501123X11', '61010219900501123X11', true],
  // ID numbers: spaces go, upper case as JavaScript has it (ß is SS).
  ['证件号码', '61010219900501123x', '61010219900501123X', true],
  ['证件号码', '610102 19900501 123X', '61010219900501123X', true],
  ['证件号码', '="61010219900501123X"', '61010219900501123X', true],
  ['证件号码', '6.10102E+17', '61010219900501123X', undefined],
  ['证件号码', '610102199005011234', '61010219900501123X', false],
  ['证件号码', 'äb', 'ÄB', true],
  ['证件号码', 'straße', 'STRASSE', true],
  // Lists: any order, items once, separators of either width.
  ['帮扶措施', '产业帮扶、就业帮扶', ['就业帮扶', '产业帮扶'], true],
  ['帮扶措施', '产业帮扶；就业帮扶；产业帮扶', ['产业帮扶', '就业帮扶'], true],
  ['帮扶措施', '产业帮扶', ['产业帮扶', '就业帮扶'], false],
  ['帮扶措施', '产业帮扶,未知措施', ['产业帮扶'], undefined],
  ['帮扶措施', '无', [], true],
  ['帮扶措施', '无', ['产业帮扶'], false],
  ['帮扶措施', ' 产业帮扶 ， 就业帮扶 ', ['产业帮扶', '就业帮扶'], true],
  ['帮扶措施', ',', [], true],
  ['帮扶措施', '产业帮扶,产业帮扶', ['产业帮扶', '产业帮扶'], false],
  ['健康状况', '健康', ['健康'], true],
  ['健康状况', '无', [], undefined],
  ['健康状况', '健康', undefined, undefined],
  // No field, no answer.
  ['x', '是', true, undefined],
  ['是否享受低保', '\u200b', true, undefined],
  ['是否享受低保', undefined, true, undefined],
];

const MEMBER_ITEMS = new Set([
  '是否享受低保',
  '务工时间（月）',
  '出生日期',
  '性别',
  '证件类型',
  '姓名',
  '残疾人证号',
  '证件号码',
  '健康状况',
]);

/** The field's key each item names. */
const KEYS: Record<string, string> = {
  是否享受低保: 'minimumLiving',
  是否解决安全饮用水: 'safeWater',
  safeWater: 'safeWater',
  '人均纯收入（元）': 'perCapitaNetIncome',
  人均纯收入: 'perCapitaNetIncome',
  工资性收入: 'wageIncome',
  '务工时间（月）': 'migrantMonths',
  年断水天数: 'waterOutageDays',
  脱贫年度: 'exitYear',
  出生日期: 'birthDate',
  识别监测时间: 'monitoredSince',
  性别: 'sex',
  危房等级: 'houseGrade',
  监测对象类别: 'monitoredType',
  证件类型: 'idType',
  姓名: 'name',
  帮扶责任人: 'helperName',
  行政区划代码: 'regionCode',
  残疾人证号: 'disabilityCard',
  证件号码: 'idNumber',
  帮扶措施: 'measures',
  健康状况: 'health',
  x: 'x',
};

/** One household (and member) per case, holding the recorded value. */
function datasetOf(cases: readonly Case[]): Dataset {
  const households: Household[] = [];
  const members: Member[] = [];
  const spotChecks: SpotCheckRecord[] = [];
  cases.forEach(([item, answer, recorded], i) => {
    const key = KEYS[item] as string;
    const value = recorded === undefined ? {} : { [key]: recorded };
    const householdId = `H${i}`;
    const idNumber =
      key === 'idNumber' ? (recorded as string) : `6101021990050100${i}`;
    if (MEMBER_ITEMS.has(item))
      members.push({ householdId, idNumber, ...value } as Member);
    households.push({
      householdId,
      ...(MEMBER_ITEMS.has(item) ? {} : value),
    } as Household);
    spotChecks.push({
      householdId,
      idNumber,
      checkedOn: '2020-09-01',
      item,
      ...(answer === undefined ? {} : { answer }),
    } as SpotCheckRecord);
  });

  return { households, members, villages: [], lists: { spotChecks } };
}

const dataset = datasetOf(CASES);
const FACTS = { spotCheckAgrees: 'boolean' } as const;
const ruleSet = probeRuleSet('2020-09-30', 'spotCheck', FACTS);
const expected = CASES.map(([, , , agrees]) => agrees);

describe.each(PROBE_ENGINES)('spotCheckAgrees in %s', (engine) => {
  it('reads each answer as a cell of the field and compares it', async () => {
    const values = await sqlFactValues(engine, dataset, ruleSet, 'spotCheck');
    const got = CASES.map((_, i) => values.get(String(i))?.spotCheckAgrees);

    expect(labelled(got)).toEqual(labelled(expected));
  });
});

describe('the hand-worked agreements', () => {
  it('are those compute gives', () => {
    const got = (dataset.lists?.spotChecks ?? []).map((check, i) =>
      inProcessFactValue(
        ruleSet,
        dataset,
        {
          kind: 'spotCheck',
          check,
          member: dataset.members.find((m) => m.idNumber === check.idNumber),
          household: dataset.households[i],
          village: undefined,
        },
        'spotCheckAgrees',
      ),
    );

    expect(labelled(got)).toEqual(labelled(expected));
  });
});

/** Values beside their cases, so that a failure names the case. */
function labelled(values: readonly FactValue[]): string[] {
  return values.map(
    (value, i) => `${JSON.stringify(CASES[i]?.slice(0, 3))} → ${String(value)}`,
  );
}

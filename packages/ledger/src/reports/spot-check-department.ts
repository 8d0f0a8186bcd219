import { spotCheckFieldOf } from '@duibiao/plugin-national';

/**
 * The department a spot check about no line department's field, or
 * about an item that names no field, is reported by: the
 * poverty-alleviation office, which coordinates the spot checks
 * (陕脱贫发〔2020〕9号 三（二）).
 */
export const COORDINATING_DEPARTMENT = '扶贫部门';

/**
 * The line department that answers for each registry field a spot check
 * may ask about, named as the national rules name it in `department`.
 * Fields not listed (household type, income, causes, measures) are the
 * poverty-alleviation office's own records.
 */
export const SPOT_CHECK_DEPARTMENTS: Readonly<Record<string, string>> = {
  minimumLiving: '民政部门',
  extremePoverty: '民政部门',
  residentMedical: '医疗保障部门',
  employeeMedical: '医疗保障部门',
  seriousIllnessInsurance: '医疗保障部门',
  residentPension: '人力资源和社会保障部门',
  employeePension: '人力资源和社会保障部门',
  migrantMonths: '人力资源和社会保障部门',
  safeWater: '水利部门',
  waterLitresPerDay: '水利部门',
  waterTripMinutes: '水利部门',
  waterOutageDays: '水利部门',
  waterScarceArea: '水利部门',
  dangerousHouse: '住房和城乡建设部门',
  houseGrade: '住房和城乡建设部门',
  housingSecurity: '住房和城乡建设部门',
  schoolStatus: '教育部门',
  notInSchoolReason: '教育部门',
  disabilitySubsidy: '残疾人联合会',
  disabilityCard: '残疾人联合会',
  forestRanger: '林业部门',
  chronicDiseaseContract: '卫生健康部门',
};

/**
 * Every department a spot check can be reported by, the coordinating
 * one last.
 *
 * @returns The names, each once.
 */
export function spotCheckDepartments(): string[] {
  const lines = new Set(Object.values(SPOT_CHECK_DEPARTMENTS));

  return [...lines, COORDINATING_DEPARTMENT];
}

/**
 * The department that reports a spot check: the line department of the
 * field its 核查项 names (by the national plugin's `spotCheckFieldOf`),
 * else {@link COORDINATING_DEPARTMENT}.
 *
 * @param item - 核查项 as written, such as `是否享受低保` or `safeWater`.
 * @returns The department's name.
 * @example
 * spotCheckDepartmentOf('是否享受低保'); // '民政部门'
 * spotCheckDepartmentOf('耕地面积'); // '扶贫部门'
 */
export function spotCheckDepartmentOf(item: string | null | undefined): string {
  const field = spotCheckFieldOf(item ?? '');
  const line = field && SPOT_CHECK_DEPARTMENTS[field.key];

  return line ?? COORDINATING_DEPARTMENT;
}

/** Thrown when a weekly report is asked for a department that is unknown. */
export class UnknownDepartmentError extends RangeError {
  /** A stable code. */
  readonly code = 'DUIBIAO_UNKNOWN_DEPARTMENT';
  /** The departments that are known. */
  readonly known: readonly string[];

  /**
   * @param given - The name asked for.
   * @param known - The names known.
   * @param matches - Known names it is the start of, when more than one.
   */
  constructor(given: string, known: readonly string[], matches: string[]) {
    super(
      matches.length > 1
        ? `部门「${given}」可指 ${matches.join('、')}，请写全称`
        : `没有部门「${given}」；电话抽查按核查项归属的部门为：${known.join('、')}（可只写开头，如「民政」）`,
    );
    this.name = 'UnknownDepartmentError';
    this.known = known;
  }
}

/** The short names offices use for departments, by the name they mean. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  医保: '医疗保障部门',
  人社: '人力资源和社会保障部门',
  住建: '住房和城乡建设部门',
  残联: '残疾人联合会',
  卫健: '卫生健康部门',
  扶贫办: '扶贫部门',
};

/**
 * Finds the department a name means: the same name, a short name
 * (医保, 人社, 住建, 残联, 卫健, 扶贫办), or the only known name that
 * starts with it (民政 → 民政部门); a 局, 厅 or 委 at the end is read as
 * the department (民政局 → 民政部门).
 *
 * @param name - The name as given.
 * @returns The department's full name.
 * @throws {UnknownDepartmentError} When it matches none, or several.
 */
export function resolveDepartment(name: string): string {
  const known = spotCheckDepartments();
  const trimmed = name.trim();
  if (known.includes(trimmed)) return trimmed;
  const given = /^.{2,}[局厅委]$/u.test(trimmed)
    ? trimmed.slice(0, -1)
    : trimmed;
  const short = SHORT_NAMES[given];
  if (short !== undefined && known.includes(short)) return short;

  const matches = given === '' ? [] : known.filter((d) => d.startsWith(given));
  if (matches.length === 1) return matches[0] as string;
  throw new UnknownDepartmentError(given, known, matches);
}

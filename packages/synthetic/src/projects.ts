import type { CalendarDate, ProjectRecord } from '@duibiao/core';

import { before } from './household-traits.js';
import type { Random } from './random.js';

type ProjectType = NonNullable<ProjectRecord['projectType']>;
type FundSource = NonNullable<ProjectRecord['fundSource']>;

const TYPES = [
  ['产业', 50],
  ['基础设施', 30],
  ['就业', 15],
  ['其他', 5],
] as const;

const SOURCES = [
  ['财政专项', 65],
  ['苏陕协作', 15],
  ['社会帮扶', 12],
  ['其他', 8],
] as const;

/** What a project of each type builds, as project names say it. */
const WORKS: Readonly<Record<ProjectType, readonly string[]>> = {
  产业: [
    '食用菌大棚',
    '中药材种植基地',
    '生猪养殖场',
    '茶园提质增效',
    '苹果园改造',
    '核桃经济林',
  ],
  基础设施: ['通组道路硬化', '安全饮水巩固提升', '便民桥', '产业路'],
  就业: ['社区工厂', '扶贫车间'],
  其他: ['人居环境整治'],
};

/**
 * The projects of a village in the project library: none, one or two,
 * each funded (the money mostly or wholly in place), started before the
 * reference date (finished when it began long ago) and benefiting
 * registered poor households. One in twelve is planned for later: no money
 * yet, not started, which is no fault.
 *
 * @param regionCode - The village's (or, for a county's own project, the
 * county's) code.
 * @param name - The village's or county's name.
 * @param asOf - The reference date.
 * @param random - Source of randomness.
 * @param count - How many projects; drawn when not given.
 * @returns The projects, numbered `XM` + the code + a sequence.
 */
export function makeProjects(
  regionCode: string,
  name: string,
  asOf: CalendarDate,
  random: Random,
  count?: number,
): ProjectRecord[] {
  const n =
    count ??
    random.weighted([
      [0, 3],
      [1, 5],
      [2, 2],
    ] as const);

  return Array.from({ length: n }, (_, i) =>
    makeProject(
      `XM${regionCode}${String(i + 1).padStart(2, '0')}`,
      regionCode,
      name,
      asOf,
      random,
    ),
  );
}

/**
 * One started project with its money in place.
 *
 * @param projectId - Its number.
 * @param regionCode - Where.
 * @param place - The village's or county's name.
 * @param asOf - The reference date.
 * @param random - Source of randomness.
 * @param source - The fund source; drawn when not given.
 * @returns The project.
 */
export function makeProject(
  projectId: string,
  regionCode: string,
  place: string,
  asOf: CalendarDate,
  random: Random,
  source?: FundSource,
): ProjectRecord {
  const projectType = random.weighted(TYPES);
  const fundSource = source ?? random.weighted(SOURCES);
  const plannedAmount = random.int(5, 120) * 10_000;
  const prefix = fundSource === '苏陕协作' ? '苏陕协作' : '';
  const name = `${prefix}${place}${random.pick(WORKS[projectType])}项目`;

  if (!source && random.chance(1 / 12)) {
    return {
      projectId,
      name,
      regionCode,
      projectType,
      fundSource,
      plannedAmount,
      fundsArrived: 0,
      startedOn: null,
      status: '未开工',
      beneficiaries: random.int(5, 30),
    };
  }

  const days = random.int(20, 600);
  return {
    projectId,
    name,
    regionCode,
    projectType,
    fundSource,
    plannedAmount,
    fundsArrived:
      Math.round((plannedAmount * random.between(0.6, 1)) / 1000) * 1000,
    startedOn: before(asOf, days),
    status: days > 240 && random.chance(0.7) ? '已完工' : '在建',
    beneficiaries: random.int(5, 80),
  };
}

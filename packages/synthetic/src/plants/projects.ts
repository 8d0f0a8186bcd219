import type { ProjectRecord } from '@duibiao/core';

import { makeProject } from '../projects.js';
import type {
  VillageDraft,
  VillageIntended,
  VillagePlanter,
} from '../types.js';

const STALLED = 'national/project-stalled';
const SUSHAAN = 'shaanxi/sushaan-project-stalled';

/** A new project of the village, numbered after its others. */
function addProject(
  draft: VillageDraft,
  source?: ProjectRecord['fundSource'],
): ProjectRecord {
  const { village, projects, random, asOf } = draft;
  const regionCode = village.regionCode;
  const projectId = `XM${regionCode}${String(projects.length + 1).padStart(2, '0')}`;
  const project = makeProject(
    projectId,
    regionCode,
    village.name ?? '',
    asOf,
    random,
    source ?? random.pick(['财政专项', '社会帮扶', '其他'] as const),
  );
  projects.push(project);

  return project;
}

/** Money in place and not started: no start date, 未开工. */
function notStarted(project: ProjectRecord): void {
  project.status = '未开工';
  project.startedOn = null;
}

/** Started, but no registered poor household benefits. */
function noBeneficiaries(project: ProjectRecord): void {
  project.beneficiaries = 0;
}

const on = (ruleId: string, project: ProjectRecord): VillageIntended => ({
  ruleId,
  subject: `P:${project.projectId}`,
});

/**
 * Planters of stalled projects in a village's project library: money in
 * place and not started, or no poor household benefiting; and (Shaanxi)
 * either of these in a Jiangsu–Shaanxi cooperation project, which the
 * national rules find as well.
 */
export const projectPlanters: readonly VillagePlanter[] = [
  {
    ruleId: `${STALLED}/not-started`,
    plant(draft) {
      const project = addProject(draft);
      notStarted(project);
      return [on(`${STALLED}/not-started`, project)];
    },
  },
  {
    ruleId: `${STALLED}/no-beneficiaries`,
    plant(draft) {
      const project = addProject(draft);
      noBeneficiaries(project);
      return [on(`${STALLED}/no-beneficiaries`, project)];
    },
  },
  {
    ruleId: SUSHAAN,
    plant(draft) {
      const project = addProject(draft, '苏陕协作');
      const stalled = draft.random.chance(0.5);
      if (stalled) notStarted(project);
      else noBeneficiaries(project);
      return [
        on(SUSHAAN, project),
        on(
          `${STALLED}/${stalled ? 'not-started' : 'no-beneficiaries'}`,
          project,
        ),
      ];
    },
  },
];

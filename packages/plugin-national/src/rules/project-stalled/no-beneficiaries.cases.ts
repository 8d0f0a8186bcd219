import type { RuleCases } from '@duibiao/core';
import { dataset, project } from '@duibiao/plugin-sdk';

/** The clean data set with the given projects in the project library. */
function withProjects(...projects: ReturnType<typeof project>[]) {
  return dataset({ lists: { projects } });
}

/** Cases of national/project-stalled/no-beneficiaries. */
export const projectNoBeneficiariesCases: RuleCases = {
  valid: [
    {
      name: 'a project benefiting 12 households',
      data: withProjects(project()),
    },
    {
      name: 'a project not yet started that benefits one household',
      data: withProjects(project({ status: '未开工', beneficiaries: 1 })),
    },
    {
      name: 'a project with a blank 带贫户数 is unknown',
      data: withProjects(project({ beneficiaries: undefined })),
      unknown: ['projects.beneficiaries'],
    },
  ],
  invalid: [
    {
      name: 'two projects benefiting no household, one funded and one with nothing in place',
      data: withProjects(
        project({ projectId: 'P001', beneficiaries: 0 }),
        project({
          projectId: 'P002',
          name: '南集贤村道路硬化',
          projectType: '基础设施',
          beneficiaries: 0,
          fundsArrived: 0,
        }),
      ),
      findings: [
        {
          householdId: null,
          memberId: null,
          data: {
            name: '南集贤村食用菌大棚',
            projectType: '产业',
            fundSource: '财政专项',
            beneficiaries: 0,
          },
        },
        {
          householdId: null,
          memberId: null,
          data: {
            name: '南集贤村道路硬化',
            projectType: '基础设施',
            beneficiaries: 0,
          },
        },
      ],
    },
  ],
};

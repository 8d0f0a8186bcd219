import type { RuleCases } from '@duibiao/core';
import { dataset, project } from '@duibiao/plugin-sdk';

/** The clean data set with the given projects in the project library. */
function withProjects(...projects: ReturnType<typeof project>[]) {
  return dataset({ lists: { projects } });
}

const NAME = '南集贤村食用菌大棚';

/** Cases of national/project-stalled/not-started, on 2020-09-30. */
export const projectNotStartedCases: RuleCases = {
  valid: [
    {
      name: 'a funded project under way (在建)',
      data: withProjects(project()),
    },
    {
      name: 'a project recorded as 未开工 with nothing in place',
      data: withProjects(project({ status: '未开工', fundsArrived: 0 })),
    },
    {
      name: 'a finished project (已完工) with no 开工日期',
      data: withProjects(project({ status: '已完工', startedOn: null })),
    },
    {
      name: 'a funded project with a blank status that started on the reference date',
      data: withProjects(
        project({ status: undefined, startedOn: '2020-09-30' }),
      ),
    },
    {
      name: 'a funded project with both status and 开工日期 blank is unknown',
      data: withProjects(project({ status: undefined, startedOn: undefined })),
      unknown: ['projects.status', 'projects.startedOn'],
    },
    {
      name: 'a project recorded as 未开工 with a blank 到位金额 is unknown',
      data: withProjects(
        project({ status: '未开工', fundsArrived: undefined }),
      ),
      unknown: ['projects.fundsArrived'],
    },
  ],
  invalid: [
    {
      name: 'a project with 300 000 yuan in place recorded as 未开工, reported in no household',
      data: withProjects(project({ status: '未开工', startedOn: null })),
      findings: [
        {
          householdId: null,
          memberId: null,
          data: {
            name: NAME,
            fundsArrived: 300000,
            status: '未开工',
            startedOn: null,
          },
        },
      ],
    },
    {
      name: 'a project with one yuan in place, a blank status and a 开工日期 the day after the reference date',
      data: withProjects(
        project({
          fundsArrived: 1,
          status: undefined,
          startedOn: '2020-10-01',
        }),
      ),
      findings: [
        {
          householdId: null,
          data: { fundsArrived: 1, status: null, startedOn: '2020-10-01' },
        },
      ],
    },
  ],
};

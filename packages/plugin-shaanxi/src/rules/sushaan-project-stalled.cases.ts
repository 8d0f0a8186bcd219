import type { ProjectRecord, RuleCases } from '@duibiao/core';
import { dataset, project } from '@duibiao/plugin-sdk';

/**
 * A cooperation project of the fixture village with 300 000 yuan in place
 * that has not started, benefiting 12 households.
 */
function cooperation(overrides: Partial<ProjectRecord> = {}): ProjectRecord {
  return project({
    fundSource: '苏陕协作',
    status: '未开工',
    startedOn: null,
    ...overrides,
  });
}

const withProjects = (...projects: ProjectRecord[]) =>
  dataset({ lists: { projects } });

/** What the findings state of the fixture project, whatever its state. */
const NAME = '南集贤村食用菌大棚';

/** Cases of shaanxi/sushaan-project-stalled, as of 2020-09-30. */
export const sushaanProjectStalledCases: RuleCases = {
  valid: [
    {
      name: 'a cooperation project under way since 2020-07-01, benefiting 12 households',
      data: withProjects(
        cooperation({ status: '在建', startedOn: '2020-07-01' }),
      ),
    },
    {
      name: 'a cooperation project not started, but with no money in place yet',
      data: withProjects(cooperation({ fundsArrived: 0 })),
    },
    {
      name: 'a blank status with work started on the reference date itself counts as started',
      data: withProjects(
        cooperation({ status: undefined, startedOn: '2020-09-30' }),
      ),
    },
    {
      name: 'a project paid from 财政专项 that benefits no household is left to the national rules',
      data: withProjects(
        cooperation({ fundSource: '财政专项', beneficiaries: 0 }),
      ),
    },
    {
      name: 'a stalled cooperation project in 江苏 (320506) is not judged by a Shaanxi rule',
      outsideRegions: true,
      data: withProjects(cooperation({ regionCode: '320506' })),
    },
    {
      name: 'with status and start date both blank, "not started" is unknown, not a finding',
      data: withProjects(
        cooperation({ status: undefined, startedOn: undefined }),
      ),
      unknown: ['projects.startedOn', 'projects.status'],
    },
  ],
  invalid: [
    {
      name: 'a cooperation project with 300 000 yuan in place that has not started',
      data: withProjects(cooperation()),
      findings: [
        {
          householdId: null,
          memberId: null,
          data: {
            name: NAME,
            fundsArrived: 300000,
            status: '未开工',
            beneficiaries: 12,
          },
        },
      ],
    },
    {
      name: 'one yuan in place is money in place',
      data: withProjects(cooperation({ fundsArrived: 1 })),
      findings: [{ householdId: null, data: { fundsArrived: 1 } }],
    },
    {
      name: 'a finished cooperation project that benefits no poor household',
      data: withProjects(
        cooperation({
          status: '已完工',
          startedOn: '2020-04-01',
          beneficiaries: 0,
        }),
      ),
      findings: [{ data: { name: NAME, status: '已完工', beneficiaries: 0 } }],
    },
    {
      name: 'a blank status with a start date the day after the reference date has not started',
      data: withProjects(
        cooperation({ status: undefined, startedOn: '2020-10-01' }),
      ),
      findings: [{ data: { status: null, fundsArrived: 300000 } }],
    },
  ],
};

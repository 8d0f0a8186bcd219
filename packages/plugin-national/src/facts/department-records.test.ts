import {
  createChecker,
  type EducationRecord,
  type Member,
  type PublicSecurityRecord,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { expect, it } from 'vitest';

import { dataset, family } from '../testing/fixtures.js';
import { AS_OF } from '../testing/run.js';

const FAMILIES = ['enrolment-mismatch', 'house-mismatch', 'deceased-member'];

function enrolled(member: Member): EducationRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    school: '哑柏镇中学',
    stage: member.schoolStatus ?? undefined,
    grade: '一年级',
    status: '在读',
    asOf: '2020-09-01',
  };
}

function registered(member: Member): PublicSecurityRecord {
  return {
    idNumber: member.idNumber,
    name: member.name,
    status: '正常',
    asOf: '2020-09-01',
  };
}

it('finds nothing and leaves nothing unknown when the lists agree with the clean fixtures', async () => {
  const members = family();
  const checker = createChecker({ plugins: [national], asOf: AS_OF });
  const { findings, stats } = await checker.check(
    dataset({
      members,
      lists: {
        education: members.filter((m) => m.schoolStatus).map(enrolled),
        housing: [
          {
            householdId: 'H001',
            grade: 'A',
            renovationYear: null,
            renovationStatus: null,
            asOf: '2020-09-01',
          },
        ],
        publicSecurity: members.map(registered),
      },
    }),
  );
  const ours = stats.rules.filter((rule) =>
    FAMILIES.some((family) => rule.ruleId.startsWith(`national/${family}/`)),
  );

  expect(ours).toHaveLength(9);
  expect(
    findings.filter((f) => ours.some((r) => r.ruleId === f.ruleId)),
  ).toEqual([]);
  expect(ours.filter((rule) => rule.unknown > 0 || rule.errors > 0)).toEqual(
    [],
  );
});

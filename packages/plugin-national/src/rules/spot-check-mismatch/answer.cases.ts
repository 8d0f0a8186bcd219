import type { RuleCases, SpotCheckRecord } from '@duibiao/core';
import { dataset, HEAD_ID, spotCheck } from '@duibiao/plugin-sdk';

/** The clean household H001 with the spot checks given. */
function withChecks(...spotChecks: SpotCheckRecord[]) {
  return dataset({ lists: { spotChecks } });
}

/** Cases of national/spot-check-mismatch/answer, on 2020-09-30. */
export const spotCheckAnswerCases: RuleCases = {
  valid: [
    {
      name: 'the family says the water problem is solved, as the record does',
      data: withChecks(spotCheck()),
    },
    {
      name: 'Y and 1 are read as yes, and a household number as a number',
      data: withChecks(
        spotCheck({ answer: 'Y' }),
        spotCheck({ answer: '1', checkedOn: '2020-09-11' }),
        spotCheck({ item: '人均纯收入（元）', answer: '6,500' }),
      ),
    },
    {
      name: 'the head says he has no 低保, as his record does',
      data: withChecks(
        spotCheck({ item: '是否享受低保', idNumber: HEAD_ID, answer: '否' }),
      ),
    },
    {
      name: 'a call of 否 made the day after the reference date is not yet read',
      data: withChecks(
        spotCheck(),
        spotCheck({ answer: '否', checkedOn: '2020-10-01' }),
      ),
    },
    {
      name: 'a blank answer is unknown',
      data: withChecks(spotCheck({ answer: undefined })),
      unknown: ['spotChecks.answer'],
    },
  ],
  invalid: [
    {
      name: 'the family says the water problem is not solved while the record says it is',
      data: withChecks(spotCheck({ answer: '否' })),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '2020-09-10 电话抽查「是否解决安全饮用水」，群众回答「否」，系统记录为「是」',
          data: {
            checkedOn: '2020-09-10',
            item: '是否解决安全饮用水',
            answer: '否',
            spotCheckRecorded: true,
          },
        },
      ],
    },
    {
      name: 'the head says he has 低保 while his record says not, on a call on the reference date',
      data: withChecks(
        spotCheck({
          item: '是否享受低保',
          idNumber: HEAD_ID,
          answer: '是',
          checkedOn: '2020-09-30',
        }),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: HEAD_ID,
          data: { answer: '是', spotCheckRecorded: false },
        },
      ],
    },
    {
      name: 'a per-capita income of 5000 answered against 6500 recorded, beside an answer that agrees',
      data: withChecks(
        spotCheck(),
        spotCheck({ item: 'perCapitaNetIncome', answer: '5000' }),
      ),
      findings: [
        {
          householdId: 'H001',
          data: {
            item: 'perCapitaNetIncome',
            answer: '5000',
            spotCheckRecorded: 6500,
          },
        },
      ],
    },
  ],
};

import {
  diffFindings,
  FINDING_STATUS_LABELS,
  FINDING_STATUSES,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

const finding = (findingId: string, message = `message of ${findingId}`) => ({
  findingId,
  ruleId: 'national/income-below-line',
  message,
});

describe('diffFindings', () => {
  it('marks ids in both runs persisting, ids only in this run new, and lists the gone', () => {
    const earlier = [finding('a'), finding('b'), finding('c')];
    const now = [finding('d'), finding('b'), finding('a')];

    const diff = diffFindings(earlier, now);

    expect(diff.findings.map((f) => [f.findingId, f.status])).toEqual([
      ['d', 'new'],
      ['b', 'persisting'],
      ['a', 'persisting'],
    ]);
    expect(diff.resolved).toEqual([{ ...finding('c'), status: 'resolved' }]);
    expect(diff.counts).toEqual({ new: 1, persisting: 2, resolved: 1 });
  });

  it('compares by id alone: a changed message still persists', () => {
    const diff = diffFindings(
      [finding('a', '人均纯收入 3500 元')],
      [finding('a', '人均纯收入 3600 元')],
    );

    expect(diff.findings).toEqual([
      { ...finding('a', '人均纯收入 3600 元'), status: 'persisting' },
    ]);
    expect(diff.resolved).toEqual([]);
  });

  it('keeps every field of a resolved finding, replacing the status of its own run', () => {
    const earlier = {
      findingId: 'gone',
      status: 'persisting',
      fromAnOlderVersion: [1, 2],
      data: { age: 9 },
    };

    const { resolved } = diffFindings([earlier], []);

    expect(resolved).toEqual([{ ...earlier, status: 'resolved' }]);
    expect(Object.keys(resolved[0] ?? {})).toEqual([
      'findingId',
      'status',
      'fromAnOlderVersion',
      'data',
    ]);
  });

  it('resolves an id listed twice once, and leaves its inputs as they were', () => {
    const earlier = [finding('x'), finding('x')];
    const now = [finding('y')];

    const diff = diffFindings(earlier, now);

    expect(diff.resolved.map((f) => f.findingId)).toEqual(['x']);
    expect(diff.counts).toEqual({ new: 1, persisting: 0, resolved: 1 });
    expect(now[0]).not.toHaveProperty('status');
    expect(earlier[0]).not.toHaveProperty('status');
  });

  it('makes everything new without an earlier run, and everything resolved without findings now', () => {
    expect(diffFindings([], [finding('a')]).counts).toEqual({
      new: 1,
      persisting: 0,
      resolved: 0,
    });
    expect(diffFindings([finding('a')], []).counts).toEqual({
      new: 0,
      persisting: 0,
      resolved: 1,
    });
  });

  it('names each status in Chinese', () => {
    expect(FINDING_STATUSES.map((s) => FINDING_STATUS_LABELS[s])).toEqual([
      '新发现',
      '持续存在',
      '已解决',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkBlockRestore, planStateKey } from '../../../../shared/domain/study/block-removal';

// Rule (Ascent, study planner, Undo of "Remove block"): the block goes back only while its plan
// and the plan's blocks are as the removal left them; a plan deleted since takes nothing back.
const plan = { id: 'p1', title: 'PMP exam', blackouts: [], updatedAt: '2026-11-18T09:00:00.000Z' };
const block = (id: string, date: string, updatedAt = '2026-11-16T09:00:00.000Z') => ({
  id,
  planId: 'p1',
  date,
  start: '18:00',
  minutes: 60,
  edited: false,
  updatedAt,
});
const left = planStateKey(plan, [block('a', '2026-11-24'), block('b', '2026-11-28')]);

describe('checkBlockRestore', () => {
  it.each<[string, unknown, ReturnType<typeof block>[], 'PLAN_GONE' | 'PLAN_CHANGED' | null]>([
    ['nothing changed', plan, [block('a', '2026-11-24'), block('b', '2026-11-28')], null],
    [
      'the same blocks read in another order',
      plan,
      [block('b', '2026-11-28'), block('a', '2026-11-24')],
      null,
    ],
    [
      're-planned or edited: the plan row changed',
      { ...plan, updatedAt: '2026-11-18T09:05:00.000Z' },
      [block('a', '2026-11-24'), block('b', '2026-11-28')],
      'PLAN_CHANGED',
    ],
    [
      'given a day with no study',
      { ...plan, blackouts: ['2026-11-26'] },
      [block('a', '2026-11-24'), block('b', '2026-11-28')],
      'PLAN_CHANGED',
    ],
    [
      'a block laid again (a re-plan before the plan’s start leaves its row as it was)',
      plan,
      [block('a', '2026-11-24'), block('b', '2026-11-28', '2026-11-18T09:05:00.000Z')],
      'PLAN_CHANGED',
    ],
    ['a block moved', plan, [block('a', '2026-11-26'), block('b', '2026-11-28')], 'PLAN_CHANGED'],
    [
      'a block added',
      plan,
      [block('a', '2026-11-24'), block('b', '2026-11-28'), block('c', '2026-11-26')],
      'PLAN_CHANGED',
    ],
    ['a block dropped', plan, [block('a', '2026-11-24')], 'PLAN_CHANGED'],
    ['the plan deleted', undefined, [], 'PLAN_GONE'],
  ])('%s', (_name, now, blocks, expected) => {
    expect(checkBlockRestore(left, now, blocks)).toBe(expected);
  });
});

// What happens to an entry's credit entries on edit and delete (issue 6: never orphans,
// never silent changes).
import { describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../../../shared/domain/credentials';
import type { Activity, AreaSplit } from '../../../../shared/domain/credits';
import {
  courseCredits,
  planLinkChange,
  splitIn,
  type Course,
  type CreditSuggestion,
} from '../../../../shared/domain/journal';

const linked = (id: string, title: string, over: Partial<Activity> = {}): Activity => ({
  id,
  sourceId: 'e1',
  date: '2026-10-06',
  title,
  type: 'course-or-training',
  amount: 1,
  unit: 'hours',
  split: { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
  status: 'reported',
  claimCode: 'PMI-123',
  ...over,
});

const fresh = (title: string, amount: number): CreditSuggestion => ({
  key: title,
  activity: {
    sourceId: 'e1',
    date: '2026-10-07',
    title,
    type: 'course-or-training',
    amount,
    unit: 'hours',
    split: { waysOfWorking: amount, powerSkills: 0, businessAcumen: 0 },
    status: 'earned',
  },
});

describe('planLinkChange', () => {
  const a = linked('a', 'Summit: One');
  const b = linked('b', 'Summit: Two');

  it('delete removes every linked entry', () => {
    expect(planLinkChange([a, b], 'delete', [fresh('x', 1)])).toEqual({
      put: [],
      add: [],
      remove: ['a', 'b'],
    });
  });

  it('unlink keeps them as plain credit entries', () => {
    const plan = planLinkChange([a], 'unlink', []);
    expect(plan.put).toHaveLength(1);
    expect('sourceId' in plan.put[0]!).toBe(false);
    expect(plan.put[0]!.claimCode).toBe('PMI-123');
  });

  it('update matches by title, keeps the claim status, adds and removes the rest', () => {
    const plan = planLinkChange([a, b], 'update', [
      fresh('Summit: Two', 2),
      fresh('Summit: Three', 1),
    ]);
    expect(plan.put.map((p) => [p.id, p.title, p.amount, p.status, p.date])).toEqual([
      ['b', 'Summit: Two', 2, 'reported', '2026-10-07'],
      // The leftover entry takes the unmatched suggestion: a renamed session keeps its id.
      ['a', 'Summit: Three', 1, 'reported', '2026-10-07'],
    ]);
    expect(plan.add).toEqual([]);
    expect(plan.remove).toEqual([]);
  });

  it('update with fewer suggestions deletes the extra entries', () => {
    expect(planLinkChange([a, b], 'update', [fresh('Summit: One', 1)]).remove).toEqual(['b']);
    expect(planLinkChange([], 'update', [fresh('New', 1)]).add).toHaveLength(1);
  });
});

// Issue 6 part 1: "a suggested area split, editable". A split the user changed before
// confirming (or later in the credit log) is theirs; "Update them to match" keeps it while the
// entry itself still proposes what it proposed before, and takes the entry's new split once
// the entry's own hours or area change.
describe('planLinkChange keeps the split the user gave', () => {
  const held: HeldCredential[] = [
    { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
  ];
  const course: Course = {
    id: 'c1',
    title: 'Leading agile teams',
    provider: 'Acme',
    format: 'virtual',
    status: 'completed',
    start: '2026-03-01',
    end: '2026-03-04',
    contactHours: 21,
    cost: null,
    link: '',
    topic: 'agile',
    split: null,
    notes: '',
  };
  const mine = { waysOfWorking: 14, powerSkills: 7, businessAcumen: 0 };
  const suggested = (c: Course) => courseCredits(c, held).suggestions;
  // As confirmed: the proposal with the user's split, then reported to PMI.
  const confirmed: Activity = {
    ...suggested(course)[0]!.activity,
    id: 'a1',
    split: mine,
    status: 'reported',
  };
  const splitAfter = (edited: Course, previous = suggested(course)) =>
    planLinkChange([confirmed], 'update', suggested(edited), previous).put.map((a) => a.split);

  it.each<[string, Partial<Course>, AreaSplit]>([
    ['notes changed', { notes: 'Good trainer.' }, mine],
    ['renamed', { title: 'Agile leadership' }, mine],
    ['completion day moved', { end: '2026-03-05' }, mine],
    [
      'hours changed: the old split no longer adds up',
      { contactHours: 24 },
      { waysOfWorking: 24, powerSkills: 0, businessAcumen: 0 },
    ],
    [
      'the course’s own split changed',
      { split: { waysOfWorking: 0, powerSkills: 0, businessAcumen: 21 } },
      { waysOfWorking: 0, powerSkills: 0, businessAcumen: 21 },
    ],
  ])('%s', (_name, change, expected) => {
    expect(splitAfter({ ...course, ...change })).toEqual([expected]);
  });

  it('a session moved to another area takes its new area, hours unchanged', () => {
    const old = linked('a', 'Summit: One', {
      amount: 1.5,
      split: { waysOfWorking: 0.5, powerSkills: 1, businessAcumen: 0 },
    });
    const session = (area: 'powerSkills' | 'businessAcumen'): CreditSuggestion => ({
      key: 'session:s1',
      activity: { ...fresh('Summit: One', 1.5).activity, split: splitIn(area, 1.5) },
    });
    const plan = (before: CreditSuggestion) =>
      planLinkChange([old], 'update', [session('businessAcumen')], [before]).put[0]!.split;
    expect(plan(session('powerSkills'))).toEqual(splitIn('businessAcumen', 1.5));
    // Nothing changed on the session: the user's split stays.
    expect(
      planLinkChange([old], 'update', [session('powerSkills')], [session('powerSkills')]).put[0]!
        .split,
    ).toEqual(old.split);
  });

  it('without the entry as it was, the fresh split is taken (nothing to compare with)', () => {
    expect(splitAfter({ ...course, notes: 'x' }, [])).toEqual([
      { waysOfWorking: 21, powerSkills: 0, businessAcumen: 0 },
    ]);
  });
});

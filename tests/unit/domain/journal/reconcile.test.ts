// What happens to an entry's credit entries on edit and delete (issue 6: never orphans,
// never silent changes).
import { describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../../../shared/domain/credentials';
import type { Activity, AreaSplit } from '../../../../shared/domain/credits';
import {
  courseCredits,
  planLinkChange,
  previewUpdate,
  sameCredits,
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
// confirming (or later in the credit log) is theirs; "Update them to match" keeps it while it
// still adds up, carries it to new hours in proportion (review A3), and takes the entry's new
// split once the entry's own area or split changes.
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
      'hours changed: the split is carried to them in proportion',
      { contactHours: 24 },
      { waysOfWorking: 16, powerSkills: 8, businessAcumen: 0 },
    ],
    [
      'hours and title changed together: still carried',
      { contactHours: 10.5, title: 'Agile leadership' },
      { waysOfWorking: 7, powerSkills: 3.5, businessAcumen: 0 },
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

// Review A3: the walk-through of PMO set-up and operations, 16 h split 4/4/8 by the person.
describe('"Update them to match" after the hours change', () => {
  const pmo = (hours: number, over: Partial<Activity> = {}): Activity => ({
    ...linked('a', 'PMO set-up and operations', { amount: hours }),
    split: { waysOfWorking: hours, powerSkills: 0, businessAcumen: 0 },
    ...over,
  });
  const proposal = (hours: number): CreditSuggestion => ({
    ...fresh('PMO set-up and operations', hours),
    key: 'course',
  });
  const mine = { waysOfWorking: 4, powerSkills: 4, businessAcumen: 8 };
  const splitAt = (old: Activity, hours: number) =>
    planLinkChange([old], 'update', [proposal(hours)], [proposal(16)]).put[0]!;

  it.each<[string, Partial<Activity>, number, AreaSplit]>([
    [
      '16 → 20 h: 4/4/8 becomes 5/5/10',
      { split: mine },
      20,
      { waysOfWorking: 5, powerSkills: 5, businessAcumen: 10 },
    ],
    ['16 → 16 h: the split is kept as it is', { split: mine }, 16, mine],
    [
      '16 → 6 h: 4/4/8 becomes 1.5/1.5/3',
      { split: mine },
      6,
      { waysOfWorking: 1.5, powerSkills: 1.5, businessAcumen: 3 },
    ],
    // Half of it relevant (set in the credit log): the split adds up to the counted hours.
    [
      'half relevant, 16 → 20 h: 2/2/4 of 8 becomes 2.5/2.5/5 of 10',
      { relevantPercent: 50, split: { waysOfWorking: 2, powerSkills: 2, businessAcumen: 4 } },
      20,
      { waysOfWorking: 2.5, powerSkills: 2.5, businessAcumen: 5 },
    ],
    [
      'no split changed by the person: the proposal',
      {},
      20,
      { waysOfWorking: 20, powerSkills: 0, businessAcumen: 0 },
    ],
  ])('%s', (_name, over, hours, expected) => {
    const after = splitAt(pmo(16, over), hours);
    expect(after.split).toEqual(expected);
    expect(after.amount).toBe(hours);
  });

  it('Ways of Working allotted to a credential never stays above the Ways of Working left', () => {
    const old = pmo(16, { split: mine, waysOfWorkingFor: { 'h-pmp': 4, 'h-pgmp': 2 } });
    expect(splitAt(old, 6).waysOfWorkingFor).toEqual({ 'h-pmp': 1.5, 'h-pgmp': 1.5 });
    expect(splitAt(old, 20).waysOfWorkingFor).toEqual({ 'h-pmp': 4, 'h-pgmp': 2 });
  });

  it('the question says what will happen to the split before it is answered', () => {
    expect(previewUpdate([pmo(16, { split: mine })], [proposal(20)], [proposal(16)])).toEqual({
      updated: 1,
      added: 0,
      removed: 0,
      splits: [
        {
          title: 'PMO set-up and operations',
          from: mine,
          to: { waysOfWorking: 5, powerSkills: 5, businessAcumen: 10 },
          scaled: true,
        },
      ],
    });
    // Nothing to say about a split that stays; an entry's new area is not "in proportion".
    expect(
      previewUpdate([pmo(16, { split: mine })], [proposal(16)], [proposal(16)]).splits,
    ).toEqual([]);
    const moved = {
      ...proposal(16),
      activity: { ...proposal(16).activity, split: splitIn('businessAcumen', 16) },
    };
    expect(previewUpdate([pmo(16, { split: mine })], [moved], [proposal(16)]).splits).toEqual([
      {
        title: 'PMO set-up and operations',
        from: mine,
        to: splitIn('businessAcumen', 16),
        scaled: false,
      },
    ]);
  });

  it('counts what an update adds and removes', () => {
    const two = [linked('a', 'Summit: One'), linked('b', 'Summit: Two')];
    expect(previewUpdate(two, [fresh('Summit: One', 1)])).toMatchObject({
      updated: 1,
      removed: 1,
      added: 0,
    });
    expect(previewUpdate([], [fresh('New', 1)])).toMatchObject({
      updated: 0,
      removed: 0,
      added: 1,
    });
  });
});

// Review A15: only a change to what the credit entries are derived from asks about them.
describe('sameCredits', () => {
  const held: HeldCredential[] = [
    { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
  ];
  const course: Course = {
    id: 'c1',
    title: 'PMO set-up and operations',
    provider: 'Acme',
    format: 'virtual',
    status: 'completed',
    start: '2026-03-01',
    end: '2026-03-04',
    contactHours: 16,
    cost: null,
    link: '',
    topic: 'general',
    split: null,
    notes: '',
  };
  const credits = (c: Course) => courseCredits(c, held).suggestions;

  it.each<[string, Partial<Course>, boolean]>([
    ['notes only', { notes: 'Good trainer.' }, true],
    ['a reflection', { reflection: { learned: 'Stage gates.', apply: '' } }, true],
    ['the cost', { cost: { amount: 900, currency: 'EUR' } }, true],
    ['the link', { link: 'https://example.com' }, true],
    ['the contact hours', { contactHours: 20 }, false],
    ['the title', { title: 'PMO operations' }, false],
    ['the provider', { provider: 'Other Academy' }, false],
    ['the completion day', { end: '2026-03-05' }, false],
    ['the start day', { start: '2026-02-28' }, false],
    ['no longer completed', { status: 'in-progress' }, false],
    [
      'the course’s own split',
      { split: { waysOfWorking: 8, powerSkills: 8, businessAcumen: 0 } },
      false,
    ],
  ])('%s → unchanged: %s', (_name, change, same) => {
    expect(sameCredits(credits(course), credits({ ...course, ...change }))).toBe(same);
  });

  it('matches the parts of an entry by key, whatever their order', () => {
    const a = fresh('Summit: One', 1);
    const b = fresh('Summit: Two', 2);
    expect(sameCredits([a, b], [b, a])).toBe(true);
    expect(sameCredits([a, b], [a])).toBe(false);
    expect(sameCredits([a], [{ ...a, key: 'other' }])).toBe(false);
  });
});

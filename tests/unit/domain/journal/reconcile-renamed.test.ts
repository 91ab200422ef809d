// "Update them to match" after a rename keeps each session's own credit entry (issue 6: never
// silent changes). The reviewer's case: "PMO Summit" with Alpha (3 h, Ways of Working) and Beta
// (1 h, Power Skills), both confirmed, renamed "PMO Summit 2026": the entries swapped their
// areas and hours, because the fresh suggestions were matched by their new titles and then by
// position. A suggestion is now matched through its key (the suggestion of the entry before the
// edit with the same key), then its new title, then position.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/credits';
import {
  eventCredits,
  planLinkChange,
  previewUpdate,
  splitIn,
  type EventSession,
  type JournalEvent,
} from '../../../../shared/domain/journal';
import { event, pmpEarned, session } from './fixtures';

const asOf = '2026-11-22';
const held = [pmpEarned];
const credits = (e: JournalEvent, sessions: readonly EventSession[]) =>
  eventCredits(e, sessions, held, asOf).suggestions;

/** A confirmed credit entry, as confirmCredits wrote it from the suggestion, with a claim code. */
function confirmed(id: string, s: ReturnType<typeof credits>[number], claimCode: string): Activity {
  return { ...s.activity, id, status: 'reported', claimCode };
}

const summit = event({ name: 'PMO Summit' });
// Session order (ids) differs from the linked entries' order (created together, then by title).
const beta = session({ id: 'a-beta', title: 'Beta', hours: 1, area: 'powerSkills' });
const alpha = session({ id: 'b-alpha', title: 'Alpha', hours: 3, area: 'waysOfWorking' });

describe('planLinkChange after a rename (matched by key through the previous suggestions)', () => {
  const before = credits(summit, [beta, alpha]);
  const byTitle = (t: string) => before.find((s) => s.activity.title === t)!;
  const linked = [
    confirmed('x-alpha', byTitle('PMO Summit: Alpha'), 'PMI-A'),
    confirmed('x-beta', byTitle('PMO Summit: Beta'), 'PMI-B'),
  ];

  const cases: {
    name: string;
    after: { event: JournalEvent; sessions: EventSession[] };
    want: Record<string, Partial<Activity>>;
  }[] = [
    {
      name: 'event renamed: each entry keeps its own session’s hours and area',
      after: { event: { ...summit, name: 'PMO Summit 2026' }, sessions: [beta, alpha] },
      want: {
        'x-alpha': {
          title: 'PMO Summit 2026: Alpha',
          amount: 3,
          split: splitIn('waysOfWorking', 3),
          claimCode: 'PMI-A',
        },
        'x-beta': {
          title: 'PMO Summit 2026: Beta',
          amount: 1,
          split: splitIn('powerSkills', 1),
          claimCode: 'PMI-B',
        },
      },
    },
    {
      name: 'event and a session renamed: still matched by the session',
      after: {
        event: { ...summit, name: 'PMO Summit 2026' },
        sessions: [beta, { ...alpha, title: 'Alpha, the sequel' }],
      },
      want: {
        'x-alpha': { title: 'PMO Summit 2026: Alpha, the sequel', amount: 3, claimCode: 'PMI-A' },
        'x-beta': { title: 'PMO Summit 2026: Beta', amount: 1, claimCode: 'PMI-B' },
      },
    },
    {
      name: 'two sessions swap titles: each entry follows its session, not the title',
      after: {
        event: summit,
        sessions: [
          { ...beta, title: 'Alpha' },
          { ...alpha, title: 'Beta' },
        ],
      },
      want: {
        'x-alpha': { title: 'PMO Summit: Beta', amount: 3, claimCode: 'PMI-A' },
        'x-beta': { title: 'PMO Summit: Alpha', amount: 1, claimCode: 'PMI-B' },
      },
    },
  ];

  it.each(cases)('$name', ({ after, want }) => {
    const fresh = credits(after.event, after.sessions);
    const plan = planLinkChange(linked, 'update', fresh, before);
    expect(plan.add).toEqual([]);
    expect(plan.remove).toEqual([]);
    const put = Object.fromEntries(plan.put.map((a) => [a.id, a]));
    for (const [id, fields] of Object.entries(want)) expect(put[id]).toMatchObject(fields);
  });

  it('the question before the answer announces no split change for a rename', () => {
    const fresh = credits({ ...summit, name: 'PMO Summit 2026' }, [beta, alpha]);
    expect(previewUpdate(linked, fresh, before)).toEqual({
      updated: 2,
      added: 0,
      removed: 0,
      splits: [],
    });
  });
});

describe('planLinkChange with two same-day sessions of the same title', () => {
  // Two "Keynote"s: the morning one 2 h Power Skills, the closing one 1 h Business Acumen.
  const morning = session({ id: 'k1', title: 'Keynote', hours: 2, area: 'powerSkills' });
  const closing = session({ id: 'k2', title: 'Keynote', hours: 1, area: 'businessAcumen' });
  const before = credits(summit, [morning, closing]);
  // Listed closing first: both entries have the same title.
  const linked = [
    confirmed('x-closing', before[1]!, 'PMI-CLOSE'),
    confirmed('x-morning', before[0]!, 'PMI-MORN'),
  ];

  const cases: { name: string; sessions: EventSession[]; event: JournalEvent }[] = [
    {
      name: 'the morning keynote runs longer',
      event: summit,
      sessions: [{ ...morning, hours: 3 }, closing],
    },
    {
      name: 'the event is renamed',
      event: { ...summit, name: 'PMO Summit 2026' },
      sessions: [morning, closing],
    },
  ];

  it.each(cases)('$name: each entry keeps its own session', ({ event: e, sessions }) => {
    const fresh = credits(e, sessions);
    const plan = planLinkChange(linked, 'update', fresh, before);
    const put = Object.fromEntries(plan.put.map((a) => [a.id, a]));
    const [m, c] = sessions;
    expect(put['x-morning']).toMatchObject({
      amount: m!.hours,
      split: splitIn('powerSkills', m!.hours),
      claimCode: 'PMI-MORN',
    });
    expect(put['x-closing']).toMatchObject({
      amount: c!.hours,
      split: splitIn('businessAcumen', c!.hours),
      claimCode: 'PMI-CLOSE',
    });
  });
});

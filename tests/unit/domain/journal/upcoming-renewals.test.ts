import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../shared/dates';
import { upcomingItems, type Membership } from '../../../../shared/domain/journal';
import { collectDeadlines, dueReminders, OVERDUE_DAYS } from '../../../../shared/domain/study';
import { interaction, membership } from './fixtures';

// The Dashboard's "Events and follow-ups" card lists a renewal by the reminders' test
// (shared/domain/study/deadlines.ts, renewalDeadlines: "The … card lists renewals by the same
// test"): the renewal day of a membership not ended is a deadline (README "Decisions":
// memberships lapse on their renewal day unless the date is moved on), reminded from OVERDUE_DAYS
// past, overdue once passed (shared/domain/study/reminders.ts, dueReminders; README "Decisions",
// Reminders: overdue membership renewals are reminded for 90 days), up to the window's end.
// Overdue as a follow-up is: its day has passed (isFollowUpOverdue).
const TODAY: LocalDate = '2026-11-22';
const DAYS = 60;

const renewals = (m: Membership) =>
  upcomingItems({ events: [], interactions: [], memberships: [m] }, TODAY, DAYS).filter(
    (i) => i.kind === 'renewal',
  );

/** What the reminders say of the same membership over the same window. */
const reminded = (m: Membership) =>
  dueReminders(
    collectDeadlines({
      cycles: [],
      exams: [],
      goals: [],
      courses: [],
      events: [],
      followUps: [],
      memberships: [m],
    }),
    TODAY,
    DAYS,
  ).map((r) => ({ date: r.deadline.date, overdue: r.overdue }));

describe('upcomingItems: membership renewals, as the reminders list them', () => {
  it.each<[string, Partial<Membership>, { date: LocalDate; overdue: boolean }[]]>([
    [
      'renewal yesterday: listed, overdue',
      { renewal: '2026-11-21' },
      [{ date: '2026-11-21', overdue: true }],
    ],
    ['renewal today: listed, not overdue', { renewal: TODAY }, [{ date: TODAY, overdue: false }]],
    [
      'renewal within the window: listed',
      { renewal: '2026-12-10' },
      [{ date: '2026-12-10', overdue: false }],
    ],
    [
      "renewal on the window's last day: listed",
      { renewal: '2027-01-21' },
      [{ date: '2027-01-21', overdue: false }],
    ],
    ['renewal after the window: not listed', { renewal: '2027-01-22' }, []],
    [
      'ended membership with a passed renewal: not listed',
      { renewal: '2026-11-21', endedOn: '2026-11-01' },
      [],
    ],
    [
      'ended on a day still to come, renewal passed: not listed (the user left)',
      { renewal: '2026-11-21', endedOn: '2026-12-31' },
      [],
    ],
    [
      `renewal exactly ${OVERDUE_DAYS} days ago: listed, overdue`,
      { renewal: '2026-08-24' },
      [{ date: '2026-08-24', overdue: true }],
    ],
    [
      `renewal passed more than ${OVERDUE_DAYS} days ago: not listed, as in the reminders`,
      { renewal: '2026-08-23' },
      [],
    ],
    ['no renewal day: not listed', { renewal: null }, []],
  ])('%s', (_, over, expected) => {
    const m = membership({ organisation: 'PMI', ...over });
    const items = renewals(m);
    expect(
      items.map((i) => ({ date: i.date, overdue: i.kind === 'renewal' && i.overdue })),
    ).toEqual(expected);
    expect(items.every((i) => i.kind === 'renewal' && i.organisation === 'PMI')).toBe(true);
    // The same answer as the reminders, on the same day, over the same window.
    expect(reminded(m)).toEqual(expected);
  });

  it('lists the renewal passed yesterday on the card, overdue first, like a follow-up', () => {
    const items = upcomingItems(
      {
        events: [],
        interactions: [interaction({ followUp: '2026-11-20' })],
        memberships: [
          membership({ id: 'soon', renewal: '2026-12-10' }),
          membership({ id: 'pmi', organisation: 'PMI', renewal: '2026-11-21' }),
        ],
      },
      TODAY,
      DAYS,
    );
    expect(items.map((i) => [i.kind, i.id, i.date, 'overdue' in i && i.overdue])).toEqual([
      ['follow-up', 'i1', '2026-11-20', true],
      ['renewal', 'pmi', '2026-11-21', true],
      ['renewal', 'soon', '2026-12-10', false],
    ]);
  });
});

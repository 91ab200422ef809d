import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../shared/dates';
import {
  followUpDue,
  oldestOverdueListed,
  upcomingItems,
  type Interaction,
} from '../../../../shared/domain/journal';
import { upcomingDeadlines } from '../../../../shared/domain/dashboard/upcoming-deadlines';
import { collectDeadlines, dueReminders, OVERDUE_DAYS } from '../../../../shared/domain/study';
import { interaction } from './fixtures';

// One rule for an open follow-up on the Dashboard and in the reminders (review H): the
// "Events and follow-ups" card lists it as the reminders do (followUpDue: dueReminders, README
// "Decisions", Reminders: overdue items are reminded for 90 days), so a follow-up missed 200
// days ago is no longer overdue on one card and gone from "Next deadlines" and Study → Reminders.
const TODAY: LocalDate = '2026-11-22';
const DAYS = 60;

const cardItems = (i: Interaction) =>
  upcomingItems({ events: [], interactions: [i], memberships: [] }, TODAY, DAYS).map((x) => ({
    date: x.date,
    overdue: x.kind === 'follow-up' && x.overdue,
  }));

const deadlinesOf = (i: Interaction) =>
  collectDeadlines({
    cycles: [],
    exams: [],
    goals: [],
    courses: [],
    events: [],
    followUps: i.followUp ? [{ id: i.id, title: 'Priya Shah', date: i.followUp }] : [],
    memberships: [],
  });

/** What Study → Reminders says of the same follow-up over the same window. */
const reminded = (i: Interaction) =>
  dueReminders(deadlinesOf(i), TODAY, DAYS).map((r) => ({
    date: r.deadline.date,
    overdue: r.overdue,
  }));

describe('followUpDue and the card: an open follow-up, as the reminders list it', () => {
  it.each<[string, LocalDate, { date: LocalDate; overdue: boolean }[]]>([
    ['due yesterday: listed, overdue', '2026-11-21', [{ date: '2026-11-21', overdue: true }]],
    ['due today: listed, not overdue', TODAY, [{ date: TODAY, overdue: false }]],
    [
      "due on the window's last day: listed",
      '2027-01-21',
      [{ date: '2027-01-21', overdue: false }],
    ],
    ['due after the window: not listed', '2027-01-22', []],
    [
      `due exactly ${OVERDUE_DAYS} days ago: listed, overdue`,
      '2026-08-24',
      [{ date: '2026-08-24', overdue: true }],
    ],
    [`due ${OVERDUE_DAYS + 1} days ago: not listed, as in the reminders`, '2026-08-23', []],
    ['due 200 days ago: not listed', '2026-05-06', []],
  ])('%s', (_, followUp, expected) => {
    const i = interaction({ date: '2026-04-01', followUp });
    expect(cardItems(i)).toEqual(expected);
    expect(reminded(i)).toEqual(expected);
    expect(followUpDue({ id: i.id, followUp }, TODAY, DAYS)?.overdue).toBe(expected[0]?.overdue);
  });

  it('is listed by the card exactly when "Next deadlines" lists it overdue', () => {
    for (const followUp of ['2026-05-06', '2026-08-23', '2026-08-24', '2026-11-21'] as const) {
      const i = interaction({ date: '2026-04-01', followUp });
      const next = upcomingDeadlines(deadlinesOf(i), TODAY, 5);
      expect(cardItems(i).length > 0, followUp).toBe(next.length > 0);
    }
  });

  it('starts the reads OVERDUE_DAYS back, the oldest day listed', () => {
    expect(oldestOverdueListed(TODAY)).toBe('2026-08-24');
    expect(
      followUpDue({ id: 'x', followUp: oldestOverdueListed(TODAY) }, TODAY, DAYS),
    ).toBeDefined();
  });
});

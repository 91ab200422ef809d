/**
 * What the Dashboard lists from the journal (issue 6 part 4 and 7): events about to start,
 * follow-ups due and membership renewals (overdue ones first, they are still owed).
 */
import { addDays, type LocalDate } from '../../dates';
import { collectDeadlines } from '../study/deadlines';
import { dueReminders, OVERDUE_DAYS, type DueReminder } from '../study/reminders';
import { openFollowUps } from './follow-ups';
import type { Interaction, JournalEvent, Membership } from './types';

export type UpcomingItem =
  | { kind: 'event'; id: string; date: LocalDate; name: string }
  | { kind: 'follow-up'; id: string; date: LocalDate; contactId: string; overdue: boolean }
  | { kind: 'renewal'; id: string; date: LocalDate; organisation: string; overdue: boolean };

const NO_DEADLINES = {
  cycles: [],
  exams: [],
  goals: [],
  courses: [],
  events: [],
  followUps: [],
  memberships: [],
};

/**
 * A membership's renewal as the reminders give it over a window of `days` from `asOf`, or
 * undefined when they would not list it: the very rules of the reminders (collectDeadlines
 * makes the renewal day of a current membership a deadline, dueReminders keeps it from
 * OVERDUE_DAYS before `asOf`, overdue once passed, to the window's end), so the card and the
 * reminders cannot disagree about a renewal.
 */
export function renewalDue(
  m: Pick<Membership, 'id' | 'organisation' | 'renewal' | 'endedOn'>,
  asOf: LocalDate,
  days: number,
): DueReminder | undefined {
  return dueReminders(collectDeadlines({ ...NO_DEADLINES, memberships: [m] }), asOf, days)[0];
}

/**
 * An open follow-up (openFollowUps) as the reminders give it over a window of `days` from
 * `asOf`, or undefined when they would not list it: the reminders' own rules (dueReminders:
 * from OVERDUE_DAYS before `asOf`, overdue once its day has passed, to the window's end), so
 * the Dashboard's "Events and follow-ups" card, its "Next deadlines" and Study → Reminders
 * keep and drop a missed follow-up on the same day (README "Decisions", Reminders: overdue
 * items are reminded for 90 days, then left to their own screen, here Network → Interactions).
 */
export function followUpDue(
  i: { id: string; followUp: LocalDate },
  asOf: LocalDate,
  days: number,
): DueReminder | undefined {
  const followUps = [{ id: i.id, title: '', date: i.followUp }];
  return dueReminders(collectDeadlines({ ...NO_DEADLINES, followUps }), asOf, days)[0];
}

/**
 * The earliest day a passed follow-up or renewal is still listed on `asOf` (followUpDue,
 * renewalDue): OVERDUE_DAYS ago. What the card's reads start from.
 */
export const oldestOverdueListed = (asOf: LocalDate): LocalDate => addDays(asOf, -OVERDUE_DAYS);

/**
 * Items from `asOf` to `asOf + days` (and follow-ups and renewals already due), soonest first.
 * A follow-up answered by a later interaction with the same person is done (openFollowUps);
 * an open follow-up and a renewal are listed as the reminders list them (followUpDue,
 * renewalDue): a passed one for OVERDUE_DAYS, marked overdue.
 */
export function upcomingItems(
  input: {
    events: readonly JournalEvent[];
    interactions: readonly (Interaction & { createdAt?: string })[];
    memberships: readonly Membership[];
  },
  asOf: LocalDate,
  days: number,
): UpcomingItem[] {
  const until = addDays(asOf, days);
  const items: UpcomingItem[] = [];
  for (const e of input.events) {
    if (e.end >= asOf && e.start <= until)
      items.push({ kind: 'event', id: e.id, date: e.start, name: e.name });
  }
  for (const i of openFollowUps(input.interactions)) {
    const due = followUpDue(i, asOf, days);
    if (due) {
      items.push({
        kind: 'follow-up',
        id: i.id,
        date: i.followUp,
        contactId: i.contactId,
        overdue: due.overdue,
      });
    }
  }
  for (const m of input.memberships) {
    const due = renewalDue(m, asOf, days);
    if (due) {
      const { date } = due.deadline;
      items.push({
        kind: 'renewal',
        id: m.id,
        date,
        organisation: m.organisation,
        overdue: due.overdue,
      });
    }
  }
  return items.sort((a, b) =>
    a.date === b.date ? a.kind.localeCompare(b.kind) : a.date < b.date ? -1 : 1,
  );
}

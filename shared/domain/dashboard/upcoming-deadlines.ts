/**
 * The Dashboard's "Next deadlines" (issue 10 part 2: "next deadlines"): the dated items from
 * every part of the app — cycle ends, exams booked, goal target dates, milestones, course
 * starts, events, follow-ups, membership renewals (shared/domain/study/deadlines.ts collects
 * them). What has passed and still asks something of the user comes first (overdue work, and
 * a goal whose target is reached, to be marked achieved), the longest passed first, then what
 * is dated from today on, soonest first; each with its days left counted as the credential card
 * counts them (daysUntilDeadline: 0 on the day itself, negative once passed).
 */
import type { LocalDate } from '../../dates';
import { daysUntilDeadline } from '../credits/pace';
import { stillAsked } from '../study/reminders';
import type { Deadline, DeadlineKind } from '../study/types';

export interface UpcomingDeadline extends Deadline {
  /**
   * Days until the date; negative once it has passed (then it is listed as `overdue`, or as a
   * goal whose target is reached, `met`, waiting to be marked achieved).
   */
  daysLeft: number;
  overdue: boolean;
}

/**
 * What is listed once its date has passed is the Reminders' rule (stillAsked, study/reminders.ts:
 * a kind that stands for work still to do — goal, milestone, follow-up, exam, membership
 * renewal — passed within OVERDUE_DAYS, overdue; or a goal whose target is reached, not overdue,
 * waiting to be marked achieved), so the dashboard says what Study → Reminders says. One
 * exception: a passed credential cycle deadline is left to the Credentials card beside this
 * one, which leads with a suspended credential and shows each credential's status (Overdue,
 * Expired): by then the date cannot be caught up, and "renew by … or it expires" would read
 * wrong.
 */
const leftToCredentialsCard: DeadlineKind = 'cycle-end';

/** Earliest date first; equal dates keep a stable order by title. */
const byDate = (a: Deadline, b: Deadline) =>
  a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.title.localeCompare(b.title);

/**
 * Places kept for what is ahead however much is overdue (at most half the card): a run of
 * missed follow-ups must not hide an exam next week. Study → Reminders lists every overdue item.
 */
const AHEAD_KEPT = 2;

/**
 * At most `limit` deadlines: those passed and still asked (stillAsked: the overdue ones, and
 * goals whose target is reached, never overdue; they count towards the limit, leaving up to
 * AHEAD_KEPT places, and never more than half, for what is ahead), then those dated `asOf` or
 * later. What passed more than OVERDUE_DAYS ago is left to its own screen, as the reminders
 * leave it.
 */
export function upcomingDeadlines(
  deadlines: readonly Deadline[],
  asOf: LocalDate,
  limit = 5,
): UpcomingDeadline[] {
  const passed = deadlines
    .filter((d) => stillAsked(d, asOf) && d.kind !== leftToCredentialsCard)
    .sort(byDate);
  const ahead = deadlines.filter((d) => d.date >= asOf).sort(byDate);
  const room = Math.max(0, limit);
  const keptAhead = Math.min(ahead.length, AHEAD_KEPT, Math.floor(room / 2));
  return [...passed.slice(0, room - keptAhead), ...ahead].slice(0, room).map((d) => ({
    ...d,
    daysLeft: daysUntilDeadline(asOf, d.date),
    overdue: d.date < asOf && d.met !== true,
  }));
}

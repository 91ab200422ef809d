/**
 * The Dashboard's "Next deadlines" (issue 10 part 2: "next deadlines"): the nearest dated items
 * from every part of the app — cycle ends, exams booked, goal target dates, milestones, course
 * starts, events, follow-ups, membership renewals (shared/domain/study/deadlines.ts collects
 * them) — from today on, soonest first, each with its days left counted as the credential card
 * counts them (daysUntilDeadline: 0 on the day itself).
 */
import type { LocalDate } from '../../dates';
import { daysUntilDeadline } from '../credits/pace';
import type { Deadline } from '../study/types';

export interface UpcomingDeadline extends Deadline {
  daysLeft: number;
}

/** At most `limit` deadlines dated `asOf` or later; equal dates keep a stable order by title. */
export function upcomingDeadlines(
  deadlines: readonly Deadline[],
  asOf: LocalDate,
  limit = 5,
): UpcomingDeadline[] {
  return deadlines
    .filter((d) => d.date >= asOf)
    .sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.title.localeCompare(b.title),
    )
    .slice(0, Math.max(0, limit))
    .map((d) => ({ ...d, daysLeft: daysUntilDeadline(asOf, d.date) }));
}

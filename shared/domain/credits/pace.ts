/**
 * Pace and status of a cycle (issue 3 part 4: "pace needed per month and per week to
 * finish by the cycle end; status complete / on track / at risk / overdue / suspended").
 */
import { daysBetween, type LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { ceilHundredths, floorQuarters, toHours, toQuarters } from './quarters';
import type { Requirement } from './requirement';
import type { ShortfallQ } from './shortfalls';
import { cycleDays } from './tally';
import type { CycleEvaluation, CycleStatus, Pace } from './types';
import { yearBehind, yearGap, yearOn } from './year-pace';

/** Average days in a month (365.25 / 12), used to turn days left into months left. */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Whether a cycle still running has been renewed early, so nothing more is asked of it (§1
 * "next cycle": the next cycle starts on the anniversary whenever renewal happened). Only for
 * cycles without sub-periods: where a body asks for a minimum every year (ISACA, the
 * PeopleCert CPD route), a renewal does not close the years still to come.
 */
export const renewedEarly = (cycle: Cycle): boolean =>
  cycle.renewedOn !== null && cycle.periods.length === 0;

/** The day of the renewal that closed the cycle (after its end, or renewedEarly), or null. */
export const closingRenewal = (cycle: Cycle): LocalDate | null =>
  cycle.phase === 'renewed' || renewedEarly(cycle) ? cycle.renewedOn : null;

/**
 * The day work must be done by on `asOf`: the cycle end, or, once past it, the last day of
 * the suspension during which PMI still lets the holder earn and renew (§1, B); null when
 * no deadline is left — also once the cycle has been renewed early (renewedEarly).
 */
export function deadlineOf(cycle: Cycle, asOf: LocalDate): LocalDate | null {
  if (renewedEarly(cycle)) return null;
  if (asOf <= cycle.end) return cycle.end;
  if (cycle.suspension && asOf <= cycle.suspension.end && !cycle.renewedOn)
    return cycle.suspension.end;
  return null;
}

/**
 * What a cycle's deadline (deadlineOf) stands for, so the user is told what it counts down to:
 * 'cycle-end' while the cycle runs (its last day, §1 "end (inclusive)"); 'renew-by' once the
 * cycle has ended unrenewed and the deadline is the suspension's last day — the day to renew
 * by, or the credential expires (§1 "suspended": one year from the third anniversary, during
 * which PMI still lets the holder earn and report PDUs and renew, B; "expired": from the fourth
 * anniversary). null without a deadline. Takes the evaluation's fields, as the screens have
 * them: a deadline after the cycle's end can only be the suspension's last day.
 */
export function deadlineMeaning(cycle: {
  end: LocalDate;
  deadline: LocalDate | null;
}): 'cycle-end' | 'renew-by' | null {
  if (!cycle.deadline) return null;
  return cycle.deadline > cycle.end ? 'renew-by' : 'cycle-end';
}

/**
 * Days left until a deadline: Ascent's one convention for every "days left" and "in N days"
 * the user reads (the credential card, the detail, the Dashboard's next deadline, the report).
 * It is the calendar distance from today to the deadline, the way a calendar or a countdown
 * reads it: a deadline tomorrow is 1 day away. The deadline day is the last day to act, so
 * on it 0 days are left and the cycle "ends today" (it is not yet overdue); a deadline that
 * has passed gives a negative number. Pace, which needs the days still available for work,
 * adds today itself: see daysToAct.
 */
export function daysUntilDeadline(asOf: LocalDate, deadline: LocalDate): number {
  return daysBetween(asOf, deadline);
}

/** Days left in the cycle on `asOf` (daysUntilDeadline to its deadline); 0 without one. */
export function daysLeft(cycle: Cycle, asOf: LocalDate): number {
  const deadline = deadlineOf(cycle, asOf);
  return deadline ? daysUntilDeadline(asOf, deadline) : 0;
}

/**
 * Days still available to earn credit on `asOf`: from today (or the cycle start, if later)
 * to the deadline, both included, since the deadline day is the last day to act; 0 without
 * a deadline. This is what pace divides by, so the last day still has a pace.
 */
export function daysToAct(cycle: Cycle, asOf: LocalDate): number {
  const deadline = deadlineOf(cycle, asOf);
  if (!deadline) return 0;
  const from = asOf < cycle.start ? cycle.start : asOf;
  return daysUntilDeadline(from, deadline) + 1;
}

/**
 * Hours per month and per week that finish `remaining` quarter hours by the deadline,
 * rounded up to the hundredth: remaining × 30.4375 / days, remaining × 7 / days, where
 * `days` are the days to act (daysToAct).
 */
export function paceFor(remaining: number, days: number): Pace | null {
  if (days <= 0) return remaining > 0 ? null : { perMonth: 0, perWeek: 0 };
  const hours = toHours(remaining);
  return {
    perMonth: ceilHundredths((hours * DAYS_PER_MONTH) / days),
    perWeek: ceilHundredths((hours * 7) / days),
  };
}

/**
 * A running cycle's pace on `asOf` (year-pace.ts, rule 2: ISACA §4, PeopleCert's CPD route §3):
 * the larger, per month and per week, of the pace that closes `remaining` by the deadline
 * (paceFor over daysToAct) and the pace that closes what the year running on `asOf` still needs
 * (yearGap of `shortfalls`, quarter hours) by that year's last day, both days included. A cycle
 * without sub-periods, or before its first year starts, has the cycle's pace alone.
 */
export function paceOn(
  cycle: Cycle,
  shortfalls: readonly ShortfallQ[],
  remaining: number,
  asOf: LocalDate,
): Pace | null {
  const whole = paceFor(remaining, daysToAct(cycle, asOf));
  const year = yearOn(cycle.periods, asOf);
  const due = year ? yearGap(shortfalls, year) : 0;
  if (!whole || !year || due === 0) return whole;
  const ofYear = paceFor(due, daysBetween(asOf, year.end) + 1)!;
  return {
    perMonth: Math.max(whole.perMonth, ofYear.perMonth),
    perWeek: Math.max(whole.perWeek, ofYear.perWeek),
  };
}

/** Days of the cycle elapsed on `asOf`, the start day included (0 before the start). */
export function elapsedDays(cycle: Cycle, asOf: LocalDate): number {
  if (asOf < cycle.start) return 0;
  return Math.min(cycleDays(cycle), daysBetween(cycle.start, asOf) + 1);
}

/**
 * Quarter hours a steady pace would have earned by `asOf`: total × elapsed / cycle days,
 * rounded down to a quarter hour.
 */
export function expectedByNow(req: Requirement, cycle: Cycle, asOf: LocalDate): number {
  if (req.total === null) return 0;
  return floorQuarters((toHours(req.total) * elapsedDays(cycle, asOf)) / cycleDays(cycle));
}

interface StatusInput {
  cycle: Cycle;
  req: Requirement;
  asOf: LocalDate;
  met: boolean;
  counted: number;
  /** Only a shortfall's period, and a year's ANNUAL_MIN `needed`, are read (yearBehind). */
  shortfalls: readonly ShortfallQ[];
  lifetime: boolean;
}

/**
 * Status rules (Ascent's definitions, README Decisions): lifetime → no-requirement; total
 * unknown → rule-unknown, except on PeopleCert's exam route, which asks for no total (§3);
 * past the end unrenewed → suspended during the suspension window,
 * expired after it, overdue for PeopleCert (not current, §3); renewed — after its end, or
 * early while it still runs (renewedEarly: nothing more is asked of this cycle) → complete
 * when the log meets the rule, else renewed; on the exam route (the cycle's own, req.route
 * from cycleRouteOf), a cycle still running → renew-by-exam (no CPD is asked, so neither pace
 * nor a missed year applies), or renewed once an exam renewing it is recorded; met → complete;
 * a sub-period that has ended below its minimum → overdue; the year running on `asOf` below
 * its minimum and behind its own steady pace → at-risk (yearBehind, year-pace.ts rule 1: ISACA
 * §4, PeopleCert's CPD route §3), whatever the total; otherwise on-track when the counted total
 * is at least the steady pace (expectedByNow), at-risk when below. `met` is false while any
 * year, later ones included, is below its minimum (shortfallsOf lists every year's gap), so a
 * total met early is not complete.
 */
export function statusOf(s: StatusInput): CycleStatus {
  if (s.lifetime) return 'no-requirement';
  const byExam = s.req.route === 'exam';
  if (s.req.total === null && !byExam) return 'rule-unknown';
  const { cycle, asOf } = s;
  if (cycle.phase === 'suspended') return 'suspended';
  if (cycle.phase === 'lapsed') return cycle.lapseKind === 'expired' ? 'expired' : 'overdue';
  if (cycle.phase === 'renewed' || renewedEarly(cycle)) return s.met ? 'complete' : 'renewed';
  // An exam renews the certificate at once (§3): no CPD year of the route is left to close.
  if (byExam) return cycle.renewedOn ? 'renewed' : 'renew-by-exam';
  if (s.met) return 'complete';
  const missedPeriod = s.shortfalls.some((f) => f.period && f.period.end < asOf);
  if (missedPeriod) return 'overdue';
  if (yearBehind(s.req.annualMin, cycle.periods, s.shortfalls, asOf)) return 'at-risk';
  return s.counted >= expectedByNow(s.req, cycle, asOf) ? 'on-track' : 'at-risk';
}

/**
 * Whether a status asks for no more credit in its cycle, so its pace is none (0 a month):
 * complete, renewed, or on PeopleCert's exam route (§3), which asks for no CPD.
 */
export const asksNoMoreCredit = (status: CycleStatus): boolean =>
  status === 'complete' || status === 'renewed' || status === 'renew-by-exam';

/** The year running on a day, as the screens say it (yearDueOn). */
export interface YearDue {
  /** The year's last day. */
  end: LocalDate;
  /** Hours (or points) the year still needs (yearGap). */
  needed: number;
  /** The cycle is at risk because of this year (yearBehind). */
  behind: boolean;
  /** The pace shown is this year's, faster than the cycle's own (paceOn). */
  paced: boolean;
}

/**
 * The year running on `asOf` of a cycle asking for more (year-pace.ts; ISACA §4, PeopleCert's
 * CPD route §3), from the evaluation the screens have, so they can name its deadline: null
 * without a year still short of its minimums, or when the year ends on the cycle's last day and
 * needs less than the cycle does (its deadline is then the cycle's, with more due that day).
 */
export function yearDueOn(
  ev: Pick<
    CycleEvaluation,
    'end' | 'status' | 'requirement' | 'shortfalls' | 'periods' | 'pace' | 'remaining'
  >,
  asOf: LocalDate,
): YearDue | null {
  if (asksNoMoreCredit(ev.status)) return null;
  const year = yearOn(ev.periods, asOf);
  const shortfalls = ev.shortfalls.map((f) => ({ ...f, needed: toQuarters(f.needed) }));
  const due = year ? yearGap(shortfalls, year) : 0;
  if (!year || due === 0) return null;
  const last = year.end >= ev.end;
  if (last && due < toQuarters(ev.remaining)) return null;
  const min = ev.requirement.annualMin;
  const behind =
    ev.status === 'at-risk' &&
    yearBehind(min === null ? null : toQuarters(min), ev.periods, shortfalls, asOf);
  const ofYear = paceFor(due, daysBetween(asOf, year.end) + 1);
  const paced =
    !last &&
    ev.pace !== null &&
    ofYear !== null &&
    ev.pace.perMonth === ofYear.perMonth &&
    ev.pace.perWeek === ofYear.perWeek;
  return { end: year.end, needed: toHours(due), behind, paced };
}

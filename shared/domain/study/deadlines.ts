/**
 * Every dated item the calendar and the reminders show (issue 7 parts 2 and 4; PRODUCT.md,
 * study planner: "reminders for every deadline"): credential cycle ends (or, once a cycle has
 * ended unrenewed, the day to renew by), the last day of a yearly minimum not met yet
 * (PeopleCert's CPD year, ISACA's calendar year: yearly-minimum.ts), exam dates, goal
 * target dates and open milestones, course and event dates, network follow-ups and the
 * renewal days of current memberships. Ids are stable, so a calendar export updates instead of duplicating;
 * `changedAt` (the source record's last change) lets the export say which copy is newer.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import { deadlineMeaning } from '../credits/pace';
import type { Deadline } from './types';
import type { YearlyMinimumDue } from './yearly-minimum';

interface Changed {
  /** The source record's `updatedAt`, when it has one. */
  changedAt?: string;
}

export interface DeadlineSources {
  cycles: readonly ({
    heldId: string;
    name: string;
    deadline: LocalDate | null;
    /**
     * The cycle's last day: a deadline after it is the day to renew by before the credential
     * expires (deadlineMeaning), said as such.
     */
    end?: LocalDate;
    /** Renewed by an exam, not credits (PeopleCert's exam route, credits/renewal-route.ts). */
    byExam?: boolean;
    /** The current year's minimum still short on the day (yearlyMinimumDue), or none. */
    yearlyMinimum?: YearlyMinimumDue | null;
  } & Changed)[];
  exams: readonly ({
    heldId: string;
    name: string;
    date: LocalDate | null | undefined;
    /**
     * The last day of the approved exam application's eligibility (PMI: one year,
     * applicationEndOf in shared/domain/credentials/application.ts), when it is known.
     */
    applicationEnd?: LocalDate | null;
  } & Changed)[];
  goals: readonly ({
    id: string;
    title: string;
    status: string;
    targetDate: LocalDate | null;
    milestones: readonly { id: string; title: string; due: LocalDate; doneOn: LocalDate | null }[];
    /** Its measured progress has reached the target (metGoalIds, shared/domain/goals). */
    met: boolean;
  } & Changed)[];
  courses: readonly ({ id: string; title: string; date: LocalDate } & Changed)[];
  events: readonly ({ id: string; title: string; date: LocalDate } & Changed)[];
  followUps: readonly ({ id: string; title: string; date: LocalDate } & Changed)[];
  memberships: readonly ({
    id: string;
    organisation: string;
    renewal: LocalDate | null;
    endedOn: LocalDate | null;
  } & Changed)[];
}

/**
 * Only an active goal's dates are deadlines: a paused goal is set aside on purpose (its dates
 * come back when it is resumed), though its card and the report still say how far past its
 * date it is.
 */
const OPEN_GOAL = new Set(['active']);

const GOAL_PREFIX = 'goal:';

const stamp = (changedAt: string | undefined) => (changedAt ? { changedAt } : {});

/**
 * An active goal's target date and its open milestones. A goal whose measured progress has
 * reached its target (`met`) has no work left: its target date stays, marked `met` (reminded
 * as ready to be marked achieved, never as due or overdue), and its open milestones are no
 * longer deadlines, as done milestones are not.
 */
function goalDeadlines(goals: DeadlineSources['goals']): Deadline[] {
  const out: Deadline[] = [];
  for (const g of goals.filter((x) => OPEN_GOAL.has(x.status))) {
    const changed = stamp(g.changedAt);
    if (g.targetDate)
      out.push({
        id: `${GOAL_PREFIX}${g.id}`,
        kind: 'goal',
        date: g.targetDate,
        title: g.title,
        ...changed,
        ...(g.met ? { met: true as const } : {}),
      });
    if (g.met) continue;
    for (const m of g.milestones.filter((x) => !x.doneOn)) {
      const id = `milestone:${g.id}:${m.id}`;
      out.push({ id, kind: 'milestone', date: m.due, title: m.title, ...changed });
    }
  }
  return out;
}

/**
 * A membership's renewal day is a deadline (PRODUCT.md: "reminders for every deadline"; a
 * membership lapses on its renewal day unless the date is moved on, README "Decisions") while
 * the membership is current: one the user has ended (`endedOn`, even a day still to come) is
 * not renewed, and one without a renewal day has nothing to renew. The Network screen's
 * "Events and follow-ups" card lists renewals by the same test (upcomingItems).
 */
function renewalDeadlines(memberships: DeadlineSources['memberships']): Deadline[] {
  return memberships.flatMap((m) =>
    m.endedOn === null && m.renewal !== null
      ? [
          {
            id: `membership:${m.id}`,
            kind: 'membership' as const,
            date: m.renewal,
            title: m.organisation,
            ...stamp(m.changedAt),
          },
        ]
      : [],
  );
}

/**
 * A held credential's cycle deadline (deadlineOf, credits/pace.ts): its cycle end, or once the
 * cycle has ended unrenewed the suspension's last day, marked `renewBy` (deadlineMeaning): the
 * credential is suspended and expires unless renewed by then (domain-facts §1, B). The id is
 * the same either way, so a calendar export moves the one event rather than adding one.
 */
function cycleDeadlines(cycles: DeadlineSources['cycles']): Deadline[] {
  return cycles.flatMap((c) =>
    c.deadline
      ? [
          {
            id: `cycle:${c.heldId}`,
            kind: 'cycle-end' as const,
            date: c.deadline,
            title: c.name,
            ...stamp(c.changedAt),
            ...(c.end && deadlineMeaning({ end: c.end, deadline: c.deadline }) === 'renew-by'
              ? { renewBy: true as const }
              : {}),
            ...(c.byExam ? { byExam: true as const } : {}),
          },
        ]
      : [],
  );
}

/**
 * Whether the year's last day is a deadline of its own: only while the cycle's end (or its
 * deadline, when no end is given) is later. In a cycle's last year the year ends on the
 * cycle's end day (ISACA's third calendar year, PeopleCert's third CPD year) or after it: a
 * second deadline that day would say only the year's part ("CISA: 20 CPEs due this year")
 * beside "CISA cycle ends", understating what is due, since the cycle asks for its whole
 * total (ISACA ≥ 120 per 3-year period, §4) and is not complete while that year's minimum is
 * short either (evaluateCycle counts ANNUAL_MIN shortfalls). So the cycle end stands alone,
 * and the Credentials screen says what the cycle, that year included, still needs.
 */
function yearEndsBeforeCycle(c: DeadlineSources['cycles'][number], yearEnd: LocalDate): boolean {
  const cycleEnd = c.end ?? c.deadline;
  return cycleEnd === null || yearEnd < cycleEnd;
}

/**
 * The last day of the current yearly period of a credential whose yearly minimum is not met yet
 * (yearlyMinimumDue: domain-facts §3 PeopleCert, 20 CPD points every 12 months; §4 ISACA, ≥ 20
 * CPE every calendar year), for a year that ends before the cycle does (yearEndsBeforeCycle).
 * The id names the year, so each year is its own calendar event: a year's event never moves to
 * the next year's date, and the cycle end keeps its own.
 */
function yearlyDeadlines(cycles: DeadlineSources['cycles']): Deadline[] {
  return cycles.flatMap((c) =>
    c.yearlyMinimum && yearEndsBeforeCycle(c, c.yearlyMinimum.period.end)
      ? [
          {
            id: `yearly-minimum:${c.heldId}:${c.yearlyMinimum.period.start}`,
            kind: 'yearly-minimum' as const,
            date: c.yearlyMinimum.period.end,
            title: c.name,
            ...stamp(c.changedAt),
            yearly: c.yearlyMinimum,
          },
        ]
      : [],
  );
}

/** The goal behind a goal's target-date deadline (its id as goalDeadlines makes it); else null. */
export function goalIdOf(d: Pick<Deadline, 'id' | 'kind'>): string | null {
  return d.kind === 'goal' && d.id.startsWith(GOAL_PREFIX) ? d.id.slice(GOAL_PREFIX.length) : null;
}

/** All deadlines, earliest first; items without a real calendar day are left out. */
export function collectDeadlines(sources: DeadlineSources): Deadline[] {
  const all: Deadline[] = [
    ...cycleDeadlines(sources.cycles),
    ...yearlyDeadlines(sources.cycles),
    ...sources.exams.flatMap((e) =>
      e.date
        ? [
            {
              id: `exam:${e.heldId}`,
              kind: 'exam' as const,
              date: e.date,
              title: e.name,
              ...stamp(e.changedAt),
            },
          ]
        : [],
    ),
    ...sources.exams.flatMap((e) =>
      e.applicationEnd
        ? [
            {
              id: `application:${e.heldId}`,
              kind: 'application-end' as const,
              date: e.applicationEnd,
              title: e.name,
              ...stamp(e.changedAt),
            },
          ]
        : [],
    ),
    ...goalDeadlines(sources.goals),
    ...sources.courses.map((c) => ({
      id: `course:${c.id}`,
      kind: 'course' as const,
      date: c.date,
      title: c.title,
      ...stamp(c.changedAt),
    })),
    ...sources.events.map((e) => ({
      id: `event:${e.id}`,
      kind: 'event' as const,
      date: e.date,
      title: e.title,
      ...stamp(e.changedAt),
    })),
    ...sources.followUps.map((f) => ({
      id: `follow-up:${f.id}`,
      kind: 'follow-up' as const,
      date: f.date,
      title: f.title,
      ...stamp(f.changedAt),
    })),
    ...renewalDeadlines(sources.memberships),
  ];
  return all
    .filter((d) => isLocalDate(d.date))
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}

/** Deadlines on the days from `from` to `to` inclusive. */
export function deadlinesBetween(all: readonly Deadline[], from: LocalDate, to: LocalDate) {
  return all.filter((d) => d.date >= from && d.date <= to);
}

/**
 * The study planner's records (issue 7): a plan towards an exam or a goal, the blocks it
 * lays on the calendar, and the sessions the user really studied. Minutes are whole
 * numbers in 15-minute steps, so sums are exact (the profile keeps hours in 0.25 steps).
 */
import type { LocalDate } from '../../dates';
import type { WeeklyAvailability } from '../profile/profile';
import type { YearlyMinimumDue } from './yearly-minimum';

export const planStatuses = ['active', 'archived'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** What the plan prepares for: a held credential's exam, or a goal. */
export type PlanTarget = { kind: 'exam'; heldId: string } | { kind: 'goal'; goalId: string };

export interface StudyPlan {
  id: string;
  title: string;
  target: PlanTarget;
  hoursNeeded: number;
  start: LocalDate;
  /** The exam date (or the goal's target date): no study is planned on or after it. */
  deadline: LocalDate;
  /** Hours per weekday for this plan; a missing day uses the profile's availability. */
  availabilityOverride: Partial<WeeklyAvailability>;
  /** Days with no study at all (holidays, travel). */
  blackouts: readonly LocalDate[];
  /** Preferred length of one sitting, in minutes (15-minute steps). */
  sessionMinutes: number;
  /** Free days kept before the deadline for rest and review. */
  bufferDays: number;
  /** When the first sitting of a day begins, HH:mm (local, floating time). */
  dayStart: string;
  status: PlanStatus;
  /**
   * The first day the last re-plan (or saved edit) laid: the day it was made, or the next day
   * when that day's study already covered its blocks. The schedule is judged from here
   * (absent or null: from the start); see replannedOn in study-plans.ts.
   */
  replannedOn?: LocalDate | null;
}

/** One sitting on the calendar. `edited` marks a block the user moved or changed. */
export interface StudyBlock {
  id: string;
  planId: string;
  date: LocalDate;
  /** HH:mm, local time. */
  start: string;
  minutes: number;
  edited: boolean;
}

/** Study that really happened: typed in, or stopped from the focus timer. */
export interface StudySession {
  id: string;
  planId: string | null;
  date: LocalDate;
  minutes: number;
  topic: string;
  source: 'manual' | 'timer';
  /** The credit-log entry made from this session when the user asked for one. */
  activityId: string | null;
}

export const deadlineKinds = [
  'cycle-end',
  'yearly-minimum',
  'exam',
  'application-end',
  'goal',
  'milestone',
  'course',
  'event',
  'follow-up',
  'membership',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** A dated item from any part of the app; `id` is stable across runs (used for UIDs). */
export interface Deadline {
  id: string;
  kind: DeadlineKind;
  date: LocalDate;
  title: string;
  /** When the record behind it last changed (ISO timestamp), for the calendar's SEQUENCE. */
  changedAt?: string;
  /**
   * A goal's target date when the goal has already reached its target but is still marked
   * active: no work is left, so it is never due or overdue; it waits to be marked achieved.
   */
  met?: true;
  /**
   * A credential cycle's deadline once the cycle has ended unrenewed: the suspension's last
   * day, the day to renew by or the credential expires (deadlineMeaning, credits/pace.ts).
   */
  renewBy?: true;
  /**
   * A cycle end to be met by passing an exam, not by credits (PeopleCert's exam route,
   * domain-facts §3): said as "renew by exam".
   */
  byExam?: true;
  /**
   * A yearly minimum's last day (kind 'yearly-minimum', yearlyMinimumDue): the year, the rule's
   * minimum and what it still lacks on the day the deadlines were collected.
   */
  yearly?: YearlyMinimumDue;
}

export type { WeeklyAvailability };

/**
 * A block the user removed from the calendar ("Remove block"), remembered so that re-planning
 * keeps its time free (replanRemaining, `removed`) until its day has passed; Undo forgets it.
 */
export interface RemovedBlock {
  id: string;
  planId: string;
  date: LocalDate;
  /** HH:mm, local time. */
  start: string;
  minutes: number;
}

/**
 * A block that a re-plan, a plan edit or a plan delete took off the calendar, remembered so
 * the next calendar export can cancel the event a calendar app imported earlier
 * (calendar-items.ts, `cancelledBlocks`).
 */
export interface DroppedBlock {
  id: string;
  planId: string;
  date: LocalDate;
  /** HH:mm, local time. */
  start: string;
  minutes: number;
  /** The block's last change before it was dropped: the SEQUENCE it was last exported with. */
  updatedAt?: string;
  /** When it was dropped (ISO timestamp, UTC). */
  droppedAt: string;
}

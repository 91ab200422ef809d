/**
 * Row checks of the study planner (issue 7): plans, their calendar blocks, the sessions
 * really studied, the focus timer and the reminders already shown, each with every field the
 * planner, calendar, timer and progress report read, in the shape the study repositories
 * write (shared/domain/study/types.ts and timer.ts, renderer/src/db/repositories/study-*.ts).
 * Only what the type marks optional (a plan's `replannedOn`) may be absent.
 */
import { z } from 'zod';
import { weekdays } from '../../../../shared/domain/profile/profile';
import { planStatuses, type PlanTarget } from '../../../../shared/domain/study/types';
import type { StudySessionRow, TimerRow } from '../repositories/study-log';
import type { NotifiedRow } from '../repositories/study-notified';
import type { StudyBlockRow, StudyPlanRow } from '../repositories/study-plans';
import {
  amount,
  clockTime,
  id,
  localDate,
  recordOf,
  stamps,
  text,
  timestamp,
  wholeCount,
} from './row-fields';

const target = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('exam'), heldId: id }),
  z.looseObject({ kind: z.literal('goal'), goalId: id }),
]) satisfies z.ZodType<PlanTarget>;

const sessionSources = ['manual', 'timer'] as const satisfies readonly StudySessionRow['source'][];

export const studyRowSchemas = {
  studyPlans: recordOf<StudyPlanRow>()({
    id,
    title: text,
    target,
    hoursNeeded: amount,
    start: localDate,
    deadline: localDate,
    /** Hours per weekday; a day left out uses the profile's. */
    availabilityOverride: z.partialRecord(z.enum(weekdays), amount),
    blackouts: z.array(localDate),
    sessionMinutes: z.number().int().positive(),
    bufferDays: wholeCount,
    dayStart: clockTime,
    status: z.enum(planStatuses),
    replannedOn: localDate.nullish(),
    ...stamps,
  }),
  studyBlocks: recordOf<StudyBlockRow>()({
    id,
    planId: id,
    date: localDate,
    start: clockTime,
    minutes: wholeCount,
    edited: z.boolean(),
    ...stamps,
  }),
  studySessions: recordOf<StudySessionRow>()({
    id,
    planId: id.nullable(),
    date: localDate,
    minutes: wholeCount,
    topic: text,
    source: z.enum(sessionSources),
    activityId: id.nullable(),
    ...stamps,
  }),
  timer: recordOf<TimerRow>()({
    id: z.literal('focus'),
    planId: id.nullable(),
    topic: text,
    runningSince: timestamp.nullable(),
    accumulatedMs: amount,
    startedAt: timestamp.optional(),
    updatedAt: timestamp,
  }),
  notified: recordOf<NotifiedRow>()({
    id,
    deadlineId: id,
    day: localDate,
    at: timestamp,
    pending: z.literal(true).optional(),
  }),
} satisfies Record<string, z.ZodType>;

/**
 * What the user really studied (issue 7 part 3): manual entries and the focus timer, whose
 * start is stored so it survives a reload or a restart; and, only when asked, a session
 * turned into a credit-log entry (part 6). The entry names the session in its `sourceId`,
 * and whether a session is "in the credit log" is read from the credit log itself, so
 * deleting the entry there lets the session be claimed again.
 */
import { isLocalDate, type LocalDate } from '../../../../shared/dates';
import { validateActivity, type ActivityError } from '../../../../shared/domain/credits';
import {
  checkStudyCredit,
  pauseTimer,
  resumeTimer,
  SESSION_MINUTES_MAX,
  startTimer,
  timerAnswerError,
  timerStop,
  type StudyCreditChoice,
  type StudySession,
  type TimerState,
  type TimerStop,
} from '../../../../shared/domain/study';
import type { Store } from '../database';
import type { ActivityRow } from './activities';
import { listCustom, listHeld, withRules } from './credentials';
import { nowIso, writeTransaction } from './write';

export type StudySessionRow = StudySession & { createdAt: string; updatedAt: string };
export type TimerRow = TimerState & { id: 'focus'; updatedAt: string };

const sessions = (store: Store) => store.db.table<StudySessionRow, string>('studySessions');
const timer = (store: Store) => store.db.table<TimerRow, string>('timer');
const activities = (store: Store) => store.db.table<ActivityRow, string>('activities');
const plans = (store: Store) => store.db.table<{ id: string }, string>('studyPlans');

/** Whether `planId` names a plan still stored (null, "no plan", always does). */
async function planStored(store: Store, planId: string | null): Promise<boolean> {
  return planId === null || (await plans(store).get(planId)) !== undefined;
}

/**
 * Newest first: by day, then, within a day, by when the session was logged (its createdAt; the
 * id, a random UUID, only settles a tie so the order never changes from one read to the next).
 */
export async function listSessions(store: Store): Promise<StudySessionRow[]> {
  const rows = await sessions(store).orderBy('date').reverse().toArray();
  return rows.sort(
    (a, b) =>
      compareText(b.date, a.date) ||
      compareText(b.createdAt, a.createdAt) ||
      compareText(b.id, a.id),
  );
}

/** Code-unit order, as IndexedDB orders its string keys (not the locale's). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const getTimer = async (store: Store) => (await timer(store).get('focus')) ?? null;

export const SESSION_LIMITS = { topicMax: 200, minutesMax: SESSION_MINUTES_MAX } as const;
export type SessionInput = Pick<StudySession, 'planId' | 'date' | 'minutes' | 'topic'>;
/** `planId: 'PLAN_GONE'`: the chosen plan was deleted (in another window) before the save. */
export type SessionErrors = Partial<Record<'planId' | 'date' | 'minutes' | 'topic', string>>;

/** Codes per field: a real day not after today, 1 to 960 whole minutes, a short topic. */
export function validateSession(input: SessionInput, asOf: LocalDate): SessionErrors {
  const errors: SessionErrors = {};
  if (!isLocalDate(input.date)) errors.date = 'DATE_INVALID';
  else if (input.date > asOf) errors.date = 'IN_FUTURE';
  const m = input.minutes;
  if (!Number.isInteger(m) || m < 1 || m > SESSION_LIMITS.minutesMax)
    errors.minutes = 'OUT_OF_RANGE';
  if (input.topic.trim().length > SESSION_LIMITS.topicMax) errors.topic = 'TOO_LONG';
  return errors;
}

function sessionRow(input: SessionInput, source: StudySession['source']): StudySessionRow {
  const now = nowIso();
  return {
    ...input,
    topic: input.topic.trim(),
    id: crypto.randomUUID(),
    source,
    activityId: null,
    createdAt: now,
    updatedAt: now,
  };
}

export async function addSession(
  store: Store,
  input: SessionInput,
  asOf: LocalDate,
): Promise<{ ok: true; value: StudySessionRow } | { ok: false; errors: SessionErrors }> {
  const errors = validateSession(input, asOf);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const row = sessionRow(input, 'manual');
  // A session typed in for a plan deleted since the form was drawn is refused, not saved
  // against a plan that is gone: the person chose that plan and is told (sessionErrors).
  return writeTransaction(store, ['studySessions', 'studyPlans'], async () => {
    if (!(await planStored(store, input.planId)))
      return { ok: false as const, errors: { planId: 'PLAN_GONE' } };
    await sessions(store).add(row);
    return { ok: true as const, value: row };
  });
}

export async function deleteSession(store: Store, id: string) {
  return writeTransaction(store, ['studySessions'], async () => {
    const row = await sessions(store).get(id);
    if (row) await sessions(store).delete(id);
    return row;
  });
}

export async function restoreSession(store: Store, row: StudySessionRow): Promise<void> {
  await writeTransaction(store, ['studySessions'], () => sessions(store).put(row));
}

// Focus timer -----------------------------------------------------------------------------

/**
 * Starts the timer for a plan (or none). A plan deleted since it was chosen is refused, writing
 * nothing, so the timer never starts on a plan that is gone.
 */
export async function startFocus(
  store: Store,
  planId: string | null,
  topic: string,
): Promise<{ ok: true } | { ok: false; why: 'PLAN_GONE' }> {
  return writeTransaction(store, ['timer', 'studyPlans'], async () => {
    if (!(await planStored(store, planId)))
      return { ok: false as const, why: 'PLAN_GONE' as const };
    const state = startTimer(planId, topic.trim().slice(0, SESSION_LIMITS.topicMax), nowIso());
    await timer(store).put({ ...state, id: 'focus', updatedAt: nowIso() });
    return { ok: true as const };
  });
}

/**
 * The plan a stopped run is logged for. A plan deleted while the timer ran is not refused: the
 * time was really studied, so the session is logged with no plan rather than lost or kept
 * against a plan that is gone ("Deleted plan"). It is read at the stop, in the writing
 * transaction, so a plan whose delete was undone before the stop keeps its session.
 */
async function runPlanId(store: Store, t: TimerRow): Promise<string | null> {
  return (await planStored(store, t.planId)) ? t.planId : null;
}

/**
 * Pause and Resume read the timer and write it in one transaction, as stopFocus does: a timer
 * stopped or discarded (in another window) between the read and the write is not put back.
 */
export async function pauseFocus(store: Store): Promise<void> {
  await changeTimer(store, pauseTimer);
}

export async function resumeFocus(store: Store): Promise<void> {
  await changeTimer(store, resumeTimer);
}

async function changeTimer(
  store: Store,
  change: (t: TimerState, now: string) => TimerState,
): Promise<void> {
  await writeTransaction(store, ['timer'], async () => {
    const t = await timer(store).get('focus');
    if (!t) return;
    const now = nowIso();
    await timer(store).put({ ...change(t, now), id: 'focus', updatedAt: now });
  });
}

/** What stopping the timer did: the session it logged, or why it logged none. */
export type StopResult =
  | { logged: StudySessionRow }
  | { logged: null; why: 'NO_TIMER' | 'UNDER_HALF_A_MINUTE' }
  /** A run to check first (timerStop): nothing was written and the timer is as it was. */
  | { logged: null; why: 'NEEDS_CHECK'; run: TimerStop; timer: TimerRow };

/**
 * Stops the timer and logs its time as a session on the day it started, both in one
 * transaction; none under half a minute. A run that needs checking (a likely forgotten timer,
 * more than a session holds, or past midnight: timerStop) is never logged or cut silently:
 * nothing is written, and the caller asks the person for the minutes (logFocus).
 */
export async function stopFocus(store: Store): Promise<StopResult> {
  const tables = ['timer', 'studySessions', 'studyPlans'];
  return writeTransaction(store, tables, async (): Promise<StopResult> => {
    const t = await timer(store).get('focus');
    if (!t) return { logged: null, why: 'NO_TIMER' };
    const run = timerStop(t, nowIso(), t.updatedAt);
    if (run.check) return { logged: null, why: 'NEEDS_CHECK', run, timer: t };
    if (run.minutes === 0) {
      await timer(store).delete('focus');
      return { logged: null, why: 'UNDER_HALF_A_MINUTE' };
    }
    const planId = await runPlanId(store, t);
    const row = sessionRow(
      { planId, topic: t.topic, minutes: run.minutes, date: run.date },
      'timer',
    );
    await sessions(store).add(row);
    await timer(store).delete('focus');
    return { logged: row };
  });
}

export type LogFocusResult =
  | { ok: true; value: StudySessionRow }
  | { ok: false; errors: SessionErrors }
  /** The timer was stopped, discarded, paused or started again since it was asked about. */
  | { ok: false; why: 'CHANGED' };

const sameTimer = (a: TimerRow, b: TimerRow) =>
  a.updatedAt === b.updatedAt &&
  a.runningSince === b.runningSince &&
  a.accumulatedMs === b.accumulatedMs;

/**
 * Logs the minutes the person gave for a run that needed checking, on the day the timer
 * started, and stops the timer; checked as the session form checks (validateSession), and no
 * more than the timer ran (timerAnswerError: `MORE_THAN_TIMER`). `seen`
 * is the timer as it was when asked: if it has changed since, nothing is written.
 */
export async function logFocus(
  store: Store,
  minutes: number,
  seen: TimerRow,
  asOf: LocalDate,
): Promise<LogFocusResult> {
  const tables = ['timer', 'studySessions', 'studyPlans'];
  return writeTransaction(store, tables, async (): Promise<LogFocusResult> => {
    const t = await timer(store).get('focus');
    if (!t || !sameTimer(t, seen)) return { ok: false, why: 'CHANGED' };
    const run = timerStop(t, nowIso(), t.updatedAt);
    const input = { planId: await runPlanId(store, t), topic: t.topic, minutes, date: run.date };
    const errors = validateSession(input, asOf);
    const overTimer = errors.minutes ? null : timerAnswerError(minutes, run.minutes);
    if (overTimer) errors.minutes = overTimer;
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    const row = sessionRow(input, 'timer');
    await sessions(store).add(row);
    await timer(store).delete('focus');
    return { ok: true, value: row };
  });
}

/** Throws the timer away, logging nothing; returns it as it was, for Undo (restoreFocus). */
export async function discardFocus(store: Store): Promise<TimerRow | undefined> {
  return writeTransaction(store, ['timer'], async () => {
    const row = await timer(store).get('focus');
    if (row) await timer(store).delete('focus');
    return row;
  });
}

/**
 * Puts a discarded timer back exactly as it was, so it runs on from its original start. False,
 * writing nothing, when a timer has been started since: Undo never overwrites it.
 */
export async function restoreFocus(store: Store, row: TimerRow): Promise<boolean> {
  return writeTransaction(store, ['timer'], async () => {
    if (await timer(store).get('focus')) return false;
    await timer(store).put(row);
    return true;
  });
}

// Study time as credit (only when asked) ---------------------------------------------------

export type ClaimResult =
  | { ok: true; activity: ActivityRow }
  | { ok: false; reason: 'NOT_FOUND' | 'ALREADY_CLAIMED' | 'TOO_SHORT' | 'NO_EARNED_CREDENTIAL' }
  | { ok: false; reason: 'NOT_ACCEPTED' }
  | { ok: false; reason: 'INVALID'; errors: ActivityError[] };

/**
 * The database form of claimedBy (shared/domain/study/to-credit.ts): the same rule read
 * through the credit log's sourceId index instead of the whole log.
 */
async function existingClaim(store: Store, session: StudySessionRow) {
  const bySource = await activities(store).where('sourceId').equals(session.id).first();
  if (bySource) return bySource;
  return session.activityId ? activities(store).get(session.activityId) : undefined;
}

/**
 * Adds the session to the credit log, when at least one held, earned credential accepts it
 * on its date with the chosen type and area (checkStudyCredit: the credit rules decide).
 */
export async function claimSessionAsCredit(
  store: Store,
  sessionId: string,
  choice: StudyCreditChoice,
  asOf: LocalDate,
): Promise<ClaimResult> {
  const tables = ['studySessions', 'activities', 'credentials', 'customCredentials'];
  return writeTransaction(store, tables, async (): Promise<ClaimResult> => {
    const session = await sessions(store).get(sessionId);
    if (!session) return { ok: false, reason: 'NOT_FOUND' };
    if (await existingClaim(store, session)) return { ok: false, reason: 'ALREADY_CLAIMED' };
    const held = withRules(await listHeld(store), await listCustom(store));
    const check = checkStudyCredit(session, choice, held, asOf);
    if (!check.ok) return { ok: false, reason: check.code };
    const now = nowIso();
    const activity: ActivityRow = {
      ...check.activity,
      id: crypto.randomUUID(),
      sourceId: session.id,
      createdAt: now,
      updatedAt: now,
    };
    const errors = validateActivity(activity, asOf);
    if (errors.length > 0) return { ok: false, reason: 'INVALID', errors };
    await activities(store).add(activity);
    await sessions(store).put({ ...session, activityId: activity.id, updatedAt: now });
    return { ok: true, activity };
  });
}

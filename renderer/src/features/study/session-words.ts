/**
 * The words of logged study: a session's and a calendar block's errors, the focus timer's
 * check before a run is logged, and whether a session can go to the credit log, for which
 * credentials (messages.ts re-exports them).
 */
import type { LocalDate } from '../../../../shared/dates';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type {
  BlockChangeError,
  StudyCreditCheck,
  StudyPlan,
  TimerCheck,
} from '../../../../shared/domain/study';
import { formatDate, listText } from '../../components/format';
import { reasonText } from '../credentials/messages';
import { minutesText } from './time-words';

export const sessionErrors: Record<string, string> = {
  DATE_INVALID: 'Enter a real date.',
  IN_FUTURE: 'A session cannot be logged for a day that has not come yet.',
  OUT_OF_RANGE: 'Type whole minutes between 1 and 960.',
  TOO_LONG: 'Keep the topic under 200 characters.',
  PLAN_GONE: 'That plan was deleted. Choose another plan or No plan, then log the session again.',
};

/** What the session form says after "Logged …". */
export const sessionFormText = {
  /** The plan chosen in the form was deleted before the session was logged (SessionForm). */
  withoutPlan: 'The plan chosen for it was deleted, so it is logged with no plan.',
};

/** What the focus timer says when a stopped run needs checking before it is logged. */
export const timerCheckText = {
  /** "The timer ran 71 h 3 min since 22 Nov 2026, 09:00. How many minutes did you study?" */
  question: (minutes: number, since: string) =>
    `The timer ran ${minutesText(minutes)} since ${since}. How many minutes did you study?`,
  why: {
    OVER_MAXIMUM:
      'That is more than one session can hold (16 h), so nothing was logged yet. Type the minutes you really studied, 960 at most.',
    LONG: 'That is longer than most sittings: the timer may have been left running. Type the minutes you really studied.',
    NEXT_DAY: 'It ran past midnight, so nothing was logged yet. Check the minutes, then log them.',
  } satisfies Record<TimerCheck, string>,
  date: (date: LocalDate) => `The session goes on ${formatDate(date)}, the day the timer started.`,
  /** More minutes given than the timer ran (MORE_THAN_TIMER, timerAnswerError). */
  moreThanTimer: (minutes: number) =>
    `The timer ran ${minutesText(minutes)}: type ${minutes} minutes or fewer. Study done without the timer can be logged in “Log a study session”.`,
  logged: (minutes: number, date: LocalDate) =>
    `Logged ${minutesText(minutes)} of study on ${formatDate(date)}.`,
  changed:
    'The timer was stopped or changed in another window, so nothing was logged. Check the timer here and try again.',
  notBack:
    'A new timer was started since, so the discarded one was not put back. Stop or discard the new timer first, then log the time by hand.',
  /** Start refused: the chosen plan was deleted (in another window) since it was chosen. */
  planGone: 'That plan was deleted, so the timer did not start. Choose another plan or No plan.',
  /** After "Logged …": the timer's plan was deleted while it ran (stopFocus, logFocus). */
  withoutPlan: 'Its plan was deleted while the timer ran, so it is logged with no plan.',
};

export const blockErrors: Record<string, string> = {
  DATE_INVALID: 'Choose a real date.',
  DAY_PASSED:
    'That day has passed: a block plans study still to come. Choose today or a later day.',
  /** Without the plan at hand; blockErrorText names the day when it is known. */
  AFTER_DEADLINE: 'Pick a day before the exam or target date: no study is planned on or after it.',
  NO_STUDY_DAY:
    "That day is one of this plan's days with no study. Choose another day, or first take it off the plan's “Days with no study” (Edit plan).",
  TIME_INVALID: 'Enter a time of day, for example 18:00.',
  MINUTES_INVALID: 'Use 15-minute steps, from 15 minutes to 16 hours.',
  PAST_MIDNIGHT:
    'This block would run past midnight. Start it earlier or make it shorter, so it ends by midnight.',
  NOT_FOUND: 'This block no longer exists; it may have been re-planned.',
  CHANGED:
    'This block was moved or changed in another window while this one was open, so nothing was saved. Cancel, then open the block again to see where it is now.',
} satisfies Record<BlockChangeError | 'NOT_FOUND' | 'CHANGED', string>;

/**
 * A refused block change in words; with the block's plan, a day on or after its deadline names
 * it: "Pick a day before the exam on 15 Feb 2027: no study is planned on or after it." When no
 * day is left before it (`today` on or after the deadline), it says what would help instead.
 */
export function blockErrorText(
  code: string,
  plan?: Pick<StudyPlan, 'deadline' | 'target'>,
  today?: LocalDate,
): string {
  if (code !== 'AFTER_DEADLINE' || !plan) return blockErrors[code] ?? code;
  const exam = plan.target.kind === 'exam';
  const when = formatDate(plan.deadline);
  if (today && today >= plan.deadline)
    return exam
      ? `No day is left to study before the exam on ${when}. To plan more study, change the plan's exam date.`
      : `No day is left to study before the target date, ${when}. To plan more study, change the plan's target date.`;
  return exam
    ? `Pick a day before the exam on ${when}: no study is planned on or after it.`
    : `Pick a day before the target date, ${when}: no study is planned on or after it.`;
}

/** Names of held credentials by id: their acronym ("PMP"). */
export function heldNames(held: readonly HeldWithRule[]): Map<string, string> {
  return new Map(held.map((h) => [h.credential.id, h.rule.acronym]));
}

/** Why a study session cannot go to the credit log (with this choice, or at all). */
export function claimRefusalText(
  check: Exclude<StudyCreditCheck, { ok: true }>,
  held: readonly HeldWithRule[],
  date: string,
): string {
  switch (check.code) {
    case 'TOO_SHORT':
      return 'A session shorter than 15 minutes cannot be claimed.';
    case 'NO_EARNED_CREDENTIAL':
      return 'No earned credential to claim it for: study time counts once you hold a credential that needs continuing education.';
    case 'NOT_ACCEPTED': {
      const unitOf = new Map(held.map((h) => [h.credential.id, h.rule.unit]));
      const names = heldNames(held);
      const why = check.refusals.map(
        (r) =>
          `${names.get(r.heldId) ?? 'A credential'}: ${reasonText(r.reason, unitOf.get(r.heldId) ?? 'PDU')}`,
      );
      return `No credential you hold accepts study on ${formatDate(date)}. ${why.join(' ')}`;
    }
  }
}

/** "Counts for PMP and PgMP." */
export function acceptedText(heldIds: readonly string[], held: readonly HeldWithRule[]): string {
  const names = heldNames(held);
  const list = heldIds.map((id) => names.get(id) ?? 'a credential');
  return `Counts for ${listText(list)}.`;
}

/**
 * Turning study time into a credit-log entry, only when the user asks (issue 7 part 6).
 * Self-study counts as PMI's "Read" or "Online or digital media" education types
 * (domain-facts §1); hours are rounded down to a quarter hour so nothing is over-claimed.
 * Whether a credential accepts it is the credit rules' own decision (applyActivity, the same
 * placement the credit log uses); nothing here repeats those rules.
 */
import type { LocalDate } from '../../dates';
import { areas, type Area } from '../../catalog/credentials/types';
import type { HeldWithRule } from '../credentials';
import { applyActivity, type Activity, type Reason } from '../credits';
import type { StudySession } from './types';

export const studyCreditTypes = ['read', 'online-or-digital-media'] as const;
export type StudyCreditType = (typeof studyCreditTypes)[number];

/** Counted hours of a session: whole quarter hours, rounded down. */
export function sessionCreditHours(minutes: number): number {
  return Math.floor(minutes / 15) / 4;
}

/** The activity a session becomes, or null when it is shorter than a quarter hour. */
export function activityFromSession(
  session: Pick<StudySession, 'date' | 'minutes' | 'topic'>,
  type: StudyCreditType,
  area: Area,
  planTitle: string | null,
): Omit<Activity, 'id'> | null {
  const hours = sessionCreditHours(session.minutes);
  if (hours <= 0) return null;
  const date: LocalDate = session.date;
  return {
    date,
    title: session.topic.trim() || planTitle || 'Self-study',
    type,
    amount: hours,
    unit: 'hours',
    // All of a sitting counts in the one Talent Triangle area the user picked.
    split: { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0, [area]: hours },
    status: 'earned',
    notes: planTitle ? `Study session for ${planTitle}` : 'Study session',
  };
}

export interface StudyCreditChoice {
  type: StudyCreditType;
  area: Area;
  planTitle: string | null;
}

export type StudyCreditCheck =
  | { ok: true; activity: Omit<Activity, 'id'>; acceptedBy: string[] }
  | { ok: false; code: 'TOO_SHORT' | 'NO_EARNED_CREDENTIAL' }
  | { ok: false; code: 'NOT_ACCEPTED'; refusals: { heldId: string; reason: Reason }[] };

type Session = Pick<StudySession, 'id' | 'date' | 'minutes' | 'topic'>;

/**
 * Whether the session, claimed with this type and area, would count for at least one held
 * credential on its date. `acceptedBy` lists the held credentials' ids it counts for; when
 * none accepts it, the refusal says why per credential (NOT_HELD ones left out: a credential
 * not yet earned takes no continuing education, and is reported as NO_EARNED_CREDENTIAL when
 * it is the only kind held).
 */
export function checkStudyCredit(
  session: Session,
  choice: StudyCreditChoice,
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): StudyCreditCheck {
  const draft = activityFromSession(session, choice.type, choice.area, choice.planTitle);
  if (!draft) return { ok: false, code: 'TOO_SHORT' };
  const applied = applyActivity({ ...draft, id: session.id }, held, asOf);
  const acceptedBy = applied.filter((a) => a.outcome === 'counts').map((a) => a.heldId);
  if (acceptedBy.length > 0) return { ok: true, activity: draft, acceptedBy };
  const refusals = applied
    .map((a) => ({ heldId: a.heldId, reason: a.reasons[0] }))
    .filter((r): r is { heldId: string; reason: Reason } => !!r.reason)
    .filter((r) => r.reason.code !== 'NOT_HELD');
  if (refusals.length === 0) return { ok: false, code: 'NO_EARNED_CREDENTIAL' };
  return { ok: false, code: 'NOT_ACCEPTED', refusals };
}

/** Every choice a user can make for a study claim, in the order the form lists them. */
export const studyCreditChoices = (planTitle: string | null): StudyCreditChoice[] =>
  studyCreditTypes.flatMap((type) => areas.map((area) => ({ type, area, planTitle })));

/**
 * Whether the session can be claimed at all: the first choice (type and area) some held
 * credential accepts, or, when none does, why not. The reasons are those of a Power Skills
 * claim, which every PMI credential takes, so what is left is about the date or the
 * credential, not the area.
 */
export function claimableStudy(
  session: Session,
  planTitle: string | null,
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): { choice: StudyCreditChoice; check: StudyCreditCheck } {
  for (const choice of studyCreditChoices(planTitle)) {
    const check = checkStudyCredit(session, choice, held, asOf);
    if (check.ok) return { choice, check };
  }
  const choice: StudyCreditChoice = { type: 'read', area: 'powerSkills', planTitle };
  return { choice, check: checkStudyCredit(session, choice, held, asOf) };
}

/**
 * The credit-log entry made from a session, if it is still there: the entry that names the
 * session as its source, or the one an earlier version linked from the session itself.
 */
export function claimedBy<A extends { id: string; sourceId?: string }>(
  session: Pick<StudySession, 'id' | 'activityId'>,
  log: readonly A[],
): A | undefined {
  return log.find((a) => a.sourceId === session.id || a.id === session.activityId);
}

/**
 * Turning study time into a credit-log entry, only when the user asks (issue 7 part 6).
 * Self-study counts as PMI's "Read" or "Online or digital media" education types
 * (domain-facts §1); hours are rounded down to a quarter hour so nothing is over-claimed.
 */
import type { LocalDate } from '../../dates';
import type { Area } from '../../catalog/credentials/types';
import type { Activity } from '../credits';
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

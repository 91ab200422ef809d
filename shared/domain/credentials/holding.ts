/**
 * What tells one holding of a credential from another of the same credential (held twice: an
 * earlier one let lapse, then earned again). Ascent rule, as the report's cycle choice tells
 * two credentials of one name apart (by their cycle's days) and the Credentials screen shows a
 * holding (its live status, credentialStatus; its cycle, cycleOn): the status on `asOf` and
 * the days of the cycle in force then, or of the last one (an expired holding's); without a
 * cycle (lifetime credentials, one earned after `asOf`) the day it was earned; before it is
 * earned, the exam day if one is set.
 */
import { isLocalDate, type LocalDate } from '../../dates';
import { cyclesFor, type CycleContext } from './cycles';
import type { CredentialStatus, HeldWithRule } from './held';
import { credentialStatus, cycleOn } from './status';

export type HoldingDays =
  | { kind: 'cycle'; start: LocalDate; end: LocalDate }
  | { kind: 'earned'; on: LocalDate }
  | { kind: 'exam'; on: LocalDate };

export interface Holding {
  status: CredentialStatus;
  /** Null when there is no day to tell it by (a target with no exam date). */
  days: HoldingDays | null;
}

export function holdingOf(h: HeldWithRule, asOf: LocalDate, context?: CycleContext): Holding {
  const { credential, rule } = h;
  const status = credentialStatus(credential, rule, asOf, context);
  const cycle = cycleOn(cyclesFor(credential, rule, asOf, context), asOf);
  if (cycle) return { status, days: { kind: 'cycle', start: cycle.start, end: cycle.end } };
  if (credential.stage === 'earned' && isLocalDate(credential.earnedDate))
    return { status, days: { kind: 'earned', on: credential.earnedDate } };
  if (credential.stage !== 'earned' && isLocalDate(credential.examDate))
    return { status, days: { kind: 'exam', on: credential.examDate } };
  return { status, days: null };
}

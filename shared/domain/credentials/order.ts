/**
 * The order held credentials are listed in, everywhere (dashboard, credentials screen,
 * report, filters): those earned first, then the exam booked, preparing, and targets; within
 * each, by acronym as a person reads it (PgMP before PMP, PRINCE2 before PRINCE2 Agile), then
 * the earlier certification, then by id so two rows never swap from one list to the next.
 * Before, lists followed the stored id, a random string, so every user saw a different order.
 * The credentials screen lists expired credentials apart, after the others (byStanding).
 */
import type { CredentialRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import { cyclesFor, type CycleContext } from './cycles';
import type { CredentialStatus, HeldCredential, HeldStage, HeldWithRule } from './held';
import { credentialStatus, cycleOn } from './status';

const stageRank: Record<HeldStage, number> = {
  earned: 0,
  'exam-booked': 1,
  preparing: 2,
  target: 3,
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareHeld(a: HeldWithRule, b: HeldWithRule): number {
  const x = a.credential;
  const y = b.credential;
  return (
    stageRank[x.stage] - stageRank[y.stage] ||
    collator.compare(a.rule.acronym, b.rule.acronym) ||
    collator.compare(a.rule.name, b.rule.name) ||
    (x.earnedDate ?? '').localeCompare(y.earnedDate ?? '') ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

/** `held` in listing order (compareHeld); a new list. */
export function inListingOrder<T extends HeldWithRule>(held: readonly T[]): T[] {
  return [...held].sort(compareHeld);
}

/** A held credential with its live status on a day (credentialStatus). */
export interface HeldWithStatus<T extends HeldWithRule = HeldWithRule> {
  held: T;
  status: CredentialStatus;
}

/** An expired credential and the first day it was expired (null only if that is unknown). */
export interface ExpiredHeld<T extends HeldWithRule = HeldWithRule> extends HeldWithStatus<T> {
  expiredOn: LocalDate | null;
}

/** The credentials screen's two lists (byStanding). */
export interface HeldByStanding<T extends HeldWithRule = HeldWithRule> {
  held: HeldWithStatus<T>[];
  noLongerHeld: ExpiredHeld<T>[];
}

/**
 * The first day `held` is expired on `asOf`: the day after its unrenewed cycle's suspension
 * year (PMI, IIBA), or after the cycle itself where the rule has no suspension — the cycle's
 * `lapsesOn` (cycles.ts). Null when it is not expired on `asOf`.
 */
export function expiredOn(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): LocalDate | null {
  const cycle = cycleOn(cyclesFor(held, rule, asOf, context), asOf);
  return cycle?.phase === 'lapsed' && cycle.lapseKind === 'expired' ? cycle.lapsesOn : null;
}

/**
 * Order within "No longer held" (Ascent's choice): the most recently expired first, since the
 * one that lapsed last is the one a person is likeliest still to look up; the same day, then
 * one with no known day, in listing order (compareHeld).
 */
export function compareNoLongerHeld(a: ExpiredHeld, b: ExpiredHeld): number {
  const x = a.expiredOn ?? '';
  const y = b.expiredOn ?? '';
  return (x < y ? 1 : x > y ? -1 : 0) || compareHeld(a.held, b.held);
}

/**
 * The credentials screen's grouping (Ascent's choice): a credential expired on `asOf` — one the
 * person no longer holds and can only get again by its exam — goes to "No longer held"
 * (compareNoLongerHeld), so a long career's lapsed credentials do not crowd the ones being
 * worked on. Every other one stays in the main list in listing order (compareHeld): suspended
 * ones can still be renewed, and PeopleCert's "not current" certificates still count.
 * `context` is the person's whole list (credentialStatus), usually `{ alsoHeld: held }`.
 */
export function byStanding<T extends HeldWithRule>(
  held: readonly T[],
  asOf: LocalDate,
  context?: CycleContext,
): HeldByStanding<T> {
  const out: HeldByStanding<T> = { held: [], noLongerHeld: [] };
  for (const h of inListingOrder(held)) {
    const status = credentialStatus(h.credential, h.rule, asOf, context);
    if (status !== 'expired') out.held.push({ held: h, status });
    else
      out.noLongerHeld.push({
        held: h,
        status,
        expiredOn: expiredOn(h.credential, h.rule, asOf, context),
      });
  }
  out.noLongerHeld.sort(compareNoLongerHeld);
  return out;
}

/**
 * Credential cycles computed from the certification date and the recorded renewals (issue 3
 * part 2; domain-facts §1, §3, §4). Recording a renewal starts the next cycle.
 */
import type { CredentialRule } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import { dayAfter, laterOf } from './calendar';
import type { HeldCredential, HeldWithRule, Renewal, RenewalMethod } from './held';
import {
  anniversaryLayout,
  isacaLayout,
  peopleCertLayout,
  type CyclePeriod,
  type Frame,
  type Layout,
} from './layouts';

export type { CyclePeriod } from './layouts';

/** Where a cycle stands on `asOf`. */
export type CyclePhase = 'upcoming' | 'current' | 'renewed' | 'suspended' | 'lapsed';

export interface Cycle {
  index: number;
  start: LocalDate;
  /** Inclusive last day: the renew-by date. */
  end: LocalDate;
  /** The days whose activities count towards this cycle (see countTo in layouts.ts). */
  countFrom: LocalDate;
  countTo: LocalDate;
  renewedOn: LocalDate | null;
  renewalMethod: RenewalMethod | null;
  /** The suspension that follows an unrenewed end (null when the rule has none). */
  suspension: CyclePeriod | null;
  /** First day the credential is expired / not current if this cycle is not renewed. */
  lapsesOn: LocalDate;
  lapseKind: 'expired' | 'not-current';
  /** Sub-periods with their own minimum: ISACA calendar years, PeopleCert CPD years. */
  periods: readonly CyclePeriod[];
  phase: CyclePhase;
}

export interface CycleContext {
  /** The user's other credentials: PeopleCert suite exams, Scrum Alliance tracks. */
  alsoHeld?: readonly HeldWithRule[];
}

const MAX_CYCLES = 200;

/**
 * The day PeopleCert's renew-by rule began (domain-facts §3, B: "since 1 Jan 2023 every level,
 * Foundation included, has a renew-by date 3 years after the exam").
 */
export const PEOPLECERT_RENEW_BY_FROM: LocalDate = '2023-01-01';

/**
 * True for a certificate from an exam before the first day its rule gives a renew-by date
 * (`renewByFrom`: PRINCE2 Foundation before 1 Jan 2023, §3 and §5.4): it has no renew-by
 * date until a later exam in the suite, or a retake, on or after that day.
 */
export function passedBeforeRenewBy(
  held: Pick<HeldCredential, 'earnedDate'>,
  rule: Pick<CredentialRule, 'renewByFrom'>,
): boolean {
  const from = rule.renewByFrom?.value;
  return !!from && isLocalDate(held.earnedDate) && held.earnedDate < from;
}

/**
 * Where the cycles of a held credential start, and the renewals after that start. For a
 * certificate passed before its rule's renew-by dates began (passedBeforeRenewBy), the first
 * cycle starts on the first exam of the suite (or retake) on or after that day; the renewals
 * before it renew nothing. Null when there is no such exam: no cycles.
 */
function startOf(
  held: HeldCredential,
  rule: CredentialRule,
  renewals: Renewal[],
): { start: LocalDate; renewals: Renewal[] } | null {
  const earned = held.earnedDate!;
  if (!passedBeforeRenewBy(held, rule)) return { start: earned, renewals };
  const from = rule.renewByFrom!.value;
  const at = renewals.findIndex((r) => r.method === 'exam' && r.date >= from);
  if (at < 0) return null;
  return { start: renewals[at]!.date, renewals: renewals.slice(at + 1) };
}

function layoutFor(rule: CredentialRule, earned: LocalDate): Layout | null {
  const months = rule.cycleMonths?.value;
  if (rule.cycleKind === 'lifetime' || !months || months <= 0) return null;
  if (rule.cycleKind === 'peoplecert-renew-by') return peopleCertLayout(months, rule);
  if (rule.cycleKind === 'isaca-annual-and-3y') return isacaLayout(earned, months);
  return anniversaryLayout(earned, months, rule);
}

/**
 * The days the user passed another exam in the same PeopleCert suite as `held` (another
 * credential of the suite, earned): each renews `held` too (domain-facts §3, B). None for a
 * credential outside a suite.
 */
export function suiteExamDays(
  held: Pick<HeldCredential, 'id'>,
  rule: Pick<CredentialRule, 'suite'>,
  context?: CycleContext,
): LocalDate[] {
  if (rule.suite === null) return [];
  return (context?.alsoHeld ?? [])
    .filter((o) => o.credential.id !== held.id && o.rule.suite === rule.suite)
    .filter((o) => o.credential.stage === 'earned' && isLocalDate(o.credential.earnedDate))
    .map((o) => o.credential.earnedDate!);
}

/**
 * Renewals known on `asOf`: the recorded ones, and for PeopleCert every later exam in the
 * same suite held by the user, which renews all of them (suiteExamDays).
 */
function renewalsFor(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
) {
  const earned = held.earnedDate!;
  const recorded: Renewal[] = (held.renewals ?? []).map((r) => ({
    date: r.date,
    method: r.method ?? 'credits',
  }));
  const suiteExams: Renewal[] = suiteExamDays(held, rule, context).map((date) => ({
    date,
    method: 'exam',
  }));
  return [...recorded, ...suiteExams]
    .filter((r) => isLocalDate(r.date) && r.date > earned && r.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function phaseOf(frame: Frame, renewal: Renewal | undefined, asOf: LocalDate): CyclePhase {
  if (asOf < frame.start) return 'upcoming';
  if (asOf <= frame.end) return 'current';
  if (renewal) return 'renewed';
  if (frame.suspensionEnd && asOf <= frame.suspensionEnd) return 'suspended';
  return 'lapsed';
}

function toCycle(
  frame: Frame,
  index: number,
  countFrom: LocalDate,
  renewal: Renewal | undefined,
  layout: Layout,
  asOf: LocalDate,
): Cycle {
  return {
    index,
    start: frame.start,
    end: frame.end,
    countFrom,
    countTo: renewal ? layout.countTo(frame, renewal) : (frame.suspensionEnd ?? frame.end),
    renewedOn: renewal?.date ?? null,
    renewalMethod: renewal?.method ?? null,
    suspension: frame.suspensionEnd
      ? { start: dayAfter(frame.end), end: frame.suspensionEnd }
      : null,
    lapsesOn: dayAfter(frame.suspensionEnd ?? frame.end),
    lapseKind: frame.lapseKind,
    periods: frame.periods,
    phase: phaseOf(frame, renewal, asOf),
  };
}

/**
 * The last day on which a renewal still falls to `cycle`, renewed (its renewedOn), rather than
 * to the next one: a second renewal on or before it renews nothing (domain-facts §1: one
 * renewal a cycle; the suspension year belongs to the cycle it follows). The renewal's own day,
 * or, when it came late in the suspension year (PMI, IIBA), that year's last day: the next
 * cycle, running since the anniversary, is not renewed by another renewal in that year. For a
 * cycle not renewed, its end.
 */
export function renewedThrough(cycle: Pick<Cycle, 'end' | 'renewedOn' | 'suspension'>): LocalDate {
  const on = cycle.renewedOn;
  if (on === null) return cycle.end;
  return on > cycle.end && cycle.suspension ? laterOf(on, cycle.suspension.end) : on;
}

/**
 * The cycles of a held credential, oldest first (issue 3 part 2). Starts on the earned date
 * and follows the body's layout; each recorded renewal (on or before `asOf`) that falls in
 * a cycle's renewal window starts the next cycle; one that starts it before this cycle's end
 * (PeopleCert's exam, §3) ends this cycle the day before, so cycles never overlap. A renewal
 * can renew only a cycle after the previous renewal's (renewedThrough): two renewals of one
 * cycle never renew the next as well. Renewals outside every window are ignored (validateRenewals reports them). Lifetime credentials, credentials not yet earned
 * and rules without a cycle length have no cycles.
 */
export function cyclesFor(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): Cycle[] {
  if (held.stage !== 'earned' || !isLocalDate(held.earnedDate)) return [];
  const from = startOf(held, rule, renewalsFor(held, rule, asOf, context));
  if (!from) return [];
  const layout = layoutFor(rule, from.start);
  if (!layout) return [];
  const renewals = from.renewals;
  const cycles: Cycle[] = [];
  let frame = layout.first(from.start);
  let countFrom = frame.start;
  for (let index = 0; index < MAX_CYCLES; index += 1) {
    const at = renewals.findIndex((r) => layout.renews(frame, r));
    const renewal = at >= 0 ? renewals[at] : undefined;
    // A renewal that starts the next cycle early ends this one the day before (closedBy).
    if (renewal && layout.closedBy) frame = layout.closedBy(frame, renewal);
    const cycle = toCycle(frame, index, countFrom, renewal, layout, asOf);
    cycles.push(cycle);
    if (!renewal) break;
    renewals.splice(0, at + 1);
    // A renewal in the cycle just renewed renews nothing more: not the next cycle either.
    const through = renewedThrough(cycle);
    while (renewals[0] && renewals[0].date <= through) renewals.shift();
    frame = layout.next(frame, index + 1, renewal);
    countFrom = laterOf(frame.start, dayAfter(cycle.countTo));
  }
  return cycles;
}

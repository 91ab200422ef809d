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
 * The cycles of a held credential, oldest first (issue 3 part 2). Starts on the earned date
 * and follows the body's layout; each recorded renewal (on or before `asOf`) that falls in
 * a cycle's renewal window starts the next cycle. Renewals outside every window are
 * ignored (validateRenewals reports them). Lifetime credentials, credentials not yet earned
 * and rules without a cycle length have no cycles.
 */
export function cyclesFor(
  held: HeldCredential,
  rule: CredentialRule,
  asOf: LocalDate,
  context?: CycleContext,
): Cycle[] {
  if (held.stage !== 'earned' || !isLocalDate(held.earnedDate)) return [];
  const layout = layoutFor(rule, held.earnedDate);
  if (!layout) return [];
  const renewals = renewalsFor(held, rule, asOf, context);
  const cycles: Cycle[] = [];
  let frame = layout.first(held.earnedDate);
  let countFrom = frame.start;
  for (let index = 0; index < MAX_CYCLES; index += 1) {
    const at = renewals.findIndex((r) => layout.renews(frame, r));
    const renewal = at >= 0 ? renewals[at] : undefined;
    const cycle = toCycle(frame, index, countFrom, renewal, layout, asOf);
    cycles.push(cycle);
    if (!renewal) break;
    renewals.splice(0, at + 1);
    frame = layout.next(frame, index + 1, renewal);
    countFrom = laterOf(frame.start, dayAfter(cycle.countTo));
  }
  return cycles;
}

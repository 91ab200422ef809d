/**
 * How a PeopleCert certificate is renewed, and so what its cycle asks for (domain-facts §3,
 * B): a certificate has a renew-by date 3 years after the exam and is renewed either by the
 * CPD route (a paid membership and 20 CPD points every 12 months for 3 years) or by an exam
 * (this one again, or another in the same suite, which renews them all; renew-by = that exam +
 * 3 years). On the exam route no CPD is required: the cycle keeps its renew-by date, and its
 * activities still count and are listed, but no total and no yearly minimum is asked.
 */
import { cite, type CredentialRule, type Sourced } from '../../catalog/credentials';
import { sourced } from '../../catalog/credentials/sources';
import { renewalRoutes, type Cycle, type HeldCredential, type RenewalRoute } from '../credentials';

/** Where the two routes come from, as the rule panel shows it (§3: B, training providers). */
export const renewalRouteSource: Sourced<readonly RenewalRoute[]> = sourced(
  renewalRoutes,
  'B',
  cite.peopleCert,
  {
    note: 'CPD route: a paid membership and 20 CPD points every 12 months for 3 years. Exam route: the exam again, or another exam in the same suite, which renews every certificate in it.',
  },
);

/** Whether the holder chooses how to renew: rules with a renew-by date (PeopleCert, §3). */
export const offersRenewalRoute = (rule: Pick<CredentialRule, 'cycleKind'>): boolean =>
  rule.cycleKind === 'peoplecert-renew-by';

/**
 * The route a held credential is judged by (§3): 'exam' only where the rule offers a choice
 * (offersRenewalRoute) and the holder chose the exam; otherwise 'cpd', the credit route every
 * other body has and PeopleCert's default.
 */
export function renewalRouteOf(
  rule: Pick<CredentialRule, 'cycleKind'>,
  held: Pick<HeldCredential, 'renewalRoute'>,
): RenewalRoute {
  return offersRenewalRoute(rule) && held.renewalRoute === 'exam' ? 'exam' : 'cpd';
}

/**
 * The route one cycle is judged by (§3: a cycle is renewed either by CPD or by an exam, so the
 * route is a fact of each cycle, not of the certificate). A cycle with a renewal is judged by
 * how it was renewed: by an exam (recorded, or another exam of the suite) asks for no CPD, by
 * a recorded 'credits' renewal asks for the CPD. The open cycle, an upcoming one and a last
 * cycle that lapsed unrenewed follow the holder's choice (renewalRouteOf). A renewal recorded
 * without a method (data from before methods were recorded; cyclesFor reads it as 'credits')
 * keeps the behaviour from before per-cycle routes: the holder's choice, as for the open cycle.
 */
export function cycleRouteOf(
  rule: Pick<CredentialRule, 'cycleKind'>,
  held: Pick<HeldCredential, 'renewalRoute' | 'renewals'>,
  cycle: Pick<Cycle, 'renewedOn' | 'renewalMethod'>,
): RenewalRoute {
  if (!offersRenewalRoute(rule)) return 'cpd';
  const on = cycle.renewedOn;
  if (on === null) return renewalRouteOf(rule, held);
  if (cycle.renewalMethod === 'exam') return 'exam';
  const byCredits = (held.renewals ?? []).some((r) => r.date === on && r.method === 'credits');
  return byCredits ? 'cpd' : renewalRouteOf(rule, held);
}

/**
 * Whether a route asks for continuing education in the cycle (§3): the CPD route asks for the
 * rule's total and yearly minimums; the exam route for none of them.
 */
export const routeAsksForCredits = (route: RenewalRoute): boolean => route === 'cpd';

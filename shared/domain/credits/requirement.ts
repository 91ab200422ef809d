/**
 * The numbers a cycle is judged by, read from the rule record (after the user's overrides)
 * in quarter hours. Unknown numbers (null, confidence M) are listed, not applied.
 */
import {
  areas,
  type Area,
  type CredentialRule,
  type ScrumTier,
  type SourcedNumber,
} from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import {
  credentialStatus,
  type Cycle,
  type CycleContext,
  type HeldCredential,
  type RenewalRoute,
} from '../credentials';
import { toHours, toQuarters } from './quarters';
import {
  cycleRouteOf,
  offersRenewalRoute,
  renewalRouteOf,
  routeAsksForCredits,
} from './renewal-route';
import type { RequirementSummary } from './types';

export interface Requirement {
  total: number | null;
  educationMin: number | null;
  areaMin: Record<Area, number | null> | null;
  givingBackMax: number | null;
  practitionerMax: number | null;
  carryOverMax: number | null;
  carryOverWindowMonths: number;
  /** A count of categories, not quarter hours. */
  minDistinct: number | null;
  categoryCaps: Map<string, number>;
  categoryMins: Map<string, number>;
  annualMin: number | null;
  annualCategoryMins: Map<string, number>;
  multiTrack: RequirementSummary['multiTrack'];
  unknowns: string[];
  /**
   * How the cycle is renewed (renewal-route.ts, domain-facts §3): 'exam' asks for no total
   * and no yearly minimum, and statusOf reads it to say "renew by exam" while the cycle runs.
   */
  route: RenewalRoute;
  /** The day whose other Scrum Alliance tracks make the add-ons (tracksCountedOn, §4). */
  tracksOn: LocalDate;
}

function reader(unknowns: string[]) {
  return (s: SourcedNumber | null, name: string): number | null => {
    if (s === null) return null;
    if (s.value === null) {
      unknowns.push(name);
      return null;
    }
    return toQuarters(s.value);
  };
}

const tierOrder: Record<ScrumTier, number> = { foundational: 0, advanced: 1, professional: 2 };

/** The highest certification held in each Scrum Alliance track. */
function trackLeaders(rules: readonly CredentialRule[]): Map<string, CredentialRule> {
  const top = new Map<string, CredentialRule>();
  for (const r of rules) {
    if (!r.scrumTrack) continue;
    const current = top.get(r.scrumTrack.track);
    if (!current?.scrumTrack || tierOrder[r.scrumTrack.tier] > tierOrder[current.scrumTrack.tier]) {
      top.set(r.scrumTrack.track, r);
    }
  }
  return top;
}

/**
 * Scrum Alliance (§4, A): with certifications in several tracks the holder earns the SEUs
 * of the highest-level track, plus half-rate SEUs for each other track's highest
 * certification (professional +20, advanced +15, foundational +10). Counted over the Scrum
 * credentials active on `on` (tracksCountedOn: a cycle's last day, or today while it runs).
 */
function multiTrack(
  rule: CredentialRule,
  held: HeldCredential,
  on: LocalDate,
  context?: CycleContext,
) {
  if (!rule.scrumTrack) return null;
  const others = (context?.alsoHeld ?? []).filter(
    (o) =>
      o.credential.id !== held.id &&
      o.rule.scrumTrack !== null &&
      credentialStatus(o.credential, o.rule, on, context) === 'active',
  );
  const top = trackLeaders([rule, ...others.map((o) => o.rule)]);
  const leaders = [...top.values()];
  if (leaders.length < 2 && leaders[0] === rule) return null;
  const totalOf = (r: CredentialRule) => r.total?.value ?? 0;
  const base = leaders.reduce(
    (best, r) => (totalOf(r) > totalOf(best) ? r : best),
    top.get(rule.scrumTrack.track)!,
  );
  const addOns = leaders
    .filter((r) => r !== base)
    .map((r) => ({ credentialId: r.id, addOn: r.multiTrackAddOn?.value ?? 0 }));
  return { base: { credentialId: base.id, total: totalOf(base) }, addOns };
}

/**
 * The day whose held Scrum Alliance certifications make a cycle's add-ons (§4; which day is an
 * Ascent reading): the cycle's last day once it has ended, today while it runs. So a
 * certification earned after a cycle ended never asks that cycle for more SEUs, one earned
 * during the cycle does (it is held at the cycle's end), and one that had lapsed by the end
 * adds nothing.
 */
export function tracksCountedOn(cycle: Cycle, asOf: LocalDate): LocalDate {
  return cycle.end < asOf ? cycle.end : asOf;
}

/** Whether `held`'s requirement depends on the other Scrum Alliance tracks held (§4). */
function addsOtherTracks(rule: CredentialRule, held: HeldCredential, context?: CycleContext) {
  return (
    rule.scrumTrack !== null &&
    (context?.alsoHeld ?? []).some((o) => o.credential.id !== held.id && o.rule.scrumTrack !== null)
  );
}

function categoryMaps(rule: CredentialRule, read: ReturnType<typeof reader>) {
  const caps = new Map<string, number>();
  const mins = new Map<string, number>();
  for (const c of rule.categories?.list ?? []) {
    const cap = read(c.cap, `categories.${c.id}.cap`);
    const min = read(c.min, `categories.${c.id}.min`);
    if (cap !== null) caps.set(c.id, cap);
    if (min !== null) mins.set(c.id, min);
  }
  return { caps, mins };
}

function areaMins(rule: CredentialRule, read: ReturnType<typeof reader>) {
  if (!rule.areaMin) return null;
  const out = {} as Record<Area, number | null>;
  for (const a of areas) out[a] = read(rule.areaMin[a], `areaMin.${a}`);
  return out;
}

function annualMins(rule: CredentialRule, read: ReturnType<typeof reader>) {
  const mins = new Map<string, number>();
  for (const c of rule.periodic?.categoryMins ?? []) {
    const min = read(c.min, `periodic.${c.id}.min`);
    if (min !== null) mins.set(c.id, min);
  }
  return mins;
}

/**
 * The effective requirement of a credential's cycle (rule record, §1–§4; see each field). A
 * PeopleCert cycle on the exam route (§3) asks for no CPD: no total and no yearly minimums
 * (left unread, so never listed as unknown). `route` is the cycle's (cycleRouteOf); without
 * it, the holder's choice (renewalRouteOf), which is the open cycle's. Scrum Alliance add-ons
 * (§4) count the other tracks held on `tracksOn` (tracksCountedOn for a cycle; `asOf`, the
 * running cycle's, without it).
 */
export function requirementFor(
  rule: CredentialRule,
  held: HeldCredential,
  asOf: LocalDate,
  context?: CycleContext,
  route: RenewalRoute = renewalRouteOf(rule, held),
  tracksOn: LocalDate = asOf,
): Requirement {
  const unknowns: string[] = [];
  const read = reader(unknowns);
  const tracks = multiTrack(rule, held, tracksOn, context);
  const areaMin = areaMins(rule, read);
  const { caps, mins } = categoryMaps(rule, read);
  const distinct = rule.categories
    ? read(rule.categories.minDistinct, 'categories.minDistinct')
    : null;
  // A route given for a rule with one way to renew changes nothing (renewalRouteOf).
  const cycleRoute = offersRenewalRoute(rule) ? route : 'cpd';
  const credits = routeAsksForCredits(cycleRoute);
  const annualCategoryMins = credits ? annualMins(rule, read) : new Map<string, number>();
  const total = !credits
    ? null
    : tracks
      ? toQuarters(tracks.base.total + tracks.addOns.reduce((s, a) => s + a.addOn, 0))
      : read(rule.total, 'total');
  return {
    total,
    educationMin: read(rule.educationMin, 'educationMin'),
    areaMin,
    givingBackMax: read(rule.givingBackMax, 'givingBackMax'),
    practitionerMax: read(rule.practitionerMax, 'practitionerMax'),
    carryOverMax: read(rule.carryOverMax, 'carryOverMax'),
    carryOverWindowMonths: rule.carryOverWindowMonths?.value ?? 12,
    minDistinct: distinct === null ? null : distinct / 4,
    categoryCaps: caps,
    categoryMins: mins,
    annualMin: credits && rule.periodic ? read(rule.periodic.min, 'periodic.min') : null,
    annualCategoryMins,
    multiTrack: tracks,
    unknowns,
    route: cycleRoute,
    tracksOn,
  };
}

/**
 * Each cycle's requirement (requirementFor with cycleRouteOf, §3, and, for Scrum Alliance, the
 * other tracks held at the cycle's end, tracksCountedOn, §4), worked out once per route and
 * day: `given` (requirementFor on some route and day) is reused for every cycle on its route
 * whose tracks are counted on its day, so a credential without a route choice or other tracks
 * (every body but PeopleCert and Scrum Alliance) has one requirement for all its cycles.
 */
export function cycleRequirements(
  rule: CredentialRule,
  held: HeldCredential,
  asOf: LocalDate,
  context?: CycleContext,
  given: Requirement = requirementFor(rule, held, asOf, context),
): (cycle: Cycle) => Requirement {
  const routes = offersRenewalRoute(rule);
  const tracks = addsOtherTracks(rule, held, context);
  if (!routes && !tracks) return () => given;
  // Without other tracks the day changes nothing: one requirement per route.
  const keyOf = (route: RenewalRoute, on: LocalDate) => (tracks ? `${route}|${on}` : route);
  const made = new Map<string, Requirement>([[keyOf(given.route, given.tracksOn), given]]);
  return (cycle) => {
    const route = routes ? cycleRouteOf(rule, held, cycle) : given.route;
    const on = tracks ? tracksCountedOn(cycle, asOf) : given.tracksOn;
    const key = keyOf(route, on);
    let req = made.get(key);
    if (!req) {
      req = requirementFor(rule, held, asOf, context, route, on);
      made.set(key, req);
    }
    return req;
  };
}

const h = (q: number | null) => (q === null ? null : toHours(q));

/** The requirement in hours, for results. */
export function summarise(req: Requirement): RequirementSummary {
  return {
    total: h(req.total),
    educationMin: h(req.educationMin),
    areaMin: req.areaMin
      ? {
          waysOfWorking: h(req.areaMin.waysOfWorking),
          powerSkills: h(req.areaMin.powerSkills),
          businessAcumen: h(req.areaMin.businessAcumen),
        }
      : null,
    givingBackMax: h(req.givingBackMax),
    practitionerMax: h(req.practitionerMax),
    carryOverMax: h(req.carryOverMax),
    minDistinctCategories: req.minDistinct,
    annualMin: h(req.annualMin),
    multiTrack: req.multiTrack,
    unknowns: req.unknowns,
  };
}

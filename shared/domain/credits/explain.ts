/**
 * Internal quarter-hour results → the public, self-explaining results in hours.
 */
import type { CarryPieceQ } from './carry-over';
import { toContribution } from './contribution';
import { toHours } from './quarters';
import type { PeriodTallyQ, ShortfallQ } from './shortfalls';
import { totalsOf, type Entry, type TallyTotals } from './tally';
import type { ActivityExplanation, CarryPiece, PeriodTally, Shortfall, Totals } from './types';

const mapHours = (m: Map<string, number>) =>
  Object.fromEntries([...m].map(([k, q]) => [k, toHours(q)]));

/** Counted or earned totals in hours. */
export function toTotals(t: TallyTotals): Totals {
  return {
    total: toHours(t.total),
    education: toHours(t.education),
    byArea: {
      waysOfWorking: toHours(t.buckets.waysOfWorking),
      powerSkills: toHours(t.buckets.powerSkills),
      businessAcumen: toHours(t.buckets.businessAcumen),
    },
    givingBack: toHours(t.buckets.givingBack),
    practitioner: toHours(t.practitioner),
    general: toHours(t.buckets.general),
    carriedIn: toHours(t.carriedIn),
    byCategory: mapHours(t.byCategory),
  };
}

/** Totals of what the entries earned, before any cap. */
export const earnedTotals = (entries: readonly Entry[]): TallyTotals => totalsOf(entries, 'earned');

/** A shortfall in hours (CATEGORY_COUNT stays a count of categories). */
export function toShortfall(s: ShortfallQ): Shortfall {
  const out: Shortfall = {
    code: s.code,
    needed: s.code === 'CATEGORY_COUNT' ? s.needed : toHours(s.needed),
  };
  if (s.area) out.area = s.area;
  if (s.category) out.category = s.category;
  if (s.period) out.period = s.period;
  return out;
}

/** An ISACA year or PeopleCert CPD year with its sums in hours. */
export function toPeriod(p: PeriodTallyQ): PeriodTally {
  return {
    start: p.start,
    end: p.end,
    earned: toHours(p.earned),
    counted: toHours(p.counted),
    byCategory: mapHours(p.byCategory),
  };
}

/** A carry-over piece in hours. */
export function toPiece(p: CarryPieceQ): CarryPiece {
  return { activityId: p.activityId, date: p.date, bucket: p.bucket, hours: toHours(p.quarters) };
}

/** What an activity earned and what counted after the caps, with the reasons. */
export function explainEntry(e: Entry): ActivityExplanation {
  const outcome = e.source === 'carry-in' ? 'carried-in' : e.projected ? 'projected' : 'counts';
  const out: ActivityExplanation = {
    activityId: e.id,
    date: e.date,
    outcome,
    earned: toContribution(e.earned, e.practitioner, e.category),
    counted: toContribution(e.counted, e.practitioner, e.category),
    reasons: e.reasons,
  };
  // "3 semester credits × 15 = 45" (ISACA, domain-facts §4): only where it applies.
  if (e.semesterCredits) out.semesterCredits = e.semesterCredits;
  return out;
}

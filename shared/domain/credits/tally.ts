/**
 * Earned → counted within one cycle: the caps of domain-facts §1 (giving back, work as a
 * practitioner once a cycle and pro-rated) and §4 (IIBA category caps), applied to the
 * cycle's entries in date order, in quarter hours.
 */
import { areas } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import {
  CAPPED_CATEGORY,
  CAPPED_GIVING_BACK,
  CAPPED_ONCE,
  CAPPED_PRACTITIONER,
  CapRun,
} from './caps';
import { categoryId } from './category-sums';
import { emptyBuckets, sumBuckets, type Buckets } from './contribution';
import { toHours } from './quarters';
import type { Requirement } from './requirement';
import type { Reason, SemesterCreditCount } from './types';

export { cycleDays } from './caps';

export interface Entry {
  id: string;
  date: LocalDate;
  source: 'activity' | 'carry-in';
  projected: boolean;
  earned: Buckets;
  counted: Buckets;
  practitioner: boolean;
  rolePeriod: { start: LocalDate; end: LocalDate } | null;
  category: string | null;
  /** Shared by entries nothing capped (and often frozen): a cap adds to its copy's own. */
  reasons: readonly Reason[];
  /** Set when what it earned comes from its semester credits (ISACA, domain-facts §4). */
  semesterCredits?: SemesterCreditCount | undefined;
}

export interface TallyTotals {
  buckets: Buckets;
  total: number;
  education: number;
  practitioner: number;
  carriedIn: number;
  byCategory: Map<string, number>;
}

/** Carry-in first (it was earned earlier), then by date, then by id: a stable order. */
export function byDate(a: Entry, b: Entry): number {
  if (a.source !== b.source) return a.source === 'carry-in' ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * What the entries earned or counted, summed (written out: it runs for every entry). By
 * category too, unless the tally's own running sums are given.
 */
export function totalsOf(
  entries: readonly Entry[],
  side: 'earned' | 'counted',
  byCategory?: Map<string, number>,
): TallyTotals {
  const sum = emptyBuckets();
  const categories = byCategory ?? new Map<string, number>();
  let practitioner = 0;
  let carriedIn = 0;
  for (const e of entries) {
    const b = e[side];
    sum.waysOfWorking += b.waysOfWorking;
    sum.powerSkills += b.powerSkills;
    sum.businessAcumen += b.businessAcumen;
    sum.givingBack += b.givingBack;
    sum.general += b.general;
    if (e.practitioner) practitioner += b.givingBack;
    if (e.source === 'carry-in') carriedIn += sumBuckets(b);
    if (!byCategory && e.category !== null)
      categories.set(e.category, (categories.get(e.category) ?? 0) + sumBuckets(b));
  }
  const education = areas.reduce((t, a) => t + sum[a], 0);
  return {
    buckets: sum,
    total: sumBuckets(sum),
    education,
    practitioner,
    carriedIn,
    byCategory: categories,
  };
}

/** The reasons for what the caps changed on the last entry run.apply() was given. */
function capReasons(run: CapRun, category: string | null, req: Requirement): Reason[] {
  const out: Reason[] = [];
  if (run.capped & CAPPED_ONCE) out.push({ code: 'PRACTITIONER_ONCE_PER_CYCLE' });
  if (run.capped & CAPPED_PRACTITIONER) {
    const { limit, excess, ...days } = run.practitioner!;
    out.push({
      code: 'PRACTITIONER_CAP',
      limit: toHours(limit),
      excess: toHours(excess),
      ...days,
    });
  }
  if (run.capped & CAPPED_GIVING_BACK)
    out.push({
      code: 'GIVING_BACK_CAP',
      limit: toHours(req.givingBackMax!),
      excess: toHours(run.givingBackExcess),
    });
  if (run.capped & CAPPED_CATEGORY)
    out.push({
      code: 'CATEGORY_CAP',
      category: category!,
      limit: toHours(run.categoryLimit),
      excess: toHours(run.categoryExcess),
    });
  return out;
}

/**
 * Applies the cycle's caps (education is never capped, §1; caps.ts) and sums what counted.
 * Entries are taken in `byDate` order, so the cap falls on the latest. An entry a cap changes
 * is copied first, with the cap's reasons added; the others are returned as they are (their
 * counted figures are what they earned), so the entries passed in never change.
 */
export function tally(entries: readonly Entry[], req: Requirement, cycle: Cycle) {
  const run = new CapRun(req, cycle);
  const out = [...entries].sort(byDate);
  for (let i = 0; i < out.length; i++) {
    const e = out[i]!;
    const c = e.counted;
    run.apply(
      e.practitioner,
      e.rolePeriod,
      categoryId(e.category),
      c.waysOfWorking + c.powerSkills + c.businessAcumen,
      c.givingBack,
      c.general,
    );
    if (run.capped === 0) continue;
    out[i] = {
      id: e.id,
      date: e.date,
      source: e.source,
      projected: e.projected,
      earned: e.earned,
      counted: { ...c, givingBack: run.givingBack, general: run.general },
      practitioner: e.practitioner,
      rolePeriod: e.rolePeriod,
      category: e.category,
      reasons: [...e.reasons, ...capReasons(run, e.category, req)],
      semesterCredits: e.semesterCredits,
    };
  }
  return { entries: out, totals: totalsOf(out, 'counted', run.byCategory.toMap()) };
}

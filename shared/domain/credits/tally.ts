/**
 * Earned → counted within one cycle: the caps of domain-facts §1 (giving back, work as a
 * practitioner once a cycle and pro-rated) and §4 (IIBA category caps), applied to the
 * cycle's entries in date order, in quarter hours.
 */
import { areas } from '../../catalog/credentials';
import { daysBetween, type LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { earlierOf, laterOf } from '../credentials/calendar';
import { emptyBuckets, sumBuckets, type Buckets } from './contribution';
import { floorQuarters, toHours } from './quarters';
import type { Requirement } from './requirement';
import type { Reason } from './types';

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
}

export interface TallyTotals {
  buckets: Buckets;
  total: number;
  education: number;
  practitioner: number;
  carriedIn: number;
  byCategory: Map<string, number>;
}

interface State {
  practitionerUsed: boolean;
  givingBack: number;
  byCategory: Map<string, number>;
}

/** Days in the cycle, both ends included (PMP 3 Feb 2017 – 2 Feb 2020: 1,095). */
export function cycleDays(cycle: Cycle): number {
  return daysBetween(cycle.start, cycle.end) + 1;
}

/** §1 (B): a full cycle in the role earns the cap, half a cycle half (floor to ¼ h). */
function practitionerLimit(e: Entry, cap: number, cycle: Cycle) {
  if (!e.rolePeriod) return { limit: cap };
  const from = laterOf(e.rolePeriod.start, cycle.start);
  const to = earlierOf(e.rolePeriod.end, cycle.end);
  const roleDays = from > to ? 0 : daysBetween(from, to) + 1;
  const days = cycleDays(cycle);
  return { limit: floorQuarters((toHours(cap) * roleDays) / days), roleDays, cycleDays: days };
}

/** An entry of tally()'s own: its counted figures and reasons may change. */
type OwnEntry = Entry & { reasons: Reason[] };

/** The entry a cap may change: copied on its first change, so the caller's entry stays as it is. */
type Edit = () => OwnEntry;

function capPractitioner(e: Entry, edit: Edit, s: State, req: Requirement, cycle: Cycle) {
  if (!e.practitioner) return;
  if (s.practitionerUsed) {
    const w = edit();
    w.counted.givingBack = 0;
    w.reasons.push({ code: 'PRACTITIONER_ONCE_PER_CYCLE' });
    return;
  }
  s.practitionerUsed = true;
  if (req.practitionerMax === null) return;
  const { limit, ...days } = practitionerLimit(e, req.practitionerMax, cycle);
  if (e.counted.givingBack <= limit) return;
  const excess = e.counted.givingBack - limit;
  const w = edit();
  w.counted.givingBack = limit;
  w.reasons.push({
    code: 'PRACTITIONER_CAP',
    limit: toHours(limit),
    excess: toHours(excess),
    ...days,
  });
}

function capGivingBack(e: Entry, edit: Edit, s: State, req: Requirement) {
  const givingBack = e.counted.givingBack;
  if (givingBack === 0) return;
  if (req.givingBackMax !== null) {
    const room = Math.max(0, req.givingBackMax - s.givingBack);
    if (givingBack > room) {
      const w = edit();
      w.counted.givingBack = room;
      w.reasons.push({
        code: 'GIVING_BACK_CAP',
        limit: toHours(req.givingBackMax),
        excess: toHours(givingBack - room),
      });
      s.givingBack += room;
      return;
    }
  }
  s.givingBack += givingBack;
}

function capCategory(e: Entry, edit: Edit, s: State, req: Requirement) {
  const category = e.category;
  if (category === null) return;
  const used = s.byCategory.get(category) ?? 0;
  const cap = req.categoryCaps.get(category);
  if (cap !== undefined && used + e.counted.general > cap) {
    const room = Math.max(0, cap - used);
    const excess = e.counted.general - room;
    const w = edit();
    w.counted.general = room;
    w.reasons.push({
      code: 'CATEGORY_CAP',
      category,
      limit: toHours(cap),
      excess: toHours(excess),
    });
    e = w;
  }
  s.byCategory.set(category, used + sumBuckets(e.counted));
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

/** A copy of an entry a cap changes: its own counted figures and reasons. */
const copyOf = (e: Entry): OwnEntry => ({
  id: e.id,
  date: e.date,
  source: e.source,
  projected: e.projected,
  earned: e.earned,
  counted: { ...e.counted },
  practitioner: e.practitioner,
  rolePeriod: e.rolePeriod,
  category: e.category,
  reasons: e.reasons.slice(),
});

/**
 * Applies the cycle's caps (education is never capped, §1) and sums what counted. Entries
 * are taken in `byDate` order, so the cap falls on the latest. An entry a cap changes is
 * copied first; the others are returned as they are (their counted figures are what they
 * earned), so the entries passed in never change.
 */
export function tally(entries: readonly Entry[], req: Requirement, cycle: Cycle) {
  const state: State = { practitionerUsed: false, givingBack: 0, byCategory: new Map() };
  const out = [...entries].sort(byDate);
  for (let i = 0; i < out.length; i++) {
    let copied: OwnEntry | null = null;
    const edit = () => (copied ??= out[i] = copyOf(out[i]!));
    capPractitioner(out[i]!, edit, state, req, cycle);
    capGivingBack(out[i]!, edit, state, req);
    capCategory(out[i]!, edit, state, req);
  }
  return { entries: out, totals: totalsOf(out, 'counted', state.byCategory) };
}

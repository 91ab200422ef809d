/**
 * Running sums over a prepared log of what its plain activities bring to one kind of rule
 * (issue 9: a 25-year log places 260,000 entries over every cycle of 25 credentials; with
 * these sums a run of plain activities is added to a cycle in a few steps, not one by one).
 *
 * A plain activity is valid, not planned, not work as a practitioner, and has none of the
 * per-credential settings (claims, exclusions, category tags, Ways of Working allocations,
 * a role period): what it brings to a credential depends only on the rule's kind, and the
 * caps it meets (giving back, category caps) only clip running totals, so a run of them
 * counts as their sums do (cycle-figures.ts addRun). Every other valid activity is placed one
 * by one, in tally order (specialsOf).
 */
import {
  activityTypeCode,
  activityTypes,
  iibaCategoryOf,
  peopleCertCategoryOf,
} from '../../catalog/credentials';
import type { CredentialRule } from '../../catalog/credentials';
import { categoryId, NO_CATEGORY } from './category-sums';
import {
  dateIdOrder,
  GIVING_BACK,
  HAS_SPLIT,
  PLANNED,
  PRACTITIONER,
  SPECIAL,
  VALID,
  type PreparedLog,
} from './prepared-log';

/**
 * Prefix sums in tally order (dateIdOrder): entry k of each array is the sum over the plain
 * activities at tally positions before k, in quarter hours, per `buckets` order; null where
 * plain activities bring nothing to that bucket for the rule (Ways of Working without an
 * allocation where the rule counts none, areas and giving back outside PMI, general in PMI).
 */
export interface PlainSums {
  ways: Float64Array | null;
  power: Float64Array | null;
  business: Float64Array | null;
  givingBack: Float64Array | null;
  general: Float64Array | null;
  /**
   * The category (categoryId) the rule gives each activity type code (prepared-log.ts
   * activityTypeCode), or null for a rule whose activities have no category unless tagged.
   */
  categoryOfCode: Int32Array | null;
  /** The log the sums are over. */
  log: PreparedLog;
}

const NOT_PLAIN = SPECIAL | PLANNED | PRACTITIONER;

/** Whether the activity with these `flags` is plain (see above). */
export const isPlain = (bits: number) => (bits & VALID) !== 0 && (bits & NOT_PLAIN) === 0;

const specials = new WeakMap<PreparedLog, Int32Array>();

/** Tally positions of the valid activities that are not plain, in tally order. */
export function specialsOf(log: PreparedLog): Int32Array {
  let out = specials.get(log);
  if (out) return out;
  const order = dateIdOrder(log);
  const { flags } = log;
  const list: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const bits = flags[order[k]!]!;
    if ((bits & VALID) !== 0 && (bits & NOT_PLAIN) !== 0) list.push(k);
  }
  specials.set(log, (out = Int32Array.from(list)));
  return out;
}

interface BaseSums {
  ways: Float64Array;
  power: Float64Array;
  business: Float64Array;
  givingBack: Float64Array;
  general: Float64Array;
}

const made = new WeakMap<PreparedLog, BaseSums>();

/** The sums every kind of rule reads, made once per log. */
function baseSums(log: PreparedLog): BaseSums {
  const hit = made.get(log);
  if (hit) return hit;
  const order = dateIdOrder(log);
  const n = order.length;
  const { flags, counted } = log;
  const ways = new Float64Array(n + 1);
  const power = new Float64Array(n + 1);
  const business = new Float64Array(n + 1);
  const givingBack = new Float64Array(n + 1);
  const general = new Float64Array(n + 1);
  let w = 0;
  let p = 0;
  let b = 0;
  let g = 0;
  let all = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const bits = flags[i]!;
    if (isPlain(bits)) {
      // PMI rules (baseInto): giving back whole, education by its split, nothing without one.
      const q = counted[i]!;
      all += q;
      if (bits & GIVING_BACK) g += q;
      else if (bits & HAS_SPLIT) {
        w += log.ways[i]!;
        p += log.power[i]!;
        b += log.business[i]!;
      }
    }
    ways[k + 1] = w;
    power[k + 1] = p;
    business[k + 1] = b;
    givingBack[k + 1] = g;
    general[k + 1] = all;
  }
  const out = { ways, power, business, givingBack, general };
  made.set(log, out);
  return out;
}

const codeCategories = new Map<string, Int32Array>();

/**
 * categoryId of each type code's category (categoryOf without a tag) in a scheme that gives
 * every type one; null for any other scheme.
 */
export function categoryOfCodeIn(scheme: string): Int32Array | null {
  if (scheme !== 'iiba' && scheme !== 'peoplecert') return null;
  let out = codeCategories.get(scheme);
  if (out) return out;
  const table = scheme === 'iiba' ? iibaCategoryOf : peopleCertCategoryOf;
  out = new Int32Array(activityTypes.length + 1).fill(NO_CATEGORY);
  for (const t of activityTypes) out[activityTypeCode(t)] = categoryId(table[t]);
  codeCategories.set(scheme, out);
  return out;
}

/** The log's plain sums for rules like `rule` (contribution.ts baseInto, categoryOf). */
export function plainSums(log: PreparedLog, rule: CredentialRule): PlainSums {
  const base = baseSums(log);
  const scheme = rule.categoryScheme;
  if (scheme === 'pmi') {
    return {
      ways: rule.waysOfWorkingDefault === 'all' ? base.ways : null,
      power: base.power,
      business: base.business,
      givingBack: base.givingBack,
      general: null,
      categoryOfCode: null,
      log,
    };
  }
  return {
    ways: null,
    power: null,
    business: null,
    givingBack: null,
    general: base.general,
    categoryOfCode: scheme === 'iiba' || scheme === 'peoplecert' ? categoryOfCodeIn(scheme) : null,
    log,
  };
}

/**
 * The caps of one cycle (domain-facts §1, B: giving back, work as a practitioner once a cycle
 * and pro-rated to the time in the role; §4: IIBA category caps), applied to one entry after
 * another in tally order, on numbers alone. Both ways a cycle is tallied use this one rule: the
 * figures (cycle-figures.ts, no objects per entry) and the explained entries (tally.ts, which
 * turns what a cap changed into the entry's reasons). Quarter hours throughout.
 */
import { daysBetween, type LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { earlierOf, laterOf } from '../credentials/calendar';
import { CategorySums, categoryId, NO_CATEGORY } from './category-sums';
import { floorQuarters, toHours } from './quarters';
import type { Requirement } from './requirement';

/** Days in the cycle, both ends included (PMP 3 Feb 2017 – 2 Feb 2020: 1,095). */
export function cycleDays(cycle: Cycle): number {
  return daysBetween(cycle.start, cycle.end) + 1;
}

export interface RolePeriod {
  start: LocalDate;
  end: LocalDate;
}

/** §1 (B): a full cycle in the role earns the cap, half a cycle half (floor to ¼ h). */
export function practitionerLimit(
  rolePeriod: RolePeriod | null,
  cap: number,
  cycle: Cycle,
): { limit: number; roleDays?: number; cycleDays?: number } {
  if (!rolePeriod) return { limit: cap };
  const from = laterOf(rolePeriod.start, cycle.start);
  const to = earlierOf(rolePeriod.end, cycle.end);
  const roleDays = from > to ? 0 : daysBetween(from, to) + 1;
  const days = cycleDays(cycle);
  return { limit: floorQuarters((toHours(cap) * roleDays) / days), roleDays, cycleDays: days };
}

/** What apply() changed on the last entry (bits). */
export const CAPPED_ONCE = 1;
export const CAPPED_PRACTITIONER = 2;
export const CAPPED_GIVING_BACK = 4;
export const CAPPED_CATEGORY = 8;

/**
 * The running state of one cycle's caps. apply() takes an entry's figures in tally order and
 * leaves what counts of its giving back and general hours (the only figures a cap changes) in
 * `givingBack` and `general`, with what changed in `capped` and the numbers a reason names.
 */
export class CapRun {
  private practitionerUsed = false;
  private givingBackSoFar = 0;

  /** Giving back counted so far, in quarter hours. */
  get givingBackCounted(): number {
    return this.givingBackSoFar;
  }
  /** Counted quarter hours per category so far (every entry with a category; categoryId). */
  byCategory = new CategorySums();
  /** The category caps by categoryId (absent: no cap). */
  private readonly capById: number[] = [];

  capped = 0;
  givingBack = 0;
  general = 0;
  practitioner: { limit: number; excess: number; roleDays?: number; cycleDays?: number } | null =
    null;
  givingBackExcess = 0;
  categoryLimit = 0;
  categoryExcess = 0;

  constructor(
    private readonly req: Requirement,
    private readonly cycle: Cycle,
  ) {
    for (const [name, cap] of req.categoryCaps) this.capById[categoryId(name)] = cap;
  }

  /** A run in the same state, going on separately (see FigureRun.fork). */
  fork(): CapRun {
    const copy = new CapRun(this.req, this.cycle);
    copy.practitionerUsed = this.practitionerUsed;
    copy.givingBackSoFar = this.givingBackSoFar;
    copy.byCategory = this.byCategory.copy();
    return copy;
  }

  /** `category`: its categoryId, or NO_CATEGORY. */
  apply(
    practitioner: boolean,
    rolePeriod: RolePeriod | null,
    category: number,
    education: number,
    givingBack: number,
    general: number,
  ): void {
    const req = this.req;
    this.capped = 0;
    if (practitioner) {
      if (this.practitionerUsed) {
        givingBack = 0;
        this.capped = CAPPED_ONCE;
      } else {
        this.practitionerUsed = true;
        if (req.practitionerMax !== null) {
          const { limit, ...days } = practitionerLimit(rolePeriod, req.practitionerMax, this.cycle);
          if (givingBack > limit) {
            this.practitioner = { limit, excess: givingBack - limit, ...days };
            this.capped = CAPPED_PRACTITIONER;
            givingBack = limit;
          }
        }
      }
    }
    if (givingBack !== 0) {
      const max = req.givingBackMax;
      const room = max === null ? givingBack : Math.max(0, max - this.givingBackSoFar);
      if (givingBack > room) {
        this.givingBackExcess = givingBack - room;
        this.capped |= CAPPED_GIVING_BACK;
        givingBack = room;
      }
      this.givingBackSoFar += givingBack;
    }
    if (category !== NO_CATEGORY) {
      const used = this.byCategory.get(category);
      const cap = this.capById[category];
      if (cap !== undefined && used + general > cap) {
        const room = Math.max(0, cap - used);
        this.categoryLimit = cap;
        this.categoryExcess = general - room;
        this.capped |= CAPPED_CATEGORY;
        general = room;
      }
      this.byCategory.add(category, education + givingBack + general);
    }
    this.givingBack = givingBack;
    this.general = general;
  }

  /**
   * A run of entries in tally order with no practitioner among them and nothing educational
   * in a category, as apply() takes them one by one (issue 9): `givingBack` in all, and per
   * category (`ids`, in the order the categories first come in the run) `general` hours.
   * Returns the giving back that counts and leaves what counts per category in `general`.
   * Each cap clips a running total, so the run counts what its sums do: the total up to the
   * cap, or what was already there when that was over it.
   */
  applyRun(givingBack: number, ids: readonly number[], general: number[]): number {
    let counted = givingBack;
    if (givingBack !== 0) {
      const max = this.req.givingBackMax;
      const before = this.givingBackSoFar;
      const after =
        max === null || before + givingBack <= max ? before + givingBack : Math.max(before, max);
      counted = after - before;
      this.givingBackSoFar = after;
    }
    for (let c = 0; c < ids.length; c++) {
      const id = ids[c]!;
      const used = this.byCategory.get(id);
      const cap = this.capById[id];
      const sum = general[c]!;
      const after = cap === undefined || used + sum <= cap ? used + sum : Math.max(used, cap);
      general[c] = after - used;
      this.byCategory.add(id, after - used);
    }
    return counted;
  }
}

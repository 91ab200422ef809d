/**
 * One cycle's figures worked out entry by entry in tally order (carry-in first, then by date,
 * then by id), with no object made per entry (issue 9: a 25-year log places about 260,000
 * entries over every cycle of 25 credentials). The caps are caps.ts's, as for the explained
 * entries (tally.ts); the sums are what totalsOf and periodTallies give over those entries,
 * and the carry-over what carryOut gives. tests/unit/domain/credits/fast-path.test.ts compares
 * the figures with the straightforward evaluation over generated careers.
 */
import { dayKey, type LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { CapRun, type RolePeriod } from './caps';
import { carryOutOf, type CarryPieceQ } from './carry-over';
import type { ActivityFacts } from './contribution';
import type { Requirement } from './requirement';
import { shortfallsOf, type PeriodTallyQ, type ShortfallQ } from './shortfalls';
import type { Entry, TallyTotals } from './tally';

/** A cycle judged: what counted, what was earned, per sub-period, and what is missing. */
export interface CycleFigures {
  totals: TallyTotals;
  earned: TallyTotals;
  periods: PeriodTallyQ[];
  shortfalls: ShortfallQ[];
  remaining: number;
  met: boolean;
}

/** Running sums of the five buckets, of practitioner giving back, and of carried-in hours. */
class Sums {
  waysOfWorking = 0;
  powerSkills = 0;
  businessAcumen = 0;
  givingBack = 0;
  general = 0;
  practitioner = 0;
  carriedIn = 0;

  add(
    carryIn: boolean,
    practitioner: boolean,
    ww: number,
    ps: number,
    ba: number,
    gb: number,
    gen: number,
  ) {
    this.waysOfWorking += ww;
    this.powerSkills += ps;
    this.businessAcumen += ba;
    this.givingBack += gb;
    this.general += gen;
    if (practitioner) this.practitioner += gb;
    if (carryIn) this.carriedIn += ww + ps + ba + gb + gen;
  }

  copyTo(other: Sums) {
    other.waysOfWorking = this.waysOfWorking;
    other.powerSkills = this.powerSkills;
    other.businessAcumen = this.businessAcumen;
    other.givingBack = this.givingBack;
    other.general = this.general;
    other.practitioner = this.practitioner;
    other.carriedIn = this.carriedIn;
  }

  totals(byCategory: Map<string, number>): TallyTotals {
    const buckets = {
      waysOfWorking: this.waysOfWorking,
      powerSkills: this.powerSkills,
      businessAcumen: this.businessAcumen,
      givingBack: this.givingBack,
      general: this.general,
    };
    const education = this.waysOfWorking + this.powerSkills + this.businessAcumen;
    return {
      buckets,
      total: education + this.givingBack + this.general,
      education,
      practitioner: this.practitioner,
      carriedIn: this.carriedIn,
      byCategory,
    };
  }
}

export class FigureRun {
  private caps: CapRun;
  private readonly counted = new Sums();
  private readonly earned = new Sums();
  private readonly earnedByCategory = new Map<string, number>();
  private readonly periods: PeriodTallyQ[];
  private readonly candidates = {
    ids: [] as string[],
    dates: [] as LocalDate[],
    quarters: [] as number[],
  };
  /** Quarter hours earned by planned activities. */
  planned = 0;
  /** The periods' first and last days, the carry-over window's and the cycle's (dayKey). */
  private readonly periodFrom: Float64Array;
  private readonly periodTo: Float64Array;
  private readonly carryFromDay: number;
  private readonly endDay: number;

  /** `carryFrom`: first day of the carry-over window, or null when nothing is carried over. */
  constructor(
    private readonly req: Requirement,
    private readonly cycle: Cycle,
    private readonly carryFrom: LocalDate | null,
  ) {
    this.caps = new CapRun(req, cycle);
    this.periods = cycle.periods.map((p) => ({
      ...p,
      earned: 0,
      counted: 0,
      byCategory: new Map(),
    }));
    this.periodFrom = Float64Array.from(cycle.periods, (p) => dayKey(p.start));
    this.periodTo = Float64Array.from(cycle.periods, (p) => dayKey(p.end));
    this.carryFromDay = carryFrom === null ? NaN : dayKey(carryFrom);
    this.endDay = dayKey(cycle.end);
  }

  /**
   * A run that has had the same entries, going on separately and handing nothing on: the
   * projection of a cycle (with its planned activities) is the same as its actual run up to
   * the first planned entry in tally order, so it starts there instead of from the beginning.
   */
  fork(): FigureRun {
    const copy = new FigureRun(this.req, this.cycle, null);
    copy.caps = this.caps.fork();
    this.counted.copyTo(copy.counted);
    this.earned.copyTo(copy.earned);
    for (const [k, v] of this.earnedByCategory) copy.earnedByCategory.set(k, v);
    this.periods.forEach((p, i) => {
      const q = copy.periods[i]!;
      q.earned = p.earned;
      q.counted = p.counted;
      for (const [k, v] of p.byCategory) q.byCategory.set(k, v);
    });
    copy.planned = this.planned;
    return copy;
  }

  /** The next entry in tally order, with what it earned; `day` is dayKey(date). */
  add(
    id: string,
    date: LocalDate,
    day: number,
    carryIn: boolean,
    projected: boolean,
    practitioner: boolean,
    rolePeriod: RolePeriod | null,
    category: string | null,
    ww: number,
    ps: number,
    ba: number,
    gb: number,
    gen: number,
  ) {
    const education = ww + ps + ba;
    const earned = education + gb + gen;
    this.earned.add(carryIn, practitioner, ww, ps, ba, gb, gen);
    if (category !== null)
      this.earnedByCategory.set(category, (this.earnedByCategory.get(category) ?? 0) + earned);
    if (projected) this.planned += earned;
    const caps = this.caps;
    caps.apply(practitioner, rolePeriod, category, education, gb, gen);
    gb = caps.givingBack;
    gen = caps.general;
    this.counted.add(carryIn, practitioner, ww, ps, ba, gb, gen);
    if (carryIn) return;
    const counted = education + gb + gen;
    const periods = this.periods;
    for (let k = 0; k < periods.length; k++) {
      if (day < this.periodFrom[k]! || day > this.periodTo[k]!) continue;
      const p = periods[k]!;
      p.earned += earned;
      p.counted += counted;
      if (category !== null)
        p.byCategory.set(category, (p.byCategory.get(category) ?? 0) + counted);
    }
    // mayCarry for an activity: not planned, not a practitioner's, in the carry-over window.
    if (!projected && !practitioner && day >= this.carryFromDay && day <= this.endDay) {
      const c = this.candidates;
      c.ids.push(id);
      c.dates.push(date);
      c.quarters.push(ww, ps, ba, gb, gen);
    }
  }

  /** A placed activity (feedCycle) with its quarter hours in `buckets` order. */
  addPlaced(
    f: ActivityFacts,
    planned: boolean,
    practitioner: boolean,
    category: string | null,
    q: Float64Array,
  ) {
    this.add(
      f.id,
      f.date,
      f.day,
      false,
      planned,
      practitioner,
      f.rolePeriod,
      category,
      q[0]!,
      q[1]!,
      q[2]!,
      q[3]!,
      q[4]!,
    );
  }

  /** An entry (carry-in or not) as add() takes it. */
  addEntry(e: Entry) {
    const q = e.earned;
    this.add(
      e.id,
      e.date,
      dayKey(e.date),
      e.source === 'carry-in',
      e.projected,
      e.practitioner,
      e.rolePeriod,
      e.category,
      q.waysOfWorking,
      q.powerSkills,
      q.businessAcumen,
      q.givingBack,
      q.general,
    );
  }

  /** The cycle's figures on `asOf` from every entry added. */
  figures(asOf: LocalDate): CycleFigures {
    const totals = this.counted.totals(this.caps.byCategory);
    const { shortfalls, remaining } = shortfallsOf(totals, this.periods, this.req, asOf);
    return {
      totals,
      earned: this.earned.totals(this.earnedByCategory),
      periods: this.periods,
      shortfalls,
      remaining,
      met: this.req.total !== null && shortfalls.length === 0,
    };
  }

  /** What the cycle hands on (carryOut), given its counted `totals`. */
  carryOut(totals: TallyTotals): CarryPieceQ[] {
    if (this.carryFrom === null) return [];
    const c = this.candidates;
    const n = c.ids.length;
    const newestFirst = { ids: [] as string[], dates: [] as LocalDate[], quarters: [] as number[] };
    for (let k = n - 1; k >= 0; k--) {
      newestFirst.ids.push(c.ids[k]!);
      newestFirst.dates.push(c.dates[k]!);
      for (let b = 0; b < 5; b++) newestFirst.quarters.push(c.quarters[k * 5 + b]!);
    }
    return carryOutOf(newestFirst, totals, this.req);
  }
}

/**
 * One cycle's figures worked out entry by entry in tally order (carry-in first, then by date,
 * then by id), with no object made per entry (issue 9: a 25-year log places about 260,000
 * entries over every cycle of 25 credentials). The caps are caps.ts's, as for the explained
 * entries (tally.ts); the sums are what totalsOf and periodTallies give over those entries,
 * and the carry-over what carryOut gives. tests/unit/domain/credits/fast-path.test.ts compares
 * the figures with the straightforward evaluation over generated careers. The running sums
 * and what runs of plain activities are read from are in figure-sums.ts; the carry-over
 * candidates, and the walk over them newest first, in figure-carry.ts.
 */
import { dayKey, type LocalDate } from '../../dates';
import type { Cycle } from '../credentials';
import { CapRun, type RolePeriod } from './caps';
import { carryOutOf, type CarryPieceQ } from './carry-over';
import { newestCandidates, type CarryCandidates } from './figure-carry';
import { categoriesIn, Sums, within, type RunSource } from './figure-sums';
import type { PlainSums } from './plain-sums';
import { dateBoundIn, type PreparedLog } from './prepared-log';
import { CategorySums, categoryId, NO_CATEGORY } from './category-sums';
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

export class FigureRun {
  private caps: CapRun;
  private readonly counted = new Sums();
  private readonly earned = new Sums();
  private earnedByCategory = new CategorySums();
  /** Per sub-period of the cycle: quarter hours earned and counted, counted by category. */
  private readonly periodEarned: Float64Array;
  private readonly periodCounted: Float64Array;
  private periodByCategory: CategorySums[];
  /** The carry-over candidates added so far, oldest first (figure-carry.ts). */
  private readonly candidates: CarryCandidates = {
    kinds: [] as number[],
    ids: [] as string[],
    dates: [] as LocalDate[],
    quarters: [] as number[],
    runs: [] as number[],
  };
  /** The log and sums runs are added from (addRun). */
  private source: RunSource | null = null;
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
    const n = cycle.periods.length;
    this.periodEarned = new Float64Array(n);
    this.periodCounted = new Float64Array(n);
    this.periodByCategory = cycle.periods.map(() => new CategorySums());
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
    copy.earnedByCategory = this.earnedByCategory.copy();
    copy.periodEarned.set(this.periodEarned);
    copy.periodCounted.set(this.periodCounted);
    copy.periodByCategory = this.periodByCategory.map((c) => c.copy());
    copy.planned = this.planned;
    copy.source = this.source;
    return copy;
  }

  /**
   * The next entry in tally order, with what it earned; `day` is dayKey(date), `category`
   * its categoryId (NO_CATEGORY for none).
   */
  add(
    id: string,
    date: LocalDate,
    day: number,
    carryIn: boolean,
    projected: boolean,
    practitioner: boolean,
    rolePeriod: RolePeriod | null,
    category: number,
    ww: number,
    ps: number,
    ba: number,
    gb: number,
    gen: number,
  ) {
    const education = ww + ps + ba;
    const earned = education + gb + gen;
    this.earned.add(carryIn, practitioner, ww, ps, ba, gb, gen);
    if (category !== NO_CATEGORY) this.earnedByCategory.add(category, earned);
    if (projected) this.planned += earned;
    const caps = this.caps;
    caps.apply(practitioner, rolePeriod, category, education, gb, gen);
    gb = caps.givingBack;
    gen = caps.general;
    this.counted.add(carryIn, practitioner, ww, ps, ba, gb, gen);
    if (carryIn) return;
    const counted = education + gb + gen;
    const n = this.periodEarned.length;
    for (let k = 0; k < n; k++) {
      if (day < this.periodFrom[k]! || day > this.periodTo[k]!) continue;
      this.periodEarned[k] = this.periodEarned[k]! + earned;
      this.periodCounted[k] = this.periodCounted[k]! + counted;
      if (category !== NO_CATEGORY) this.periodByCategory[k]!.add(category, counted);
    }
    // mayCarry for an activity: not planned, not a practitioner's, in the carry-over window.
    if (!projected && !practitioner && day >= this.carryFromDay && day <= this.endDay) {
      const c = this.candidates;
      c.kinds.push(0);
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
      categoryId(category),
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
      categoryId(e.category),
      q.waysOfWorking,
      q.powerSkills,
      q.businessAcumen,
      q.givingBack,
      q.general,
    );
  }

  /** The cycle's figures on `asOf` from every entry added. */
  figures(asOf: LocalDate): CycleFigures {
    const totals = this.counted.totals(this.caps.byCategory.toMap());
    const periods: PeriodTallyQ[] = this.cycle.periods.map((p, k) => ({
      ...p,
      earned: this.periodEarned[k]!,
      counted: this.periodCounted[k]!,
      byCategory: this.periodByCategory[k]!.toMap(),
    }));
    const { shortfalls, remaining } = shortfallsOf(totals, periods, this.req, asOf);
    return {
      totals,
      earned: this.earned.totals(this.earnedByCategory.toMap()),
      periods,
      shortfalls,
      remaining,
      met: this.req.total !== null && shortfalls.length === 0,
    };
  }

  /**
   * Whether runs of plain activities may be added as runs (addRun): a cap that clips a run
   * would have to say which of its activities in which sub-period lost hours, so a cycle with
   * sub-periods and a cap takes its activities one by one.
   */
  runsExact(): boolean {
    return (
      this.cycle.periods.length === 0 ||
      (this.req.categoryCaps.size === 0 && this.req.givingBackMax === null)
    );
  }

  /** Runs are added from `log`, with its plain sums for this cycle's rule (plain-sums.ts). */
  useLog(log: PreparedLog, sums: PlainSums) {
    this.source = {
      log,
      sums,
      periodLo: Int32Array.from(this.cycle.periods, (p) => dateBoundIn(log, p.start, true)),
      periodHi: Int32Array.from(this.cycle.periods, (p) => dateBoundIn(log, p.end)),
    };
  }

  /**
   * The plain activities at tally positions a…b-1 (none of them planned), as add() takes them
   * one by one. Only for cycles whose caps cannot clip what falls in a sub-period
   * (runsAdd): every plain activity then counts in its sub-period what it earned.
   */
  addRun(a: number, b: number) {
    if (a >= b) return;
    const { sums, periodLo, periodHi } = this.source!;
    const ww = within(sums.ways, a, b);
    const ps = within(sums.power, a, b);
    const ba = within(sums.business, a, b);
    const gb = within(sums.givingBack, a, b);
    const gen = within(sums.general, a, b);
    this.earned.add(false, false, ww, ps, ba, gb, gen);
    const ids = runIds;
    const general = runGeneral;
    categoriesIn(sums, a, b, ids, general);
    let earnedInCategories = 0;
    for (let c = 0; c < ids.length; c++) {
      this.earnedByCategory.add(ids[c]!, general[c]!);
      earnedInCategories += general[c]!;
    }
    const before = this.caps.givingBackCounted;
    const countedGb = this.caps.applyRun(gb, ids, general);
    let countedInCategories = 0;
    for (let c = 0; c < ids.length; c++) countedInCategories += general[c]!;
    const countedGen = gen - earnedInCategories + countedInCategories;
    this.counted.add(false, false, ww, ps, ba, countedGb, countedGen);
    for (let k = 0; k < periodLo.length; k++) {
      const from = Math.max(a, periodLo[k]!);
      const to = Math.min(b, periodHi[k]!);
      if (from >= to) continue;
      const earned =
        within(sums.ways, from, to) +
        within(sums.power, from, to) +
        within(sums.business, from, to) +
        within(sums.givingBack, from, to) +
        within(sums.general, from, to);
      this.periodEarned[k] = this.periodEarned[k]! + earned;
      this.periodCounted[k] = this.periodCounted[k]! + earned;
      categoriesIn(sums, from, to, ids, general);
      for (let c = 0; c < ids.length; c++) this.periodByCategory[k]!.add(ids[c]!, general[c]!);
    }
    if (this.carryFrom !== null) {
      const c = this.candidates;
      c.kinds.push(1);
      c.runs.push(a, b, before);
    }
  }

  /** What the cycle hands on (carryOut), given its counted `totals`. */
  carryOut(totals: TallyTotals): CarryPieceQ[] {
    if (this.carryFrom === null) return [];
    const next = newestCandidates(
      this.candidates,
      this.source,
      this.req.givingBackMax,
      this.carryFromDay,
      this.endDay,
    );
    return carryOutOf(next, totals, this.req);
  }
}

const runIds: number[] = [];
const runGeneral: number[] = [];

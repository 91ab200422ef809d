/**
 * The running sums a cycle's figures (FigureRun, cycle-figures.ts) are kept in, with no
 * object made per entry (issue 9): the five buckets, practitioner giving back and carried-in
 * hours (Sums); and what runs of plain activities are added from (RunSource), with the sums
 * of a run read from the prefix sums in tally order (within) and its categories counted
 * (categoriesIn, plain-sums.ts). Shared with the carry-over candidates (figure-carry.ts).
 */
import { isPlain, type PlainSums } from './plain-sums';
import { dateIdOrder, type PreparedLog } from './prepared-log';
import type { TallyTotals } from './tally';

/** Running sums of the five buckets, of practitioner giving back, and of carried-in hours. */
export class Sums {
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

/** What runs of plain activities are added from (FigureRun.useLog). */
export interface RunSource {
  log: PreparedLog;
  sums: PlainSums;
  periodLo: Int32Array;
  periodHi: Int32Array;
}

/** The sum of positions a…b-1 from prefix sums, 0 for none. */
export const within = (sums: Float64Array | null, a: number, b: number) =>
  sums === null ? 0 : sums[b]! - sums[a]!;

/**
 * The categories of the plain activities at tally positions a…b-1, in the order they first
 * come (as a Map fills), into `ids`, with their general hours into `general`. Counted one by
 * one: only rules with categories ask, and an array lookup per activity is all it takes.
 */
export function categoriesIn(
  sums: PlainSums,
  a: number,
  b: number,
  ids: number[],
  general: number[],
) {
  ids.length = 0;
  general.length = 0;
  const ofCode = sums.categoryOfCode;
  if (ofCode === null) return;
  const { flags, typeCodes, counted } = sums.log;
  const order = dateIdOrder(sums.log);
  // Where each category is in `ids` (+1), by categoryId; cleared on the way out.
  const at = runSlots;
  for (let k = a; k < b; k++) {
    const i = order[k]!;
    if (!isPlain(flags[i]!)) continue;
    const id = ofCode[typeCodes[i]!]!;
    const slot = at[id];
    if (slot === undefined || slot === 0) {
      ids.push(id);
      general.push(counted[i]!);
      at[id] = ids.length;
    } else general[slot - 1] = general[slot - 1]! + counted[i]!;
  }
  for (const id of ids) at[id] = 0;
}

const runSlots: number[] = [];

/**
 * How the planner shares a plan's minutes out over its days (issue 7 part 1, with the rule on
 * short sittings from the study walkthrough review, A7). Pure arithmetic on whole quarter
 * hours: every share is a multiple of 15 and no day gets more than its capacity.
 */

/**
 * The shortest sitting the planner lays on its own, in minutes (Ascent decision: the plan
 * form allows sittings of 30 to 240 minutes, so a quarter-hour sitting is never what the user
 * asked for). A sitting length below it (only possible outside the form) is its own minimum.
 */
export const MIN_SITTING_MINUTES = 30;

/** The shortest sitting for a preferred sitting length. */
export function shortestSitting(sessionMinutes: number): number {
  return Math.max(15, Math.min(MIN_SITTING_MINUTES, sessionMinutes));
}

/**
 * Spreads `needed` minutes over the days in proportion to each day's capacity, so a plan
 * that fits easily is paced evenly instead of crammed into the first weeks. The running total
 * is rounded down to quarter hours, which keeps every day within its capacity and makes the
 * last day land exactly on the total.
 */
export function evenShares(capacity: readonly number[], needed: number): number[] {
  const total = capacity.reduce((a, b) => a + b, 0);
  const neededQ = needed / 15;
  let cumulativeCap = 0;
  let placedQ = 0;
  return capacity.map((cap) => {
    cumulativeCap += cap;
    const wantedQ = total === 0 ? 0 : Math.floor((neededQ * cumulativeCap) / total);
    const dayQ = wantedQ - placedQ;
    placedQ = wantedQ;
    return dayQ * 15;
  });
}

/**
 * The minutes each day gets, as `evenShares` paces them, but in sittings a person would keep
 * (Ascent rule, review A7):
 * - A day is given at least one sitting of the preferred length, or its whole time when it
 *   holds less than that, and never less than `shortestSitting`. A share below that moves
 *   on to the next days (a day with less time than the shortest sitting gets nothing).
 * - Beyond whole sittings, a day keeps a shorter last sitting only when it is at least the
 *   shortest sitting; the few minutes below that move on to the next days.
 * - What is still to place after the last day goes back onto earlier days (placeLeftover),
 *   in sittings of the shortest length or more wherever the days allow it; a shorter one
 *   only when it is the only way to keep every minute on the calendar.
 * The total is exact whenever the capacity holds `needed`, and no day passes its capacity.
 */
export function dayShares(
  capacity: readonly number[],
  needed: number,
  sessionMinutes: number,
): number[] {
  const least = shortestSitting(sessionMinutes);
  const length = Math.max(least, sessionMinutes);
  const out = capacity.map(() => 0);
  let carry = 0;
  evenShares(capacity, needed).forEach((share, i) => {
    const cap = capacity[i]!;
    const want = share + carry;
    const floor = Math.max(least, Math.min(length, cap));
    if (cap < least || want < floor) {
      carry = want;
      return;
    }
    let day = Math.min(want, cap);
    const rest = day % length;
    if (day > length && rest > 0 && rest < least) day -= rest;
    out[i] = day;
    carry = want - day;
  });
  placeLeftover(out, capacity, carry, least);
  return out;
}

/**
 * Places the minutes still owed after the last day (in place), keeping sittings whole where
 * it can: first on days that already have study and have room (last day first); then on free
 * days, as a sitting of at least `least` minutes, borrowing the difference from a day that
 * keeps at least `least` itself, or gathering a short day's study onto it; only when none of
 * that works does a day get a short sitting, so that no minute is left off the plan.
 */
function placeLeftover(out: number[], capacity: readonly number[], owed: number, least: number) {
  let carry = owed;
  const give = (i: number, minutes: number) => {
    out[i] = out[i]! + minutes;
    carry -= minutes;
  };
  const lastIndex = capacity.length - 1;
  for (let i = lastIndex; i >= 0 && carry > 0; i--)
    if (out[i]! > 0) give(i, Math.min(capacity[i]! - out[i]!, carry));
  for (let i = lastIndex; i >= 0 && carry > 0; i--) {
    const cap = capacity[i]!;
    if (out[i]! > 0 || cap < least) continue;
    if (carry >= least) {
      give(i, Math.min(cap, carry));
      continue;
    }
    const need = least - carry;
    const lender = out.findLastIndex((m) => m - need >= least);
    const short = out.findLastIndex((m, j) => m > 0 && j !== i && m + carry <= cap);
    if (lender >= 0) {
      out[lender] = out[lender]! - need;
      out[i] = least;
      carry = 0;
    } else if (short >= 0) {
      out[i] = carry + out[short]!;
      out[short] = 0;
      carry = 0;
    }
  }
  for (let i = lastIndex; i >= 0 && carry > 0; i--)
    give(i, Math.min(capacity[i]! - out[i]!, carry));
}

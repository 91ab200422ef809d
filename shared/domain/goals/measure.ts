/**
 * What a numeric goal target has reached, read from the user's records (issue 5 part 6:
 * "progress computed from the records a goal links to").
 */
import type { LocalDate } from '../../dates';
import { countedQuarters, type Activity } from '../credits/activity';
import { isGivingBack } from '../../catalog/credentials/activity-types';
import { toHours, toQuarters } from '../credits/quarters';
import { contactHoursOn } from '../eligibility/education';
import { findHolding } from '../eligibility/conditions';
import { countExperience } from '../experience/unique-months';
import { leadershipTrainingHours } from '../readiness/learning-records';
import { currentOn } from '../readiness/records';
import type { ReadinessInput } from '../readiness/types';
import { latestAssessment } from '../skills/assessment';
import type { GoalMeasure } from './types';

type CreditArea = Extract<GoalMeasure, { source: 'learning-credits' }>['area'];

/**
 * Learning credits of a log as running sums by date, so that a goal's credits over any span
 * are two lookups instead of a pass over the log (issue 9: a hundred such goals over a
 * 20,000-entry log were two million steps every time the goals were measured). Per activity,
 * what creditsSince counts, of an activity neither planned nor giving back: for 'all', its
 * counted hours (countedQuarters: the relevant share of its hours, 1 CEU = 10 h, semester
 * credits not used), with an area split or without; for one area, that area's part of its
 * split, and nothing without a split.
 */
interface CreditSums {
  /** Dates of the counted activities, oldest first. */
  dates: LocalDate[];
  /** Per area, quarters of the first k counted activities at index k. */
  upTo: Record<CreditArea, Float64Array>;
  /** Quarters of counted activities without a date string: the comparisons never leave them out. */
  undated: Record<CreditArea, number>;
}

const creditAreas: readonly CreditArea[] = [
  'all',
  'waysOfWorking',
  'powerSkills',
  'businessAcumen',
];
const sumsOf = new WeakMap<readonly Activity[], CreditSums>();

function creditSums(activities: readonly Activity[]): CreditSums {
  const kept = sumsOf.get(activities);
  if (kept && kept.upTo.all.length === activities.length + 1) return kept;
  const counted: { date: LocalDate; q: Record<CreditArea, number> }[] = [];
  const undated = { all: 0, waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 };
  for (const a of activities) {
    if (a.status === 'planned' || isGivingBack(a.type)) continue;
    const s = a.split;
    const q = {
      all: countedQuarters(a),
      waysOfWorking: s ? toQuarters(s.waysOfWorking) : 0,
      powerSkills: s ? toQuarters(s.powerSkills) : 0,
      businessAcumen: s ? toQuarters(s.businessAcumen) : 0,
    };
    if (typeof a.date === 'string') counted.push({ date: a.date, q });
    else for (const k of creditAreas) undated[k] += q[k];
  }
  counted.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  // Sized by the log (not by what counts) so a list of another length is never taken for it.
  const upTo = Object.fromEntries(
    creditAreas.map((k) => [k, new Float64Array(activities.length + 1)]),
  ) as Record<CreditArea, Float64Array>;
  counted.forEach((c, i) => {
    for (const k of creditAreas) upTo[k][i + 1] = upTo[k][i]! + c.q[k];
  });
  const sums = { dates: counted.map((c) => c.date), upTo, undated };
  sumsOf.set(activities, sums);
  return sums;
}

/** How many of the sorted `dates` come before `day` (or up to it, with `orEqual`). */
function countBefore(dates: readonly LocalDate[], day: LocalDate, orEqual: boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = dates[mid]!;
    if (d < day || (orEqual && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Learning hours earned from `from` to `asOf`, both included; planned activities and giving
 * back do not count. Area 'all' counts every such activity's counted hours, with an area split
 * or without: the credit-log form lets anyone without a PMI credential leave the split empty
 * (SplitFields), and the report counts those hours too, as "education not split by area"
 * (report/credit-log.ts, creditLogSection), so the goal and the report's education hours agree.
 * An activity whose split adds up to less than its counted hours brings its counted hours to
 * 'all' (the report puts the rest under "not split by area"). One area counts only that area's
 * part of the split, so an activity without a split brings none (domain-facts §1: the Talent
 * Triangle split).
 */
function creditsSince(
  activities: readonly Activity[],
  m: Extract<GoalMeasure, { source: 'learning-credits' }>,
  from: LocalDate,
  asOf: LocalDate,
): number {
  const { dates, upTo, undated } = creditSums(activities);
  const sums = upTo[m.area];
  const dated =
    from > asOf
      ? 0
      : sums[countBefore(dates, asOf, true)]! - sums[countBefore(dates, from, false)]!;
  const quarters = dated + undated[m.area];
  return toHours(quarters);
}

/**
 * The measured value on `input.asOf`. States count every record up to then; learning
 * credits and conferences count from `startDate` (the goal's start).
 */
export function measureValue(m: GoalMeasure, startDate: LocalDate, input: ReadinessInput): number {
  const { asOf } = input;
  switch (m.source) {
    case 'experience':
      return countExperience(input.roles ?? [], m.roleTypes, asOf, null).months;
    case 'contact-hours':
      return input.contactHours === null ? 0 : contactHoursOn(input.contactHours, m.topic, asOf);
    case 'learning-credits':
      return creditsSince(input.activities, m, startDate, asOf);
    case 'leadership-training':
      return leadershipTrainingHours(input.activities, asOf, input.leadershipBefore).hours;
    case 'skill':
      return latestAssessment(input.assessments, m.skill, asOf)?.level ?? 0;
    case 'credentials':
      return m.anyOf.filter((id) => findHolding([id], 'earned', input) !== null).length;
    case 'conferences':
      return input.network.conferences.filter((c) => c.date >= startDate && c.date <= asOf).length;
    case 'memberships':
      return currentOn(input.network.memberships, asOf).length;
    case 'mentors':
      return currentOn(input.network.mentors, asOf).length;
    case 'manual':
      return m.current;
  }
}

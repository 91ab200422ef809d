/**
 * Counting the credit log for learning requirements (PRODUCT.md: continuous learning —
 * credits per area a year; seed 002: leadership training), and the part of the log
 * readiness reads.
 */
import { areas, type Area } from '../../catalog/credentials/types';
import { activityTypeCode, isGivingBack } from '../../catalog/credentials/activity-types';
import { addDays, realDayKey, type LocalDate } from '../../dates';
import type { Activity } from '../credits/activity';
import {
  dateAt,
  dateBoundIn,
  GIVING_BACK,
  HAS_SPLIT,
  idAt,
  PLANNED,
  preparedLog,
  VALID,
} from '../credits/prepared-log';
import { toHours, toQuarters } from '../credits/quarters';
import { lastTwelveMonthsFrom } from './records';

/** Done (not planned) education with an area split, dated within [from, to]. */
function doneEducation(a: Activity, from: LocalDate | null, to: LocalDate): boolean {
  if (a.status === 'planned' || isGivingBack(a.type) || !a.split) return false;
  return a.date <= to && (from === null || a.date >= from);
}

/** Education quarter hours per area in the last 12 months, and the activities they came from. */
interface Learned {
  /** How many activities the list held (a list grown in place is worked out again). */
  length: number;
  from: LocalDate;
  quarters: Record<Area, number>;
  activityIds: Record<Area, string[]>;
}

/**
 * Worked out once per activity list and day for the three areas together: readiness asks for
 * each area on every rung (issue 9). Activity lists are values (a read hands over a new list),
 * so the same list on the same day gives the same answer.
 */
const learnedCache = new WeakMap<readonly Activity[], Map<LocalDate, Learned>>();

function learnedOf(activities: readonly Activity[], asOf: LocalDate): Learned {
  let days = learnedCache.get(activities);
  if (!days) learnedCache.set(activities, (days = new Map()));
  const hit = days.get(asOf);
  if (hit && hit.length === activities.length) return hit;
  const from = lastTwelveMonthsFrom(asOf);
  const learned: Learned = {
    length: activities.length,
    from,
    quarters: { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
    activityIds: { waysOfWorking: [], powerSkills: [], businessAcumen: [] },
  };
  // A valid activity is read from the prepared log's columns (its split in quarter steps).
  const log = preparedLog(activities, asOf);
  const { flags } = log;
  const columns = { waysOfWorking: log.ways, powerSkills: log.power, businessAcumen: log.business };
  // Only activities dated from `from` to `asOf` count (both branches below). With every date
  // a real day, the log's order by date gives those positions (issue 9: not all 20,000),
  // visited in the log's order as the loop over the whole log visits them.
  const positions = log.sortedDays
    ? log.order.slice(dateBoundIn(log, from, true), dateBoundIn(log, asOf)).sort()
    : null;
  const count = positions ? positions.length : activities.length;
  for (let w = 0; w < count; w++) {
    const i = positions ? positions[w]! : w;
    const bits = flags[i]!;
    if ((bits & VALID) === 0) {
      const a = activities[i]!;
      if (!doneEducation(a, from, asOf) || !a.split) continue;
      for (const area of areas) {
        if (a.split[area] <= 0) continue;
        learned.quarters[area] += toQuarters(a.split[area]);
        learned.activityIds[area].push(a.id);
      }
      continue;
    }
    if ((bits & (PLANNED | GIVING_BACK)) !== 0 || (bits & HAS_SPLIT) === 0) continue;
    const date = dateAt(log, i);
    if (date > asOf || date < from) continue;
    for (const area of areas) {
      const q = columns[area][i]!;
      if (q <= 0) continue;
      learned.quarters[area] += q;
      learned.activityIds[area].push(idAt(log, i));
    }
  }
  // Handed out as they are (every rung asks): nobody may change them.
  for (const area of areas) Object.freeze(learned.activityIds[area]);
  days.set(asOf, learned);
  return learned;
}

/**
 * Education hours of one Talent Triangle area logged in the last 12 months (PRODUCT.md:
 * "credits per area per year"; the area split of each activity, domain-facts §1).
 */
export function learningHours(
  activities: readonly Activity[],
  area: Area,
  asOf: LocalDate,
): { hours: number; activityIds: readonly string[]; from: LocalDate } {
  const learned = learnedOf(activities, asOf);
  return {
    hours: toHours(learned.quarters[area]),
    activityIds: learned.activityIds[area],
    from: learned.from,
  };
}

/**
 * Leadership training already summed for the courses dated up to `upTo` (issue 9: a stored
 * aggregate, so start-up need not read every course of a 25-year log). `activityIds` in the
 * order the whole log lists them (newest first).
 */
export interface LeadershipBefore {
  upTo: LocalDate;
  quarters: number;
  activityIds: string[];
}

const isLeadershipTraining = (a: Activity, asOf: LocalDate) =>
  a.type === 'course-or-training' &&
  doneEducation(a, null, asOf) &&
  !!a.split &&
  a.split.powerSkills > 0;

/**
 * Leadership training hours: the Power Skills share (formerly "Leadership", domain-facts
 * §1) of courses and trainings in the credit log up to `asOf` (seed 002: "attending
 * leadership training"). Other education types do not count as training. With `before`,
 * the courses dated up to `before.upTo` are taken from it and `activities` need only hold
 * the later ones (any earlier ones there are skipped).
 */
export function leadershipTrainingHours(
  activities: readonly Activity[],
  asOf: LocalDate,
  before?: LeadershipBefore,
): { hours: number; activityIds: readonly string[] } {
  // Summed beyond `asOf`, the aggregate says nothing about that day: the log alone counts.
  const kept = before && before.upTo <= asOf ? before : undefined;
  const sum = leadershipOf(activities, asOf, kept);
  return { hours: toHours(sum.quarters), activityIds: sum.activityIds };
}

interface Leadership {
  /** How many activities the list held (a list grown in place is worked out again). */
  length: number;
  kept: LeadershipBefore | undefined;
  quarters: number;
  activityIds: string[];
}

/** Worked out once per list, day and kept aggregate: every rung asks (issue 9, as learnedOf). */
const leadershipCache = new WeakMap<readonly Activity[], Map<LocalDate, Leadership>>();

function leadershipOf(
  activities: readonly Activity[],
  asOf: LocalDate,
  kept: LeadershipBefore | undefined,
): Leadership {
  let days = leadershipCache.get(activities);
  if (!days) leadershipCache.set(activities, (days = new Map()));
  const hit = days.get(asOf);
  if (hit && hit.length === activities.length && hit.kept === kept) return hit;
  let quarters = 0;
  const activityIds: string[] = [];
  const log = preparedLog(activities, asOf);
  const { flags, power, typeCodes, day } = log;
  const course = activityTypeCode('course-or-training');
  // A valid activity's date is a real day (its day number): compared as numbers when `asOf`
  // and the kept aggregate's day are real days too (their texts order as the numbers do).
  const asOfDay = realDayKey(asOf);
  const upToDay = kept ? realDayKey(kept.upTo) : -1;
  const byNumber = asOfDay > 0 && upToDay !== 0;
  for (let i = 0; i < activities.length; i++) {
    const bits = flags[i]!;
    if ((bits & VALID) === 0) {
      const a = activities[i]!;
      if (kept && a.date <= kept.upTo) continue;
      if (!isLeadershipTraining(a, asOf)) continue;
      quarters += toQuarters(a.split!.powerSkills);
      activityIds.push(a.id);
      continue;
    }
    // isLeadershipTraining over the columns (a valid split is in quarter steps).
    if (typeCodes[i] !== course || (bits & (PLANNED | GIVING_BACK)) !== 0) continue;
    if ((bits & HAS_SPLIT) === 0 || power[i]! <= 0) continue;
    if (byNumber) {
      if (day[i]! > asOfDay || day[i]! <= upToDay) continue;
    } else {
      const date = dateAt(log, i);
      if (date > asOf || (kept && date <= kept.upTo)) continue;
    }
    quarters += power[i]!;
    activityIds.push(idAt(log, i));
  }
  if (kept) {
    quarters += kept.quarters;
    activityIds.push(...kept.activityIds);
  }
  const sum = { length: activities.length, kept, quarters, activityIds };
  // Handed out as it is (every rung asks): nobody may change it.
  Object.freeze(activityIds);
  days.set(asOf, sum);
  return sum;
}

/** The aggregate of the courses dated up to `upTo`, for leadershipTrainingHours. */
export function leadershipBefore(
  activities: readonly Activity[],
  upTo: LocalDate,
): LeadershipBefore {
  let quarters = 0;
  const activityIds: string[] = [];
  for (const a of activities) {
    if (a.date > upTo || !isLeadershipTraining(a, upTo)) continue;
    quarters += toQuarters(a.split!.powerSkills);
    activityIds.push(a.id);
  }
  return { upTo, quarters, activityIds };
}

/**
 * The part of the credit log readiness reads (issue 9: start-up reads no more than it
 * needs): activities dated on or after `from`, the first of the month the last twelve months
 * start in (learningHours; the month start keeps a sum of what lies before unchanged for a
 * month), and every activity of the listed types dated up to `upTo`, the day before, which
 * may be summed once and kept (leadershipBefore, for leadershipTrainingHours). Readiness over
 * exactly these equals readiness over the whole log.
 */
export function readinessReads(asOf: LocalDate): {
  from: LocalDate;
  upTo: LocalDate;
  types: readonly Activity['type'][];
} {
  const from = `${lastTwelveMonthsFrom(asOf).slice(0, 8)}01`;
  return { from, upTo: addDays(from, -1), types: ['course-or-training'] };
}

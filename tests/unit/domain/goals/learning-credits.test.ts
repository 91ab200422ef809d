/**
 * Issue 9: a goal's learning credits are read from running sums of the log by date
 * (measure.ts, creditSums) instead of a pass over the log per goal. Compared here with the
 * straightforward count over generated logs: earned and reported activities count from the
 * goal's start to the day, both included; planned ones and giving back do not (issue 5 part 6).
 * Area 'all' counts each activity's counted hours, with an area split or without (as the
 * report's credit log counts "education not split by area"); one area counts only that area's
 * part of a split.
 */
import { describe, expect, it } from 'vitest';
import { isGivingBack } from '../../../../shared/catalog/credentials';
import { countedQuarters, type Activity } from '../../../../shared/domain/credits';
import {
  goalProgress,
  measureValue,
  type Goal,
  type GoalMeasure,
} from '../../../../shared/domain/goals';
import { earned, readinessInput } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

type Area = Extract<GoalMeasure, { source: 'learning-credits' }>['area'];
const areas: Area[] = ['all', 'waysOfWorking', 'powerSkills', 'businessAcumen'];

/**
 * The count as it reads: every activity looked at once. 'all': the counted hours of every
 * earned activity, split or not; one area: its part of the split, none without one.
 */
function reference(activities: readonly Activity[], area: Area, from: string, asOf: string) {
  let quarters = 0;
  for (const a of activities) {
    if (a.status === 'planned' || isGivingBack(a.type)) continue;
    if (a.date < from || a.date > asOf) continue;
    if (area === 'all') quarters += countedQuarters(a);
    else if (a.split) quarters += Math.round(a.split[area] * 4);
  }
  return quarters / 4;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (r: () => number) => {
  const d = new Date(Date.UTC(2020, 0, 1 + Math.floor(r() * 2400)));
  return d.toISOString().slice(0, 10);
};

function log(seed: number, n: number): Activity[] {
  const r = random(seed);
  const quarter = () => Math.floor(r() * 24) / 4;
  return Array.from({ length: n }, (_, i) => {
    const kind = r();
    const split = { waysOfWorking: quarter(), powerSkills: quarter(), businessAcumen: quarter() };
    const a = activity(`a${i}`, day(r), split, {
      status: kind < 0.15 ? 'planned' : kind < 0.3 ? 'reported' : 'earned',
      ...(kind > 0.9 ? { type: 'volunteer' as const } : {}),
    });
    // Some without an area split.
    return r() < 0.1 ? { ...a, split: undefined } : a;
  });
}

describe('learning credits of a goal, from running sums', () => {
  it.each([1, 2, 3])('match the straightforward count (generated log %i)', (seed) => {
    const activities = log(seed, 400);
    const r = random(seed * 97);
    const input = { ...readinessInput({ activities }), asOf: '2026-06-30' };
    for (let k = 0; k < 200; k++) {
      const area = areas[Math.floor(r() * areas.length)]!;
      // A start on an activity's date sometimes, so both ends are tried on equal dates.
      const from = r() < 0.3 ? activities[Math.floor(r() * activities.length)]!.date : day(r);
      const asOf = r() < 0.3 ? activities[Math.floor(r() * activities.length)]!.date : day(r);
      const measure: GoalMeasure = { source: 'learning-credits', area };
      expect(measureValue(measure, from, { ...input, asOf }), `${area} ${from}…${asOf}`).toBe(
        reference(activities, area, from, asOf),
      );
    }
  });

  it.each<[string, string, string, Area, number]>([
    ['both ends included', '2026-01-10', '2026-01-20', 'all', 9],
    ['start after the day: nothing', '2026-02-01', '2026-01-20', 'all', 0],
    ['one area', '2026-01-01', '2026-12-31', 'powerSkills', 3],
    ['before every activity', '2025-01-01', '2025-12-31', 'all', 0],
  ])('%s', (_name, from, asOf, area, hours) => {
    const activities = [
      activity('first', '2026-01-10', { waysOfWorking: 2, powerSkills: 1 }),
      activity('last', '2026-01-20', { businessAcumen: 4, powerSkills: 2 }),
      activity('planned', '2026-01-15', { waysOfWorking: 8 }, { status: 'planned' }),
    ];
    const input = { ...readinessInput({ activities }), asOf };
    expect(measureValue({ source: 'learning-credits', area }, from, input)).toBe(hours);
  });
});

/**
 * Learning hours without a Talent Triangle split. The credit-log form hides the split from
 * anyone without a PMI credential and tells them to leave it empty (SplitFields); the report
 * counts those hours as "education not split by area" (report/credit-log.ts). So a goal on
 * every area counts them, as counted hours (activity.ts, countedQuarters: the relevant share,
 * domain-facts §1 A/B); a goal on one area still counts only that area of a split (§1).
 */
describe('learning hours of a goal, with and without an area split', () => {
  const START = '2026-01-01';
  const AS_OF = '2026-11-22';
  /** An education activity logged without a split, as a non-PMI user leaves it. */
  const unsplit = (id: string, hours: number, extra: Partial<Activity> = {}): Activity => ({
    id,
    date: '2026-06-01',
    title: id,
    type: 'course-or-training',
    amount: hours,
    unit: 'hours',
    status: 'earned',
    ...extra,
  });

  it('a PRINCE2 holder’s 10 h course without a split: 10 of 20', () => {
    const input = {
      ...readinessInput({
        activities: [unsplit('prince2-course', 10)],
        held: [earned('prince2-practitioner', '2024-03-01')],
      }),
      asOf: AS_OF,
    };
    const goal: Goal = {
      id: 'g',
      title: 'Keep learning',
      kind: 'education',
      target: {
        type: 'number',
        value: 20,
        unit: 'hours',
        measure: { source: 'learning-credits', area: 'all' },
      },
      startDate: START,
      targetDate: '2026-12-31',
      milestones: [],
      status: 'active',
    };
    expect(goalProgress(goal, input, null)).toMatchObject({ have: 10, need: 20, percent: 50 });
  });

  // Per row: the log, then what 'all' and each area measure on AS_OF from START.
  it.each<[string, Activity[], Record<Area, number>]>([
    [
      'without a split: its hours, for every area only',
      [unsplit('course', 10)],
      { all: 10, waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
    ],
    [
      'without a split at 50 % relevant: half',
      [unsplit('half', 10, { relevantPercent: 50 })],
      { all: 5, waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
    ],
    [
      'planned and giving back bring nothing',
      [
        unsplit('done', 10),
        unsplit('plan', 8, { status: 'planned' }),
        unsplit('volunteer', 6, { type: 'volunteer' }),
      ],
      { all: 10, waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
    ],
    [
      'split and unsplit together: areas from the split only',
      [
        activity('split', '2026-03-01', { waysOfWorking: 2, powerSkills: 3 }),
        unsplit('course', 10),
      ],
      { all: 15, waysOfWorking: 2, powerSkills: 3, businessAcumen: 0 },
    ],
    [
      'a split covering part of the counted hours: all of them for every area',
      [activity('part', '2026-03-01', { powerSkills: 4 }, { amount: 10 })],
      { all: 10, waysOfWorking: 0, powerSkills: 4, businessAcumen: 0 },
    ],
    [
      'CEUs at 10 h each; semester credits not used, as in the report',
      [unsplit('ceu', 1.5, { unit: 'ceu' }), unsplit('university', 40, { semesterCredits: 3 })],
      { all: 55, waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
    ],
  ])('%s', (_name, activities, expected) => {
    const input = { ...readinessInput({ activities }), asOf: AS_OF };
    const measured = Object.fromEntries(
      areas.map((area) => [area, measureValue({ source: 'learning-credits', area }, START, input)]),
    );
    expect(measured).toEqual(expected);
  });
});

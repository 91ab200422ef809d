/**
 * Issue 9: a goal's learning credits are read from running sums of the log by date
 * (measure.ts, creditSums) instead of a pass over the log per goal. Compared here with the
 * straightforward count over generated logs: earned and reported activities with an area
 * split count from the goal's start to the day, both included; planned ones, giving back and
 * activities without a split do not (issue 5 part 6).
 */
import { describe, expect, it } from 'vitest';
import { isGivingBack } from '../../../../shared/catalog/credentials';
import type { Activity } from '../../../../shared/domain/credits';
import { measureValue, type GoalMeasure } from '../../../../shared/domain/goals';
import { readinessInput } from '../eligibility/fixtures';
import { activity } from '../readiness/fixtures';

type Area = Extract<GoalMeasure, { source: 'learning-credits' }>['area'];
const areas: Area[] = ['all', 'waysOfWorking', 'powerSkills', 'businessAcumen'];

/** The count as it reads: every activity looked at once. */
function reference(activities: readonly Activity[], area: Area, from: string, asOf: string) {
  let quarters = 0;
  for (const a of activities) {
    if (a.status === 'planned' || isGivingBack(a.type) || !a.split) continue;
    if (a.date < from || a.date > asOf) continue;
    const s = a.split;
    quarters += Math.round(
      (area === 'all' ? s.waysOfWorking + s.powerSkills + s.businessAcumen : s[area]) * 4,
    );
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

/**
 * Issue 9: learning hours per area and leadership training are read from the prepared log's
 * columns for valid activities, and from the activity itself otherwise. Both ways must give
 * what reading every activity gives (the rule as written in records.ts before: done
 * education with an area split in the window; courses with Power Skills for leadership).
 */
import { describe, expect, it } from 'vitest';
import { areas, isGivingBack, type Area } from '../../../../shared/catalog/credentials';
import type { Activity } from '../../../../shared/domain/credits';
import {
  lastTwelveMonthsFrom,
  leadershipTrainingHours,
  learningHours,
} from '../../../../shared/domain/readiness';
import { createRandom } from '../../../bench/dataset/random';
import { career, GENERATED_TODAY } from '../credits/generated';

const today = GENERATED_TODAY;

/** Every activity read as it is: the straightforward rule. */
function byReading(log: readonly Activity[], area: Area) {
  const from = lastTwelveMonthsFrom(today);
  let quarters = 0;
  const ids: string[] = [];
  for (const a of log) {
    if (a.status === 'planned' || !a.split || a.date > today || a.date < from) continue;
    if (isGivingBack(a.type)) continue;
    if (!(a.split[area] > 0)) continue;
    quarters += Math.round(a.split[area] * 4);
    ids.push(a.id);
  }
  return { hours: quarters / 4, ids };
}

function leadershipByReading(log: readonly Activity[]) {
  let quarters = 0;
  const ids: string[] = [];
  for (const a of log) {
    if (a.type !== 'course-or-training' || a.status === 'planned' || !a.split) continue;
    if (a.date > today || !(a.split.powerSkills > 0)) continue;
    quarters += Math.round(a.split.powerSkills * 4);
    ids.push(a.id);
  }
  return { hours: quarters / 4, activityIds: ids };
}

/** A generated log with some activities planned, and some made invalid keeping a split. */
function withInvalid(seed: number): Activity[] {
  const r = createRandom(seed);
  return career(seed, 'medium').activities.map((a): Activity => {
    const x = r.next();
    if (!a.split || x > 0.16) return a;
    if (x >= 0.1) return { ...a, status: 'planned' };
    if (x < 0.03) return { ...a, title: '' };
    if (x < 0.06) return { ...a, amount: a.amount + 0.1 };
    return { ...a, status: 'earned', date: '2026-12-24' };
  });
}

describe('readiness from the prepared log equals reading every activity', () => {
  it.each([21, 22])('seed %i, with invalid activities mixed in', (seed) => {
    const log = withInvalid(seed);
    let counted = 0;
    for (const area of areas) {
      const got = learningHours(log, area, today);
      const expected = byReading(log, area);
      expect({ hours: got.hours, ids: got.activityIds }).toEqual(expected);
      counted += expected.ids.length;
    }
    expect(counted).toBeGreaterThan(0);
    const leadership = leadershipByReading(log);
    expect(leadershipTrainingHours(log, today)).toEqual(leadership);
    expect(leadership.activityIds.length).toBeGreaterThan(0);
  });
});

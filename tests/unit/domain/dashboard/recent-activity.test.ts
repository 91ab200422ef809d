// The Dashboard's "Recent activity" (issue 10 part 2) lists what was done: not planned
// (issue 3 part 3: a plan is never counted as earned), dated today or earlier.
import { describe, expect, it } from 'vitest';
import {
  doneBy,
  doneFirst,
  recentlyDone,
} from '../../../../shared/domain/dashboard/recent-activity';
import type { Activity } from '../../../../shared/domain/credits';

const asOf = '2026-12-05';
type Entry = Pick<Activity, 'id' | 'date' | 'status'>;
const entry = (id: string, date: string, status: Activity['status']): Entry => ({
  id,
  date,
  status,
});

describe('doneBy', () => {
  it.each<[string, Activity['status'], boolean]>([
    ['2026-12-05', 'earned', true], // today
    ['2026-12-04', 'reported', true],
    ['2025-01-01', 'accepted', true],
    ['2024-01-01', 'audited', true],
    ['2026-12-06', 'earned', false], // tomorrow: not done yet
    ['2027-09-20', 'planned', false], // a plan ahead
    ['2026-06-01', 'planned', false], // a plan whose day has passed, not marked done
  ])('%s, %s: %s', (date, status, done) => {
    expect(doneBy({ date, status }, asOf)).toBe(done);
  });
});

describe('doneFirst and recentlyDone', () => {
  const newest = (a: Entry, b: Entry) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1);
  const log = [
    entry('old', '2026-01-10', 'earned'),
    entry('summit', '2027-09-20', 'planned'),
    entry('webinar', '2026-11-01', 'earned'),
    entry('late-plan', '2026-06-01', 'planned'),
    entry('today', '2026-12-05', 'reported'),
  ];

  it('puts the done entries first, newest first, then the rest newest first', () => {
    expect([...log].sort(doneFirst(asOf, newest)).map((e) => e.id)).toEqual([
      'today',
      'webinar',
      'old',
      'summit',
      'late-plan',
    ]);
  });

  it('lists only the done ones, in the order given', () => {
    expect(recentlyDone([...log].sort(doneFirst(asOf, newest)), asOf).map((e) => e.id)).toEqual([
      'today',
      'webinar',
      'old',
    ]);
    expect(recentlyDone([entry('summit', '2027-09-20', 'planned')], asOf)).toEqual([]);
  });
});

// A goal is overdue in goalProgress exactly when its card says "N days overdue" (goalDue,
// README, Decisions: days to a goal's target date): still to be achieved — active or paused,
// its target not reached — and its target date passed. A paused goal's date passes all the
// same. Before, goalProgress counted active goals only while the card said a paused goal was
// overdue. asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { goalProgress, type Goal, type GoalStatus } from '../../../../shared/domain/goals';
import { goalDue } from '../../../../shared/domain/goals/due';
import { readinessInput } from '../eligibility/fixtures';

const books = (status: GoalStatus, targetDate: string | null, have: number): Goal => ({
  id: 'g',
  title: 'Read twelve books',
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current: have },
  },
  startDate: '2026-01-01',
  targetDate,
  milestones: [],
  status,
});

describe('goalProgress.overdue agrees with the goal card', () => {
  it.each<[string, GoalStatus, string | null, number, boolean]>([
    ['active, a week past its date', 'active', '2026-05-03', 4, true],
    ['paused, a week past its date (the card: 7 days overdue)', 'paused', '2026-05-03', 4, true],
    ['paused, the day after its date', 'paused', '2026-05-09', 4, true],
    ['paused, on its date (due today)', 'paused', '2026-05-10', 4, false],
    ['paused, its date ahead', 'paused', '2026-06-10', 4, false],
    ['paused, no target date', 'paused', null, 4, false],
    ['paused, past its date with its target reached', 'paused', '2026-05-03', 12, false],
    ['active, past its date with its target reached', 'active', '2026-05-03', 12, false],
    ['achieved, past its date', 'achieved', '2026-05-03', 4, false],
    ['dropped, past its date', 'dropped', '2026-05-03', 4, false],
  ])('%s', (_what, status, targetDate, have, overdue) => {
    const g = books(status, targetDate, have);
    const input = readinessInput();
    const p = goalProgress(g, input, null);
    expect(p.overdue).toBe(overdue);
    expect(p.overdue).toBe(goalDue(g, input.asOf, p.met)?.code === 'OVERDUE');
  });
});

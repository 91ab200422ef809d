// The report's goal lines carry the days to the target date as the goal's card says them
// (goalDue): active and paused goals whose target is not reached, on the report's day; none for
// an achieved goal or one whose target is reached. Before, the report only knew an active goal
// was "past its target date". asOf 10 May 2026.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { Goal, GoalStatus } from '../../../../shared/domain/goals';
import type { GoalDue } from '../../../../shared/domain/goals/due';
import { goalsSection } from '../../../../shared/domain/report';
import { readinessInput } from '../eligibility/fixtures';

const books = (status: GoalStatus, targetDate: string, have: number): Goal => ({
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

const period = { from: '2025-05-11', to: '2026-05-10' };

describe('goalsSection: days to the target date, as the card says them', () => {
  it.each<[string, GoalStatus, string, number, GoalDue | undefined]>([
    ['active, its date ahead', 'active', '2026-05-22', 4, { code: 'DAYS_LEFT', days: 12 }],
    ['active, due today', 'active', '2026-05-10', 4, { code: 'DUE_TODAY', days: 0 }],
    ['active, past its date', 'active', '2026-05-03', 4, { code: 'OVERDUE', days: 7 }],
    ['paused, past its date', 'paused', '2026-05-03', 4, { code: 'OVERDUE', days: 7 }],
    ['paused, its date ahead', 'paused', '2026-05-22', 4, { code: 'DAYS_LEFT', days: 12 }],
    ['active, its target reached', 'active', '2026-05-03', 12, undefined],
    ['achieved', 'achieved', '2026-05-03', 4, undefined],
  ])('%s', (_what, status, targetDate, have, due) => {
    const [line] = goalsSection(
      [books(status, targetDate, have)],
      readinessInput(),
      defaultLadderPlan(),
      period,
    );
    expect(line!.due).toEqual(due);
    expect(line!.progress.overdue).toBe(due?.code === 'OVERDUE');
  });
});

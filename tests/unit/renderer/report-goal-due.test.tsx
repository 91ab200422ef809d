// The printed report says a goal's days to its target date as its card does (goalDue):
// "Target date 3 May 2026 (7 days overdue).", for paused goals too, "(12 days left)", "(due
// today)", and nothing for a goal whose target is reached. Before, it said "Past its target
// date." for active goals only. asOf 10 May 2026.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import type { Goal, GoalStatus } from '../../../shared/domain/goals';
import { goalsSection } from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import { GoalsPart } from '../../../renderer/src/features/reports/CareerSections';
import { readinessInput } from '../domain/eligibility/fixtures';

afterEach(cleanup);

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

function goalLine(g: Goal): string {
  const lines = goalsSection([g], readinessInput(), defaultLadderPlan(), period);
  render(<GoalsPart lines={lines} />);
  return screen.getByText(/Target date/).textContent ?? '';
}

describe('a goal’s target date in the report', () => {
  it.each<[string, GoalStatus, string, number, string]>([
    ['paused, a week past it', 'paused', '2026-05-03', 4, '(7 days overdue).'],
    ['active, a day past it', 'active', '2026-05-09', 4, '(1 day overdue).'],
    ['active, on it', 'active', '2026-05-10', 4, '(due today).'],
    ['paused, ahead', 'paused', '2026-05-22', 4, '(12 days left).'],
  ])('%s: says it as the card does', (_what, status, date, have, words) => {
    const text = goalLine(books(status, date, have));
    expect(text).toContain(`Target date ${formatDate(date)} ${words}`);
    expect(text).not.toContain('Past its target date');
  });

  it('says no days for a goal whose target is reached, nor that it is past', () => {
    const text = goalLine(books('active', '2026-05-03', 12));
    expect(text).toContain(`Target date ${formatDate('2026-05-03')}.`);
    expect(text).not.toMatch(/overdue|left|due today|Past its target date/);
  });
});

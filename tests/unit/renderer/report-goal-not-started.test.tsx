// The printed report says a goal that starts later starts on its day, as its card does,
// instead of "Progress cannot be measured yet."
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/domain/goals';
import { goalProgress } from '../../../shared/domain/goals';
import { formatDate } from '../../../renderer/src/components/format';
import { GoalsPart } from '../../../renderer/src/features/reports/CareerSections';
import { readinessInput } from '../domain/eligibility/fixtures';

afterEach(cleanup);

const books = (startDate: string): Goal => ({
  id: 'g',
  title: 'Read twelve books',
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current: 15 },
  },
  startDate,
  targetDate: null,
  milestones: [],
  status: 'active',
});

const show = (g: Goal) =>
  render(
    <GoalsPart
      lines={[
        { goal: g, progress: goalProgress(g, readinessInput(), null), milestonesDoneInPeriod: 0 },
      ]}
    />,
  );

describe('a goal in the report', () => {
  it('that starts later says when', () => {
    show(books('2027-01-01'));
    expect(
      screen.getByText(`Starts on ${formatDate('2027-01-01')}: progress shows from that day.`),
    ).toBeDefined();
    expect(screen.queryByText('Progress cannot be measured yet.')).toBeNull();
  });

  it('that has started shows its figures', () => {
    show(books('2026-01-01'));
    expect(screen.getByText(/^15 of 12 books \(100%\)\./)).toBeDefined();
  });
});

/**
 * A report over own dates in the past keeps to them for achieved goals: one its own dates put
 * after the period's end (a step done since) is not called "Achieved" as if it were achieved in
 * it, and one started and achieved after the period is not listed, with a line saying so. (A
 * report for a past year listed both as achieved.)
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonths, localDateOf } from '../../../shared/dates';
import type { Goal } from '../../../shared/domain/goals';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { saveGoal } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

let store: Store | undefined;
afterEach(async () => {
  cleanup();
  if (store) {
    store.db.close();
    await deleteStore(store.db.name);
    store = undefined;
  }
});

const today = localDateOf(new Date());
const ago = (months: number) => addMonths(today, -months);

const goal = (title: string, over: Partial<Goal>): Omit<Goal, 'id'> => ({
  title,
  kind: 'custom',
  target: {
    type: 'number',
    value: 3,
    unit: 'custom',
    unitLabel: 'talks',
    measure: { source: 'manual', current: 3 },
  },
  startDate: ago(30),
  targetDate: ago(24),
  milestones: [],
  status: 'achieved',
  ...over,
});

async function seed(open: Store) {
  await saveProfile(open, {
    name: 'Sam Rivera',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  const goals = [
    goal('Pass the CAPM exam', {
      milestones: [{ id: 'm1', title: 'Book the exam', due: ago(26), doneOn: ago(27) }],
    }),
    goal('Earn the PMP', {
      milestones: [{ id: 'm2', title: 'Sit the exam', due: ago(24), doneOn: ago(20) }],
    }),
    goal('Run a lessons-learned review', { startDate: ago(6), targetDate: ago(2) }),
  ];
  for (const g of goals) expect((await saveGoal(open, g, today)).ok).toBe(true);
}

describe('the report’s goals over own dates in the past', () => {
  it('say a goal was achieved after the dates, and leave out one begun after them', async () => {
    store = await openStore(`report-goals-past-${Math.random()}`);
    await seed(store);
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={{ ...fakePlatform(null), kind: 'desktop' }}>
          <ReportsScreen />
        </PlatformProvider>
      </StoreProvider>,
    );
    await screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
    fireEvent.click(screen.getByRole('radio', { name: 'Your own dates' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: ago(36) } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: ago(22) } });
    await screen.findByText(/Earn the PMP/);
    const goals = screen.getByRole('region', { name: 'Goals and milestones' });
    const headings = within(goals)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Earn the PMP (Achieved after this period)',
      'Pass the CAPM exam (Achieved)',
    ]);
    expect(goals.textContent).not.toContain('Run a lessons-learned review');
    expect(goals.textContent).toContain(
      '1 goal started and achieved after this period is not listed.',
    );
  });
});

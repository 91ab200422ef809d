/**
 * The report's goals keep to its period: a goal achieved years before the last 12 months is
 * not listed, and the report says how many were left out; own dates reaching back to it list
 * it again. (A review found a 12-month report listing a goal achieved eight years earlier.)
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
  startDate: addMonths(today, -2),
  targetDate: addMonths(today, 6),
  milestones: [],
  status: 'active',
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
    goal('Give three chapter talks', {}),
    goal('Pass the CAPM exam', {
      status: 'achieved',
      startDate: addMonths(today, -100),
      targetDate: addMonths(today, -96),
    }),
    goal('Run a lessons-learned review', {
      status: 'achieved',
      startDate: addMonths(today, -5),
      targetDate: addMonths(today, -1),
    }),
  ];
  for (const g of goals) expect((await saveGoal(open, g, today)).ok).toBe(true);
}

async function goalsSection() {
  render(
    <StoreProvider store={store!}>
      <PlatformProvider platform={{ ...fakePlatform(null), kind: 'desktop' }}>
        <ReportsScreen />
      </PlatformProvider>
    </StoreProvider>,
  );
  const report = await screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
  return within(report).getByRole('region', { name: 'Goals and milestones' });
}

describe('the report’s goals', () => {
  it('leave out, and count, a goal achieved years before the last 12 months; own dates reaching back to it list it', async () => {
    store = await openStore(`report-goals-${Math.random()}`);
    await seed(store);
    const goals = await goalsSection();
    expect(goals.textContent).toContain('Give three chapter talks');
    expect(goals.textContent).toContain('Run a lessons-learned review');
    expect(goals.textContent).not.toContain('Pass the CAPM exam');
    expect(goals.textContent).toContain('1 goal achieved before this period is not listed.');

    // Own dates that reach back to it list it again, and nothing is left out.
    fireEvent.click(screen.getByRole('radio', { name: 'Your own dates' }));
    fireEvent.change(screen.getByLabelText('From'), {
      target: { value: addMonths(today, -120) },
    });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: today } });
    await screen.findByText('Pass the CAPM exam', { exact: false });
    const now = screen.getByRole('region', { name: 'Goals and milestones' });
    expect(now.textContent).toContain('Pass the CAPM exam');
    expect(now.textContent).toContain('Give three chapter talks');
    expect(now.textContent).not.toContain('not listed');
  });
});

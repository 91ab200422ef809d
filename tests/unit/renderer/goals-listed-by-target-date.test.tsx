// Goals are listed with the goal due first (shared/domain/goals/order.ts), not in the order the
// database keeps them by their random ids: a goal just added landed anywhere among the others.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const goal = (id: string, title: string, targetDate: string | null, status = 'active') => ({
  id,
  title,
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current: 1 },
  },
  startDate: '2026-01-01',
  targetDate,
  milestones: [],
  status,
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goals-order'));
  // Ids in the opposite order to the dates: the database hands them back by id.
  await store.db
    .table('goals')
    .bulkPut([
      goal('1-no-date', 'Read more', null),
      goal('2-later', 'Pass the PMP exam', '2027-03-14'),
      goal('3-sooner', 'Finish the PMO course', '2026-12-15', 'achieved'),
    ]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('the Goals screen', { timeout: 20_000 }, () => {
  it('lists the goal due first at the top, goals without a target date last', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <GoalsScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    await screen.findByRole('heading', { name: 'Read more' }, SLOW);
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Finish the PMO course', 'Pass the PMP exam', 'Read more']);
  });
});

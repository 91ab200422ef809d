// A goal's card says its amount with the unit agreeing with the target (reviewer's finding:
// "0 of 1 months (0%)" and "0 of 1 hours (0%)").
import { cleanup, render, screen, within } from '@testing-library/react';
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
const goal = (title: string, value: number, unit: 'months' | 'hours') => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  kind: unit === 'months' ? 'experience' : 'education',
  target: {
    type: 'number',
    value,
    unit,
    measure:
      unit === 'months'
        ? { source: 'experience', roleTypes: ['leading-projects'] }
        : { source: 'contact-hours', topic: 'general' },
  },
  startDate: '2026-01-01',
  targetDate: null,
  milestones: [],
  status: 'active',
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-units'));
  await store.db
    .table('goals')
    .bulkPut([
      goal('One month leading', 1, 'months'),
      goal('Three years leading', 36, 'months'),
      goal('One contact hour', 1, 'hours'),
      goal('Thirty-five contact hours', 35, 'hours'),
    ]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('a goal card’s amount', { timeout: 20_000 }, () => {
  it.each([
    ['One month leading', '0 of 1 month (0%)'],
    ['Three years leading', '0 of 36 months (0%)'],
    ['One contact hour', '0 of 1 hour (0%)'],
    ['Thirty-five contact hours', '0 of 35 hours (0%)'],
  ])('“%s” reads “%s”', async (title, amount) => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <GoalsScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    await screen.findByRole('heading', { name: title }, SLOW);
    const card = screen.getByRole('region', { name: title });
    expect(within(card).getByText(amount, { selector: 'p' }).textContent).toBe(amount);
  });
});

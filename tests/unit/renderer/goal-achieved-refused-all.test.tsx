// Goals → "Mark as achieved" on a goal the goal rules refuse as it is stored (an old milestone
// left without a title, another due after the target date): the refusal named only the first
// problem, so the person fixed it, pressed again, and met the next one. Every problem is named,
// each under the label its field has in the goal's form; nothing is written.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { GoalRow } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const books: GoalRow = {
  id: 'books',
  title: 'Read twelve PM books',
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current: 12 },
  },
  startDate: '2026-01-01',
  targetDate: '2026-11-30',
  milestones: [
    { id: 'm1', title: ' ', due: '2026-06-01', doneOn: '2026-05-30' },
    { id: 'm2', title: 'Last book', due: '2026-12-15', doneOn: null },
  ],
  status: 'active',
  ...stamps,
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-achieved-refused-all'));
  await store.db.table('goals').put(books);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('"Mark as achieved" refused', { timeout: 20_000 }, () => {
  it('names every problem, each under its field’s label, and writes nothing', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <GoalsScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
    fireEvent.click(within(card).getByRole('button', { name: /^Mark as achieved/ }));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain(
      '“Read twelve PM books” could not be marked as achieved, so it was left as it is. Edit the goal to put these right:',
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Milestone 1: This is needed.',
      'Milestone 2 due: This milestone is due after the goal’s target date.',
    ]);
    await waitFor(async () => {
      const stored = (await store.db.table('goals').get('books')) as GoalRow;
      expect(stored).toEqual(books);
    });
  });

  it('stops saying so once the goal is changed (put right in its form, or elsewhere)', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <GoalsScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
    fireEvent.click(within(card).getByRole('button', { name: /^Mark as achieved/ }));
    await screen.findByRole('alert', {}, SLOW);
    // The goal put right: the milestones given a title and a due date within the target.
    await store.db.table('goals').put({
      ...books,
      milestones: [
        { id: 'm1', title: 'Six books', due: '2026-06-01', doneOn: '2026-05-30' },
        { id: 'm2', title: 'Last book', due: '2026-11-15', doneOn: null },
      ],
      updatedAt: '2026-11-22T09:05:00.000Z',
    });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), SLOW);
  });
});

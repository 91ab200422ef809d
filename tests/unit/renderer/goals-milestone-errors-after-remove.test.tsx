// Goals → Edit: a save refused for one milestone's due date, then that milestone removed. The
// error goes with the milestone it was about; it never moves onto the milestone that took its
// number (here "Review", whose date is fine), neither under the field nor in the summary, as
// the course, session and category lists already do (withoutRow).
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
const AFTER_TARGET = 'This milestone is due after the goal’s target date.';
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
    measure: { source: 'manual', current: 3 },
  },
  startDate: '2026-01-01',
  targetDate: '2026-11-30',
  milestones: [
    // Due after the target date: the save is refused for this one.
    { id: 'm1', title: 'Draft', due: '2026-12-15', doneOn: null },
    { id: 'm2', title: 'Review', due: '2026-11-25', doneOn: null },
  ],
  status: 'active',
  ...stamps,
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goals-milestone-errors'));
  await store.db.table('goals').put(books);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('removing a milestone after a refused save', () => {
  it('takes its error with it, off the milestone that moves up', async () => {
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
    fireEvent.click(within(card).getByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: 'Edit goal' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(within(form).queryAllByText(AFTER_TARGET)).not.toHaveLength(0));
    expect(within(form).getByLabelText('Milestone 1 due').getAttribute('aria-invalid')).toBe(
      'true',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Remove milestone 1' }));

    // "Review" is milestone 1 now; its date was never wrong.
    expect(within(form).getByLabelText('Milestone 1')).toHaveProperty('value', 'Review');
    expect(within(form).getByLabelText('Milestone 1 due').getAttribute('aria-invalid')).toBeNull();
    expect(within(form).queryByText(AFTER_TARGET)).toBeNull();
    expect(within(form).queryByText(new RegExp(AFTER_TARGET))).toBeNull();
  });
});

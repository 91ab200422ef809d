// Goals → Edit: a target date typed that is not a day (29 February of a year without one, or
// a date left half typed). Chromium's date field then holds no value at all, only
// `validity.badInput`, so the goal read "no target date" and was saved without one, silently:
// the date the user typed was lost. The save is refused instead, at the field, and the stored
// goal keeps its date. jsdom has no date field of its own: the field's validity is set as
// Chromium sets it.
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
    measure: { source: 'manual', current: 3 },
  },
  startDate: '2026-01-01',
  targetDate: '2026-11-30',
  milestones: [{ id: 'm1', title: 'Draft', due: '2026-11-25', doneOn: null }],
  status: 'active',
  ...stamps,
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goals-target-date-unreadable'));
  await store.db.table('goals').put(books);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** What Chromium's date field holds once a day that does not exist is typed into it. */
function typeNoDay(input: HTMLElement) {
  fireEvent.change(input, { target: { value: '' } });
  Object.defineProperty(input, 'validity', {
    configurable: true,
    value: { badInput: true, valid: false },
  });
}

async function openEdit() {
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
  return screen.getByRole('form', { name: 'Edit goal' });
}

const stored = async () => (await store.db.table('goals').get('books')) as GoalRow;

describe('a date typed that is no day', () => {
  it('the target date: refused, said at the field, the stored date kept', async () => {
    const form = await openEdit();
    const field = within(form).getByLabelText('Target date (optional)');
    typeNoDay(field);
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('form', { name: 'Edit goal' })).toBe(form);
    expect(within(form).queryAllByText(/Enter a real date/)).not.toHaveLength(0);
    expect((await stored()).targetDate).toBe('2026-11-30');
  });

  it('a milestone’s due date: said as a date that is not real, not as one left empty', async () => {
    const form = await openEdit();
    const field = within(form).getByLabelText('Milestone 1 due');
    typeNoDay(field);
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).queryAllByText(/Enter a real date/)).not.toHaveLength(0);
    expect((await stored()).milestones[0]!.due).toBe('2026-11-25');
  });
});

// A goal's edit form while the same goal is changed or deleted in another window (a second
// tab on the same database: here, a write straight through the repository). The form says so,
// keeps what was typed, and a save after that replaces the other change or puts the goal
// back. The clock is frozen, so every save carries the same timestamp, as in the e2e tests.
// jsdom joins a button's hidden words without a space, so buttons are found by their first words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { deleteGoal, saveGoal, type GoalRow } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const CHANGED = 'This goal was changed in another window after you opened this form.';
const DELETED = 'This goal was deleted in another window after you opened this form.';
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
  milestones: [],
  status: 'active',
  ...stamps,
};

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-two-windows'));
  await store.db.table('goals').put(books);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <GoalsScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const stored = async () => (await store.db.table('goals').get('books')) as GoalRow | undefined;

/** Opens the edit form of the goal and types a new title and reason into it. */
async function openAndType() {
  show();
  const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
  fireEvent.click(within(card).getByRole('button', { name: /^Edit/ }));
  const form = screen.getByRole('form', { name: 'Edit goal' });
  fireEvent.change(within(form).getByLabelText('Goal'), {
    target: { value: 'Read twelve books on governance' },
  });
  fireEvent.change(within(form).getByLabelText('Why this matters (optional)'), {
    target: { value: 'For the PMO role' },
  });
  return form;
}

describe('a goal edited here and changed in another window', { timeout: 20_000 }, () => {
  it('says so, keeps what was typed, and a save then replaces the other change', async () => {
    const form = await openAndType();
    const elsewhere = await saveGoal(store, { ...books, targetDate: '2026-12-31' }, ASOF);
    expect(elsewhere.ok).toBe(true);
    expect(await within(form).findByRole('alert', {}, SLOW)).toHaveProperty(
      'textContent',
      expect.stringContaining(CHANGED),
    );
    expect(within(form).getByLabelText('Goal')).toHaveProperty(
      'value',
      'Read twelve books on governance',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull());
    expect(await stored()).toMatchObject({
      title: 'Read twelve books on governance',
      why: 'For the PMO role',
      targetDate: '2026-11-30',
    });
  });

  it('says so once deleted there, keeps what was typed, and a save puts the goal back', async () => {
    const form = await openAndType();
    await deleteGoal(store, 'books');
    expect(await within(form).findByRole('alert', {}, SLOW)).toHaveProperty(
      'textContent',
      expect.stringContaining(DELETED),
    );
    expect(within(form).getByLabelText('Goal')).toHaveProperty(
      'value',
      'Read twelve books on governance',
    );

    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull());
    expect(await stored()).toMatchObject({ title: 'Read twelve books on governance' });
    await screen.findByRole('region', { name: 'Read twelve books on governance' }, SLOW);
  });

  it('while its form is open, the card does not mark it achieved: the form decides', async () => {
    const form = await openAndType();
    const card = screen.getByRole('region', { name: 'Read twelve PM books' });
    expect(within(card).queryByRole('button', { name: /^Mark as achieved/ })).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull());
    // Closed, the card offers it again.
    const after = await screen.findByRole(
      'region',
      { name: 'Read twelve books on governance' },
      SLOW,
    );
    expect(within(after).getByRole('button', { name: /^Mark as achieved/ })).toBeDefined();
  });
});

describe('the Undo of "Mark as achieved"', { timeout: 20_000 }, () => {
  it('puts the goal back while it is as marked', async () => {
    show();
    const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
    fireEvent.click(within(card).getByRole('button', { name: /^Mark as achieved/ }));
    await waitFor(async () => expect((await stored())?.status).toBe('achieved'), SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stored()).toEqual(books), SLOW);
  });

  it('never overwrites an edit made since, and says so', async () => {
    show();
    const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
    fireEvent.click(within(card).getByRole('button', { name: /^Mark as achieved/ }));
    await waitFor(async () => expect((await stored())?.status).toBe('achieved'), SLOW);
    const marked = (await stored())!;
    const edited = await saveGoal(store, { ...marked, title: 'Read twelve PMO books' }, ASOF);
    expect(edited.ok).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/was changed since it was marked as achieved/, undefined, SLOW);
    expect(await stored()).toMatchObject({ title: 'Read twelve PMO books', status: 'achieved' });
  });
});

// Goals → Edit, a milestone's "done" box. (1) Its error (a done date refused, here one after
// today, as a clock set back or a restored backup leaves it) showed only in the form's error
// summary, never at the box: it is said at the box now, wired as any other field's error.
// The box shows no date, so "Enter today or an earlier date" asked for a field there is not:
// the words name the date it was marked done on and say how to put it right (tick it again).
// (2) Unticking "done" and ticking it again in the same edit replaced the day the milestone
// was done with today: the date it had is kept.
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
const goal = (doneOn: string): GoalRow => ({
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
  targetDate: '2026-12-31',
  milestones: [{ id: 'm1', title: 'First book', due: '2026-03-31', doneOn }],
  status: 'active',
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-milestone-done-field'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function openEdit(row: GoalRow) {
  await store.db.table('goals').put(row);
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
  return { form, done: within(form).getByLabelText('Milestone 1 done') as HTMLInputElement };
}

const DONE_LATER =
  'Marked done on Nov 25, 2026, a date after today. To mark it done today, untick this box and tick it again; if it is not done yet, leave it unticked.';

const stored = async () => (await store.db.table('goals').get('books')) as GoalRow;

describe('a milestone’s “done” box', { timeout: 20_000 }, () => {
  it('its done date refused: said at the box, wired to it, and nothing saved', async () => {
    const { form, done } = await openEdit(goal('2026-11-25'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(done.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const error = document.getElementById(done.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(DONE_LATER);
    expect(form.contains(error)).toBe(true);
    expect(form.querySelector('.error-summary')?.textContent).toContain(
      `Milestone 1 done: ${DONE_LATER}`,
    );
    expect((await stored()).milestones[0]!.doneOn).toBe('2026-11-25');
  });

  it('its done date no real day: says so at the box, and how to put it right', async () => {
    const { form, done } = await openEdit(goal('2026-02-30'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(done.getAttribute('aria-invalid')).toBe('true'), SLOW);
    const error = document.getElementById(done.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(
      'Marked done on “2026-02-30”, which is not a real date. To mark it done today, untick this box and tick it again; if it is not done yet, leave it unticked.',
    );
  });

  it('its done date refused on "Mark as achieved": the same words, naming the date', async () => {
    await store.db.table('goals').put({
      ...goal('2026-11-25'),
      target: { ...goal('').target, measure: { source: 'manual', current: 12 } },
    });
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
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Milestone 1 done: ${DONE_LATER}`]);
  });

  it('unticked and ticked again: keeps the day it was done, not today', async () => {
    const { form, done } = await openEdit(goal('2026-03-14'));
    fireEvent.click(done);
    expect(done.checked).toBe(false);
    fireEvent.click(done);
    expect(done.checked).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull(), SLOW);
    expect((await stored()).milestones[0]!.doneOn).toBe('2026-03-14');
  });

  it('a refused done date unticked and ticked again: today, and the goal saves', async () => {
    const { form, done } = await openEdit(goal('2026-11-25'));
    fireEvent.click(done);
    fireEvent.click(done);
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull(), SLOW);
    expect((await stored()).milestones[0]!.doneOn).toBe('2026-11-22');
  });
});

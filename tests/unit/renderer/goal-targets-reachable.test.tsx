// Goals, as the reviewer met them: "Earn PMP" with the form's own defaults (Credential,
// Credentials held, PMP) saves as it is and reads "0 of 1", a target above the credentials
// chosen is refused, "My own count" counts whole things, the heading says the truth about
// typed-in counts, and a goal that starts after today is not "Target reached".
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-targets'));
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

async function openForm() {
  show();
  fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }, SLOW));
  return screen.getByRole('form', { name: 'Add a goal' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const pick = type;
const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
const errorUnder = (form: HTMLElement, label: string) => {
  const input = within(form).getByLabelText(label);
  return document.getElementById(`${input.id}-error`)?.textContent ?? null;
};

describe('a credential goal', { timeout: 20_000 }, () => {
  it('"Earn PMP" saves with the form’s defaults and reads 0 of 1', async () => {
    const form = await openForm();
    expect(within(form).getByLabelText<HTMLSelectElement>('Kind').value).toBe('credential');
    expect(within(form).getByLabelText<HTMLInputElement>('Target number').value).toBe('1');
    expect(screen.getByText('One credential is chosen, so the target is 1.')).not.toBeNull();
    type(form, 'Goal', 'Earn PMP');
    save(form);
    const card = await screen.findByRole('region', { name: 'Earn PMP' }, SLOW);
    expect(within(card).getByText('Credentials held: PMP')).not.toBeNull();
    expect(within(card).getByText('0 of 1 (0%)')).not.toBeNull();
  });

  it('refuses a target above the credentials chosen, saying the most it can be', async () => {
    const form = await openForm();
    type(form, 'Goal', 'Earn PMP');
    type(form, 'Target number', '3');
    save(form);
    await waitFor(() =>
      expect(errorUnder(form, 'Target number')).toBe(
        'You chose 1 credential, so the target can be at most 1.',
      ),
    );
    expect(await store.db.table('goals').count()).toBe(0);
  });

  it('drops its own default target when another measure is chosen, keeps a typed one', async () => {
    const form = await openForm();
    pick(form, 'Kind', 'education');
    expect(within(form).getByLabelText<HTMLInputElement>('Target number').value).toBe('');
    type(form, 'Target number', '35');
    pick(form, 'Kind', 'credential');
    expect(within(form).getByLabelText<HTMLInputElement>('Target number').value).toBe('35');
  });
});

describe('a goal on my own count', { timeout: 20_000 }, () => {
  it('the heading says that this count is typed in', async () => {
    show();
    await screen.findByRole('button', { name: 'Add a goal' }, SLOW);
    expect(
      screen.queryByText('Progress is measured from your records, never typed in.'),
    ).toBeNull();
    expect(
      screen.getByText(
        'Progress is measured from your records, except for goals measured by “My own count”: there you type where you are now, and keep it up to date by editing the goal.',
      ),
    ).not.toBeNull();
  });

  it('counts whole things: 2.5 books is refused, and the field says so', async () => {
    const form = await openForm();
    type(form, 'Goal', 'Read twelve PM books');
    pick(form, 'Kind', 'custom');
    pick(form, 'Measured by', 'manual');
    expect(
      screen.getByText('You keep this count yourself: a whole number, for example 3.'),
    ).not.toBeNull();
    type(form, 'Where you are now', '2.5');
    type(form, 'Unit, e.g. books', 'books');
    type(form, 'Target number', '12');
    save(form);
    await waitFor(() =>
      expect(errorUnder(form, 'Where you are now')).toBe('Enter a whole number, for example 12.'),
    );
    expect(await store.db.table('goals').count()).toBe(0);
    type(form, 'Where you are now', '2');
    save(form);
    const card = await screen.findByRole('region', { name: 'Read twelve PM books' }, SLOW);
    expect(within(card).getByText('2 of 12 books (16%)')).not.toBeNull();
  });

  it('a goal that starts after today says when it starts, not that it is reached', async () => {
    await store.db.table('goals').put({
      id: 'next-year',
      title: 'Read twelve PM books next year',
      kind: 'custom',
      target: {
        type: 'number',
        value: 12,
        unit: 'custom',
        unitLabel: 'books',
        measure: { source: 'manual', current: 15 },
      },
      startDate: '2027-01-01',
      targetDate: '2027-12-31',
      milestones: [],
      status: 'active',
      ...stamps,
    });
    show();
    const card = await screen.findByRole(
      'region',
      { name: 'Read twelve PM books next year' },
      SLOW,
    );
    const starts = `Starts on ${formatDate('2027-01-01')}: progress shows from that day.`;
    expect(within(card).getByText(starts)).not.toBeNull();
    expect(within(card).queryByText(/Target reached/)).toBeNull();
    expect(within(card).queryByText(/15 of 12/)).toBeNull();
    expect(within(card).queryByRole('button', { name: /^Mark as achieved/ })).toBeNull();
  });
});

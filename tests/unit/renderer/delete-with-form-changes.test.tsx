// Deleting a goal or a role while its edit form holds changes not yet saved (README, Decisions:
// a delete with an edit form open). The delete goes ahead at once, as every delete does; the
// form closes and the toast says its changes went with it; Undo puts the record back as it was
// stored and opens its form again with what was typed, still unsaved (leaving it asks first,
// Save saves it), with the focus in it. A form with no changes closes as before, and Undo puts
// back the record alone, as before. (The typed changes were dropped without a word.)
// jsdom joins a button's hidden words without a space, so buttons are found by their first words.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { DiscardDialog } from '../../../renderer/src/components/DiscardDialog';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listGoals,
  listRoles,
  saveRole,
  type GoalRow,
} from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ExperienceScreen } from '../../../renderer/src/features/experience/ExperienceScreen';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const asOf = '2026-11-22';
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('delete-with-form-changes'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

/** Draws `element` inside the app's providers; `again` draws something else in its place. */
function show(element: ReactElement) {
  const wrap = (child: ReactElement) => (
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          {child}
          <DiscardDialog />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>
  );
  const { rerender } = render(wrap(element));
  return { again: (other: ReactElement) => rerender(wrap(other)) };
}

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

function type(field: HTMLElement, value: string) {
  field.focus();
  fireEvent.change(field, { target: { value } });
}

/** The toast's words (the notice with Undo). */
const toast = () => screen.getByRole('status').textContent ?? '';

/** Every alert shown from now on, even for a moment (a conflict said while a row is read back). */
function alertsSeen(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    for (const el of document.querySelectorAll('[role="alert"]')) seen.push(el.textContent ?? '');
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return seen;
}

describe('Experience: deleting the role being edited', { timeout: 30_000 }, () => {
  async function pm() {
    const saved = await saveRole(
      store,
      {
        title: 'PM',
        organisation: 'Contoso',
        industry: 'Healthcare',
        start: '2020-01',
        end: null,
        roleTypes: ['leading-projects'],
      },
      asOf,
    );
    if (!saved.ok) throw new Error('role not saved');
  }

  async function editAndDelete(title?: string) {
    press(await screen.findByRole('button', { name: /^Edit PM/ }, SLOW));
    const form = await screen.findByRole('form', { name: 'Edit role' });
    if (title) type(within(form).getByLabelText('Job title'), title);
    press(screen.getByRole('button', { name: /^Delete PM/ }));
    await waitFor(() => expect(toast()).toContain('Deleted “PM”.'), SLOW);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull());
  }

  it('with changes: said in the toast; Undo opens the form again with them', async () => {
    await pm();
    show(<ExperienceScreen />);
    // Without changes, as before: the toast says the delete only; Undo puts back the role alone.
    await editAndDelete();
    expect(toast()).not.toContain('Its form closed');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: /^Edit PM/ }, SLOW);
    expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull();

    await editAndDelete('Senior PM');
    expect(toast()).toContain(
      'Deleted “PM”. Its form closed with changes you had not saved: Undo brings the role back with them.',
    );
    expect(hasUnsavedChanges()).toBe(false);
    const alerts = alertsSeen();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const form = await screen.findByRole('form', { name: 'Edit role' }, SLOW);
    const title = within(form).getByLabelText('Job title');
    expect(title).toHaveProperty('value', 'Senior PM');
    await waitFor(() => expect(document.activeElement).toBe(title));
    // Stored as it was before the delete; what was typed is still to be saved.
    expect((await listRoles(store)).map((r) => r.title)).toEqual(['PM']);
    expect(hasUnsavedChanges()).toBe(true);
    expect(alerts.filter((a) => a.includes('another window'))).toEqual([]);

    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(async () =>
      expect((await listRoles(store)).map((r) => r.title)).toEqual(['Senior PM']),
    );
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit role' })).toBeNull());
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('the form brought back asks before Escape closes it', async () => {
    await pm();
    show(<ExperienceScreen />);
    await editAndDelete('Senior PM');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const form = await screen.findByRole('form', { name: 'Edit role' }, SLOW);
    fireEvent.keyDown(within(form).getByLabelText('Job title'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog', { name: 'Discard your changes?' })).not.toBeNull();
    expect(screen.queryByRole('form', { name: 'Edit role' })).not.toBeNull();
  });

  it('an Undo pressed on another screen: the form opens when Experience is back', async () => {
    await pm();
    const { again } = show(<ExperienceScreen />);
    await editAndDelete('Senior PM');
    again(<p>Another screen</p>);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await listRoles(store)).map((r) => r.title)).toEqual(['PM']));
    act(() => again(<ExperienceScreen />));
    const form = await screen.findByRole('form', { name: 'Edit role' }, SLOW);
    expect(within(form).getByLabelText('Job title')).toHaveProperty('value', 'Senior PM');
    expect(hasUnsavedChanges()).toBe(true);
  });
});

describe('Goals: deleting the goal being edited', { timeout: 30_000 }, () => {
  const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
  const books: GoalRow = {
    id: 'books',
    title: 'Read PM books',
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
    milestones: [],
    status: 'active',
    ...stamps,
  };

  it('with changes: said in the toast; Undo opens the form again with them', async () => {
    await store.db.table('goals').put(books);
    show(<GoalsScreen />);
    // Without changes, as before: Undo puts back the goal alone, focus on its name.
    press(await screen.findByRole('button', { name: /^Edit Read PM books/ }, SLOW));
    await screen.findByRole('form', { name: 'Edit goal' });
    press(screen.getByRole('button', { name: /^Delete Read PM books/ }));
    await waitFor(() => expect(toast()).toContain('Deleted “Read PM books”.'), SLOW);
    expect(toast()).not.toContain('Its form closed');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const heading = await screen.findByRole('heading', { name: 'Read PM books' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull();

    press(await screen.findByRole('button', { name: /^Edit Read PM books/ }, SLOW));
    const form = await screen.findByRole('form', { name: 'Edit goal' });
    type(within(form).getByLabelText('Goal'), 'Read twelve PM books');
    const alerts = alertsSeen();

    press(screen.getByRole('button', { name: /^Delete Read PM books/ }));
    await waitFor(
      () =>
        expect(toast()).toContain(
          'Deleted “Read PM books”. Its form closed with changes you had not saved: Undo brings the goal back with them.',
        ),
      SLOW,
    );
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull());
    expect(hasUnsavedChanges()).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const back = await screen.findByRole('form', { name: 'Edit goal' }, SLOW);
    const title = within(back).getByLabelText('Goal');
    expect(title).toHaveProperty('value', 'Read twelve PM books');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(await listGoals(store)).toEqual([books]);
    expect(hasUnsavedChanges()).toBe(true);
    expect(alerts.filter((a) => a.includes('another window'))).toEqual([]);

    fireEvent.click(within(back).getByRole('button', { name: 'Save goal' }));
    await waitFor(async () =>
      expect((await listGoals(store)).map((g) => g.title)).toEqual(['Read twelve PM books']),
    );
  });
});

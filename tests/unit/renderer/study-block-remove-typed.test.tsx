/**
 * Study › a block of the week › change its time in "Move or change: …", then "Remove block"
 * (README, Decisions: a delete with an edit form open): the block goes at once, as every delete
 * does, and nothing asks first; the notice says the dialog's changes went with it, and Undo
 * puts the block back as stored and opens its dialog again with what was typed, still unsaved
 * (Escape asks "Discard your changes?"; Save block saves it). With nothing typed, Undo puts the
 * block back and focuses it, as before.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft, weekdays } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { listBlocks, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const PLANNED_ON = '2026-11-16'; // a Monday
const SLOW = { timeout: 5000 };
const week = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };
const GONE_WITH =
  'Its dialog closed with changes you had not saved: Undo brings the block back with them.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 16, 9, 0));
  store = await openStore(freshName('study-block-remove-typed'));
  const draft = emptyProfileDraft();
  const profile = await saveProfile(store, {
    ...draft,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...draft.weeklyAvailability, tue: '1', thu: '1', sat: '2' },
  });
  if (!profile.ok) throw new Error('profile not saved');
  const plan: PlanDraft = {
    title: 'PMP exam',
    target: 'goal:none',
    hoursNeeded: '8',
    start: PLANNED_ON,
    deadline: '2026-12-01',
    sessionMinutes: '60',
    bufferDays: '0',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  const made = await savePlan(store, plan, week, PLANNED_ON);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  vi.setSystemTime(new Date(2026, 10, 19, 10, 0));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

async function showPlanner() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <StudyScreen rest={[]} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByRole('article', { name: 'PMP exam' }, SLOW);
  const blocks = await listBlocks(store);
  return blocks.find((b) => b.date === '2026-11-21' && b.start === '18:00')!;
}

const shown = (id: string) => document.querySelector<HTMLElement>(`[data-block-id="${id}"]`);
const dialogName = /^Move or change: PMP exam/;
function open(id: string) {
  const button = shown(id)!;
  button.focus();
  fireEvent.click(button);
  return screen.getByRole('dialog', { name: dialogName });
}
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

describe('Remove block with changes typed in its dialog', { timeout: 30_000 }, () => {
  it('removes at once; Undo puts the block back and reopens the dialog with what was typed', async () => {
    const block = await showPlanner();
    const dialog = open(block.id);
    fireEvent.change(within(dialog).getByLabelText('Start time'), {
      target: { value: '20:00' },
    });
    press(within(dialog).getByRole('button', { name: 'Remove block' }));

    // Nothing asked: removed at once, and the notice says the typing went with it.
    const notice = await screen.findByText(/^Study block removed: PMP exam/, {}, SLOW);
    expect(notice.textContent).toContain(GONE_WITH);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(shown(block.id)).toBeNull(), SLOW);
    expect((await listBlocks(store)).some((b) => b.id === block.id)).toBe(false);
    expect(hasUnsavedChanges()).toBe(false);

    press(screen.getByRole('button', { name: /^Undo/ }));
    const back = await screen.findByRole('dialog', { name: dialogName }, SLOW);
    // The block is back as stored; the dialog holds what was typed, not yet saved.
    expect((await listBlocks(store)).find((b) => b.id === block.id)).toEqual(block);
    const startField = within(back).getByLabelText<HTMLInputElement>('Start time');
    expect(startField.value).toBe('20:00');
    expect(within(back).getByLabelText<HTMLInputElement>('Day').value).toBe('2026-11-21');
    await waitFor(() => expect(document.activeElement).toBe(within(back).getByLabelText('Day')));
    expect(hasUnsavedChanges()).toBe(true);

    // Escape asks first: the dialog holds changes from its first moment.
    fireEvent.keyDown(startField, { key: 'Escape' });
    const asked = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    press(within(asked).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    press(within(back).getByRole('button', { name: 'Save block' }));
    await waitFor(
      async () =>
        expect((await listBlocks(store)).find((b) => b.id === block.id)).toMatchObject({
          date: '2026-11-21',
          start: '20:00',
          edited: true,
        }),
      SLOW,
    );
  });

  it('with nothing typed, Undo puts the block back and focuses it, with no dialog', async () => {
    const block = await showPlanner();
    press(within(open(block.id)).getByRole('button', { name: 'Remove block' }));
    const notice = await screen.findByText(/^Study block removed: PMP exam/, {}, SLOW);
    expect(notice.textContent).not.toContain(GONE_WITH);
    await waitFor(() => expect(shown(block.id)).toBeNull(), SLOW);

    press(screen.getByRole('button', { name: /^Undo/ }));
    await waitFor(() => expect(document.activeElement).toBe(shown(block.id)), SLOW);
    expect(screen.queryByRole('dialog', { name: dialogName })).toBeNull();
    expect((await listBlocks(store)).find((b) => b.id === block.id)).toEqual(block);
  });
});

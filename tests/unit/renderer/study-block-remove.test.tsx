/**
 * Study › a block of the week › "Remove block" (the "Move or change: …" dialog): the block
 * goes, with an Undo notice as other deletes have; focus goes on to the next block of its day
 * (else the day's heading) and Undo brings the block back and focuses it. A block on a day
 * already gone is not removed: the dialog says why and what to do.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft, weekdays } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { listRemoved } from '../../../renderer/src/db/repositories/study-dropped';
import { listBlocks, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const PLANNED_ON = '2026-11-16'; // a Monday
const SLOW = { timeout: 5000 };
const week = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 16, 9, 0));
  store = await openStore(freshName('study-block-remove'));
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
    hoursNeeded: '8', // every hour of the time to 30 Nov
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
  // Shown on Thursday 19 Nov at 10:00: Tuesday's block is past, Thursday's still to come.
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
  return (date: string, start: string) => blocks.find((b) => b.date === date && b.start === start)!;
}

const shown = (id: string) => document.querySelector<HTMLElement>(`[data-block-id="${id}"]`);
function open(id: string) {
  const button = shown(id)!;
  button.focus();
  fireEvent.click(button);
  return screen.getByRole('dialog', { name: /^Move or change: PMP exam/ });
}
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

describe('Remove block', { timeout: 30_000 }, () => {
  it('removes the block with Undo; focus goes to the next block of its day, and back on Undo', async () => {
    const at = await showPlanner();
    const first = at('2026-11-21', '18:00');
    const second = at('2026-11-21', '19:15');
    expect(second).toBeDefined();
    const dialog = open(first.id);
    press(within(dialog).getByRole('button', { name: 'Remove block' }));

    await screen.findByText(
      /^Study block removed: PMP exam, Sat.*21.*, 18:00 to 19:00\.$/,
      {},
      SLOW,
    );
    await waitFor(() => expect(shown(first.id)).toBeNull(), SLOW);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(shown(second.id)), SLOW);
    expect((await listBlocks(store)).map((b) => b.id)).not.toContain(first.id);
    expect((await listRemoved(store)).map((b) => b.id)).toEqual([first.id]);

    press(screen.getByRole('button', { name: /^Undo/ }));
    await waitFor(() => expect(shown(first.id)).not.toBeNull(), SLOW);
    await waitFor(() => expect(document.activeElement).toBe(shown(first.id)), SLOW);
    expect((await listBlocks(store)).map((b) => b.id)).toContain(first.id);
    expect(await listRemoved(store)).toEqual([]);
  });

  it("moves focus to the day's heading when the day's only block goes", async () => {
    const at = await showPlanner();
    const only = at('2026-11-19', '18:00');
    press(within(open(only.id)).getByRole('button', { name: 'Remove block' }));
    await waitFor(() => expect(shown(only.id)).toBeNull(), SLOW);
    await waitFor(
      () => expect(document.activeElement?.textContent).toMatch(/^Thursday.*19.*\(today\)$/),
      SLOW,
    );
    expect(document.activeElement?.tagName).toBe('H3');
  });

  it('does not remove a block on a day already gone, and says what to do instead', async () => {
    const at = await showPlanner();
    const past = at('2026-11-17', '18:00');
    const dialog = open(past.id);
    const remove = within(dialog).getByRole('button', { name: 'Remove block' });
    press(remove);
    expect((await within(dialog).findByRole('alert', {}, SLOW)).textContent).toBe(
      'This block’s day has passed, so it stays as the record of what was planned. To make it up, move it to today or a later day.',
    );
    expect(document.activeElement).toBe(remove);
    expect((await listBlocks(store)).map((b) => b.id)).toContain(past.id);
    expect(screen.queryByText(/^Study block removed/)).toBeNull();
  });
});

/**
 * Study › a block of the week › "Remove block", then Undo once the plan was re-planned in
 * another window (checkBlockRestore): the re-plan laid the block's hours on other time, so the
 * block is not put back (its hours would be planned twice) and the notice says why and what to
 * do instead.
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
import {
  listBlocks,
  replanPlan,
  savePlan,
} from '../../../renderer/src/db/repositories/study-plans';
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
  store = await openStore(freshName('study-block-remove-undo'));
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

describe('Undo of Remove block after a re-plan', { timeout: 30_000 }, () => {
  it('puts nothing back and says why, in the notice', async () => {
    const at = await showPlanner();
    const first = at('2026-11-21', '18:00');
    press(within(open(first.id)).getByRole('button', { name: 'Remove block' }));
    await screen.findByText(/^Study block removed: PMP exam/, {}, SLOW);
    await waitFor(() => expect(shown(first.id)).toBeNull(), SLOW);

    // Another window re-plans the plan: the hour goes onto other time.
    await replanPlan(store, (await listBlocks(store))[0]!.planId, week, '2026-11-19');
    const replanned = await listBlocks(store);

    press(screen.getByRole('button', { name: /^Undo/ }));
    await screen.findByText(
      'Plan “PMP exam” was re-planned or changed after the block was removed, so the block was not put back: its hours may already be on other blocks. To study at that time, move one of the plan’s blocks there.',
      {},
      SLOW,
    );
    expect(await listBlocks(store)).toEqual(replanned);
    expect(shown(first.id)).toBeNull();
    expect((await listRemoved(store)).map((b) => b.id)).toEqual([first.id]);
  });
});

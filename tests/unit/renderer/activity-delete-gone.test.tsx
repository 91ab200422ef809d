// "Delete activity" on an activity another window had deleted already went back to the log
// without a word, as if this delete had done something. It now says that the activity had
// been deleted elsewhere and nothing was deleted here, with nothing to undo.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  deleteActivity,
  listActivities,
  saveActivity,
} from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CreditLogScreen } from '../../../renderer/src/features/credit-log/CreditLogScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-11-22';
const SLOW = { timeout: 10_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-delete-gone'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

/** What the page's status regions say (the toasts among them). */
const said = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

describe('Credit log: deleting an activity deleted in another window', { timeout: 30_000 }, () => {
  it('goes back saying nothing was deleted here, with no Undo', async () => {
    const saved = await saveActivity(
      store,
      {
        date: '2026-11-16',
        title: 'Risk course',
        type: 'course-or-training',
        amount: 2,
        unit: 'hours',
        split: { waysOfWorking: 2, powerSkills: 0, businessAcumen: 0 },
        status: 'earned',
      },
      TODAY,
    );
    if (!saved.ok) throw new Error('activity not saved');
    window.location.hash = `#/credit-log/${saved.value.id}`;
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <CreditLogScreen rest={[saved.value.id]} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Delete activity' }, SLOW);
    // Deleted in another window while the form is open: the form says so.
    await deleteActivity(store, saved.value.id);
    await screen.findByText(/was deleted in another window after you opened it/, {}, SLOW);

    fireEvent.click(button);
    await waitFor(
      () =>
        expect(said()).toContain(
          '“Risk course” had already been deleted in another window, so nothing was deleted here.',
        ),
      SLOW,
    );
    expect(said()).not.toContain('Deleted “Risk course”.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(window.location.hash).toBe('#/credit-log');
    expect(await listActivities(store)).toEqual([]);
  });
});

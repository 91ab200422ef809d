// Undo of an activity deleted from its editor never writes over the activity saved again with
// its id since the delete (an edit form still open in another window, say): the saved version
// is kept, and the toast says it was not put back and why, as it does for a goal, a role, a
// degree or a journal entry.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities, saveActivity } from '../../../renderer/src/db/repositories/activities';
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
  store = await openStore(freshName('activity-undo-refused'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

/** What the page's status regions say (the toast with Undo among them). */
const toast = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

describe('Credit log: Undo of a deleted activity', { timeout: 30_000 }, () => {
  it('never writes over the activity saved again since the delete, and says so', async () => {
    const saved = await saveActivity(
      store,
      {
        date: '2026-11-16',
        title: 'Risk course',
        provider: 'Acme Training',
        type: 'course-or-training',
        amount: 2,
        unit: 'hours',
        split: { waysOfWorking: 2, powerSkills: 0, businessAcumen: 0 },
        status: 'earned',
      },
      TODAY,
    );
    if (!saved.ok) throw new Error('activity not saved');
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <CreditLogScreen rest={[saved.value.id]} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete activity' }, SLOW));
    await waitFor(() => expect(toast()).toContain('Deleted “Risk course”.'), SLOW);
    // Saved again with the same id meanwhile (an edit form still open in another window).
    const again = await saveActivity(
      store,
      { ...saved.value, title: 'Risk course (2 days)' },
      TODAY,
    );
    expect(again.ok).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(toast()).toContain(
        '“Risk course” was not put back: it was saved again after it was deleted, so the saved version is kept.',
      ),
    );
    expect((await listActivities(store)).map((a) => a.title)).toEqual(['Risk course (2 days)']);
  });
});

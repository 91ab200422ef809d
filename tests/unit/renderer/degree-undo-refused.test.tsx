// Undo of a deleted degree never writes over a degree saved again with its id since the
// delete (an edit form still open in another window, say): the saved version is kept, and the
// toast says the degree was not put back and why, as it does for a role or an entry.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listDegrees, saveDegree } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EducationScreen } from '../../../renderer/src/features/experience/EducationScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('degree-undo-refused'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

/** What the page's status regions say (the toast with Undo among them). */
const toast = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

describe('Education: Undo of a deleted degree', { timeout: 30_000 }, () => {
  it('never writes over the degree saved again since the delete, and says so', async () => {
    const saved = await saveDegree(
      store,
      {
        level: 'bachelor',
        field: 'Business',
        institution: 'State University',
        year: 2019,
        gacAccredited: false,
      },
      asOf,
    );
    if (!saved.ok) throw new Error('degree not saved');
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <EducationScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Delete/ }, SLOW));
    await waitFor(() => expect(toast()).toContain('Deleted the degree.'), SLOW);
    // Saved again with the same id meanwhile (an edit form still open in another window).
    const again = await saveDegree(store, { ...saved.value, field: 'Engineering' }, asOf);
    expect(again.ok).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(toast()).toContain(
        'The degree was not put back: it was saved again after it was deleted, so the saved version is kept.',
      ),
    );
    expect((await listDegrees(store)).map((d) => d.field)).toEqual(['Engineering']);
  });
});

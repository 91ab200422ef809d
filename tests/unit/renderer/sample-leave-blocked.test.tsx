// "Remove sample data" while another window holds the sample database open and does not let
// go: the window waited on its closed database for ever (nothing worked until a reload). Now it
// goes back to the person's own records, which say the sample is still on the computer, why,
// and what to do, and remove it once that window is closed. The own records are not touched.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { openStore, storeExists, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import {
  isSampleMode,
  SAMPLE_DATABASE_NAME,
  sampleLeftBehind,
} from '../../../renderer/src/features/sample/sample-mode';
import { seedSample } from '../../../renderer/src/features/sample/seed-sample';
import { fakePlatform } from '../../db/backup-fakes';
import { dumpTables, freshName } from '../../db/helpers';

const SLOW = { timeout: 8000 };
let stores: Store[] = [];
let other: IDBDatabase | null = null;
const AFTER_RELOAD = 'ascent.arrive-after-reload';
afterEach(() => {
  window.sessionStorage.removeItem(AFTER_RELOAD);
  other?.close();
  other = null;
  for (const s of stores) s.db.close();
  stores = [];
});

/** Another window's connection that does not let go when asked (it ignores versionchange). */
function holdOpen(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(SAMPLE_DATABASE_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const ada = {
  name: 'Ada Byrne',
  currentRung: 'pmo-analyst',
  targetRung: 'pmo-manager',
  education: 'bachelor' as const,
  gacAccredited: false,
  weeklyAvailability: { mon: '', tue: '1', wed: '', thu: '', fri: '', sat: '', sun: '' },
};

describe('leaving the sample while another window holds it open', () => {
  it('goes back to the own records, says what to do, and removes the sample once that window is closed', async () => {
    const own = await openStore(freshName('own-records'));
    stores.push(own);
    expect((await saveProfile(own, ada)).ok).toBe(true);
    const ownBefore = await dumpTables(own.db);

    const sample = await openStore(SAMPLE_DATABASE_NAME);
    stores.push(sample);
    await seedSample(sample, '2026-11-22');
    window.localStorage.setItem('ascent.mode', 'sample');
    other = await holdOpen();

    window.location.hash = '#/dashboard';
    render(<App store={sample} platform={fakePlatform(null)} sample />);
    const banner = await screen.findByRole('region', { name: 'Sample data' }, SLOW);
    fireEvent.click(within(banner).getByRole('button', { name: 'Leave sample data…' }));
    const remove = within(banner).getByRole<HTMLButtonElement>('button', {
      name: 'Remove sample data',
    });
    await waitFor(() => expect(remove.disabled).toBe(false), SLOW);
    fireEvent.click(remove);
    expect(within(banner).getByRole('status').textContent).toBe('Removing the sample data…');

    // The window does not wait on: it starts again (the reload is marked as an arrival).
    await waitFor(() => expect(window.sessionStorage.getItem(AFTER_RELOAD)).toBe('1'), SLOW);
    expect(isSampleMode()).toBe(false);
    expect(await storeExists(SAMPLE_DATABASE_NAME)).toBe(true);

    // The reload, as start-up opens it: the own records.
    cleanup();
    render(<App store={own} platform={fakePlatform(null)} />);
    await screen.findByRole('heading', { name: 'Hello, Ada Byrne' }, SLOW);
    const notice = await screen.findByRole('region', { name: 'Sample data' }, SLOW);
    expect(notice.textContent).toContain('The sample data is still on this computer.');
    expect(notice.textContent).toContain(
      'You are back on your own records, which were not touched.',
    );
    expect(notice.textContent).toContain(
      'Close other Ascent windows, then press Remove the sample data.',
    );

    // Still held: nothing waits, and the notice says so.
    const again = within(notice).getByRole('button', { name: 'Remove the sample data' });
    fireEvent.click(again);
    const alert = await within(notice).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      'Another Ascent window still has the sample data open. Close other Ascent windows, then press Remove the sample data again.',
    );

    // That window closed: pressed again, the sample goes.
    other.close();
    other = null;
    fireEvent.click(within(notice).getByRole('button', { name: 'Remove the sample data' }));
    const done = await within(
      await screen.findByRole('region', { name: 'Sample data' }, SLOW),
    ).findByText('The sample data was removed.', {}, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(await storeExists(SAMPLE_DATABASE_NAME)).toBe(false);
    expect(await dumpTables(own.db)).toEqual(ownBefore);
  }, 30000);

  it('says nothing once the sample went by itself (that window closed before the next start)', async () => {
    const own = await openStore(freshName('own-records'));
    stores.push(own);
    expect((await saveProfile(own, ada)).ok).toBe(true);
    window.localStorage.setItem('ascent.sample-left', 'yes');
    window.location.hash = '#/dashboard';
    render(<App store={own} platform={fakePlatform(null)} />);
    await screen.findByRole('heading', { name: 'Hello, Ada Byrne' }, SLOW);
    await waitFor(() => expect(sampleLeftBehind()).toBe(false), SLOW);
    expect(screen.queryByRole('region', { name: 'Sample data' })).toBeNull();
  });
});

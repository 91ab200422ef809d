import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { BackupNotices } from '../../../renderer/src/features/backup/BackupNotices';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { Platform } from '../../../shared/platform';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

/** Lets the export and the live queries behind the banners answer (real timers). */
const settle = () => act(() => new Promise((r) => setTimeout(r, 400)));
const reminder = () => screen.queryByRole('region', { name: 'Backup reminder' });
/** Everything said in the page's live regions. */
const said = () =>
  [...document.querySelectorAll('[role="status"],[role="alert"],[aria-live]')]
    .map((e) => e.textContent)
    .join(' ');

/** A browser with records of the user's own and no export yet: the reminder shows. */
async function showReminder(label: string, platform: Platform = fakePlatform(null)) {
  const store = await storeWith(label, fixtureRows());
  await showNotices(store, platform);
  await screen.findByRole('region', { name: 'Backup reminder' }, { timeout: 10_000 });
}

/** The banners above a screen whose heading is "Dashboard". */
async function showNotices(store: Store, platform: Platform) {
  stores.push(store);
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <main id="main" tabIndex={-1}>
          <h1>Dashboard</h1>
        </main>
        <BackupNotices />
      </PlatformProvider>
    </StoreProvider>,
  );
}

describe('the browser’s export reminder and the keyboard', { timeout: 30_000 }, () => {
  it('"Export now": the banner goes, the saved file is said, and focus goes to the page’s heading', async () => {
    await showReminder('tmp-reminder-export');
    const button = screen.getByRole('button', { name: 'Export now' });
    button.focus();
    fireEvent.click(button);
    // The export runs on real timers: a loaded machine takes longer than a fixed wait.
    await waitFor(() => expect(reminder()).toBeNull(), { timeout: 10_000 });
    await settle();
    expect(reminder()).toBeNull();
    expect(said()).toMatch(/Backup saved as ascent-[^ ]+\.ascent-backup\./);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Dashboard' }));
  });

  it('"Export now" that saved nothing keeps the banner and gives the focus back to its button', async () => {
    const platform: Platform = { ...fakePlatform(null), saveFile: async () => ({ saved: false }) };
    await showReminder('tmp-reminder-export-cancelled', platform);
    const button = screen.getByRole('button', { name: 'Export now' });
    button.focus();
    fireEvent.click(button);
    // Chromium drops focus from a button switched off (jsdom does not): emulated.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    elsewhere.remove();
    // The focus comes back once the export has ended (real timers; slower on a loaded machine).
    await waitFor(
      () => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export now' })),
      { timeout: 10_000 },
    );
    expect(reminder()).not.toBeNull();
    expect(said()).not.toMatch(/saved as/i);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export now' }));
  });

  it('"Not now": the banner goes and focus goes to the page’s heading, not the page', async () => {
    await showReminder('tmp-reminder-dismiss');
    const button = screen.getByRole('button', { name: 'Not now' });
    button.focus();
    fireEvent.click(button);
    await settle();
    expect(reminder()).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Dashboard' }));
  });
});

describe('the desktop’s backup banners and the keyboard', { timeout: 30_000 }, () => {
  it('"Hide this message" on a failed automatic backup sends focus to the page’s heading', async () => {
    const backups = fakeBackups();
    backups.failWrites = 'the disk is full';
    await showNotices(await storeWith('tmp-failed-hide', fixtureRows()), fakePlatform(backups));
    const banner = await screen.findByRole(
      'region',
      { name: 'Automatic backup failed' },
      { timeout: 10_000 },
    );
    const hide = within(banner).getByRole('button', { name: 'Hide this message' });
    hide.focus();
    fireEvent.click(hide);
    await settle();
    expect(screen.queryByRole('region', { name: 'Automatic backup failed' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Dashboard' }));
  });

  it('"Start fresh" when the records vanished sends focus to the page’s heading', async () => {
    const backups = fakeBackups();
    backups.marker = {
      hasRecords: true,
      updatedAt: '2026-11-21T08:00:00.000Z',
      appVersion: '0.3.0',
    };
    await showNotices(
      await openStore(`tmp-vanished-fresh-${Math.random()}`),
      fakePlatform(backups),
    );
    const banner = await screen.findByRole(
      'region',
      { name: 'Your records are missing' },
      { timeout: 10_000 },
    );
    const fresh = within(banner).getByRole('button', { name: 'Start fresh' });
    fresh.focus();
    fireEvent.click(fresh);
    await settle();
    expect(screen.queryByRole('region', { name: 'Your records are missing' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Dashboard' }));
  });
});

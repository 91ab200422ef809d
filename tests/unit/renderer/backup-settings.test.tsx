import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import { exportBackup, readBackupFile } from '../../../renderer/src/db/backup';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getSettings } from '../../../renderer/src/db/repositories/settings';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { fixtureRecords, fixtureRows, storeWith } from '../../db/backup-fixtures';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';

let stores: Store[] = [];
beforeEach(() => {
  window.location.hash = '#/settings';
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});
const track = (s: Store) => (stores.push(s), s);

/** A platform double that records saved files and can emit menu commands. */
function platformWith(backups: FakeBackups | null) {
  const saved: SaveRequest[] = [];
  let menu: ((c: MenuCommand) => void) | null = null;
  const platform: Platform = {
    ...fakePlatform(backups),
    saveFile: vi.fn(
      async (req: SaveRequest) => (
        saved.push(req),
        { saved: true as const, fileName: req.suggestedName }
      ),
    ),
    onMenuCommand: (l) => ((menu = l), () => (menu = null)),
  };
  return { platform, saved, emit: (c: MenuCommand) => menu?.(c) };
}

const savedBytes = (req: SaveRequest) => req.content as Uint8Array;
/** Exports and restores go through fake-indexeddb: on a busy machine they take a while. */
// Hang guards, generous for a busy machine; nothing here is timed.
const SLOW = { timeout: 15_000 };
const TEST = { timeout: 40_000 };

describe('Settings → Backups on the desktop', TEST, () => {
  it('lists the automatic backups and restores one after a preview, keeping the current data first', async () => {
    const other = fixtureRows();
    other.profile![0]!.name = 'Backup Person';
    const source = track(await storeWith('source', other));
    const backups = fakeBackups();
    await backups.write('daily', (await exportBackup(source, { appVersion: '0.2.0' })).bytes);
    const store = track(await storeWith('desktop', fixtureRows()));
    const { platform } = platformWith(backups);
    render(<App store={store} platform={platform} />);

    const row = await screen.findByRole('row', { name: /Daily/ }, SLOW);
    expect(row.textContent).toMatch(/KB|bytes/);
    fireEvent.click(within(row).getByRole('button', { name: /^Restore the backup of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' }, SLOW);
    expect(dialog.textContent).toContain('Backup Person');
    expect(dialog.textContent).toContain(
      'First, Ascent keeps an automatic backup of your current data.',
    );
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace my data with this backup' }),
    );
    await screen.findByRole('dialog', { name: 'Your data is restored' }, SLOW);
    const safety = backups.files.find((f) => f.info.reason === 'before-restore');
    const kept = await readBackupFile(safety!.content);
    expect(kept.ok && kept.value.preview.profileName).toBe('Dana Okafor');
    expect((await store.db.table('profile').toArray())[0].name).toBe('Backup Person');
    expect(dialog.textContent).toContain('Your previous data was kept as an automatic backup');
  });

  it('saves how many backups to keep, and explains a number out of range', async () => {
    const store = track(await storeWith('rotation', fixtureRows()));
    render(<App store={store} platform={platformWith(fakeBackups()).platform} />);
    const daily = await screen.findByLabelText('Daily backups to keep');
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(daily, { target: { value: '0' } });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save how many to keep' }));
    expect(await screen.findByText('Enter a whole number of backups from 1 to 365.')).toBeDefined();
    expect(daily.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(daily, { target: { value: '10' } });
    fireEvent.change(screen.getByLabelText('Monthly backups to keep'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save how many to keep' }));
    await waitFor(
      async () =>
        expect((await getSettings(store)).rotation).toEqual({ daily: 10, weekly: 4, monthly: 0 }),
      SLOW,
    );
    // Saved: leaving the screen no longer asks.
    await waitFor(() => expect(hasUnsavedChanges()).toBe(false), SLOW);
  });

  it('File → Export a backup starts the export at once and shows where it went', async () => {
    const store = track(await storeWith('menu', fixtureRows()));
    window.location.hash = '#/dashboard';
    const { platform, saved, emit } = platformWith(fakeBackups());
    render(<App store={store} platform={platform} />);
    await screen.findByRole('heading', { name: /^Hello/ });
    act(() => emit('export-backup'));
    expect(
      await screen.findByText(/^Backup saved as ascent-.*\.ascent-backup\.$/, {}, SLOW),
    ).toBeDefined();
    expect(saved).toHaveLength(1);
    const read = await readBackupFile(savedBytes(saved[0]!));
    expect(read.ok && read.value.preview.records).toBe(fixtureRecords());
    expect((await getSettings(store)).lastExportAt).not.toBeNull();
  });

  it('offers the newest automatic backup when the database vanished', async () => {
    const source = track(await storeWith('vanished-src', fixtureRows()));
    const backups = fakeBackups();
    await backups.write('daily', (await exportBackup(source, { appVersion: '0.2.0' })).bytes);
    backups.marker = {
      hasRecords: true,
      updatedAt: '2026-11-21T08:00:00.000Z',
      appVersion: '0.3.0',
    };
    const store = track(await openStore(`vanished-${Math.random()}`));
    window.location.hash = '#/dashboard';
    render(<App store={store} platform={platformWith(backups).platform} />);
    const banner = await screen.findByRole('region', { name: 'Your records are missing' }, SLOW);
    fireEvent.click(within(banner).getByRole('button', { name: 'Restore the newest backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' }, SLOW);
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace my data with this backup' }),
    );
    await screen.findByRole('dialog', { name: 'Your data is restored' }, SLOW);
    expect(await screen.findByRole('heading', { name: 'Hello, Dana Okafor' }, SLOW)).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Your records are missing' })).toBeNull();
    await waitFor(
      () => expect(backups.marker?.updatedAt).not.toBe('2026-11-21T08:00:00.000Z'),
      SLOW,
    );
  });
});

describe('in the browser', TEST, () => {
  it('reminds the user to export, and the reminder goes once a backup is saved', async () => {
    const store = track(await storeWith('web', fixtureRows()));
    const { platform, saved } = platformWith(null);
    render(<App store={store} platform={platform} />);
    const banner = await screen.findByRole('region', { name: 'Backup reminder' }, SLOW);
    expect(banner.textContent).toContain('You have not exported a backup yet.');
    fireEvent.click(within(banner).getByRole('button', { name: 'Export now' }));
    await waitFor(
      () => expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull(),
      SLOW,
    );
    expect(saved[0]?.suggestedName).toMatch(/\.ascent-backup$/);
  });

  it('refuses a file that is not a backup, with the reason, and changes nothing', async () => {
    const store = track(await storeWith('web-refuse', fixtureRows()));
    const { platform } = platformWith(null);
    platform.openFile = async () => ({
      opened: true,
      // Not a spreadsheet: one of those is said to be one (restore-refusals.test.tsx).
      fileName: 'notes.pdf',
      content: new TextEncoder().encode('%PDF-1.7'),
    });
    render(<App store={store} platform={platform} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore from a backup file…' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This file cannot be restored' },
      SLOW,
    );
    expect(dialog.textContent).toContain('This is not an Ascent backup file, or it is damaged');
    expect(await store.db.table('activities').count()).toBe(2);
  });
});

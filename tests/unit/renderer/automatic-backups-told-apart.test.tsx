/**
 * Automatic backups made in the same minute (the start's and a restore's safety copy, say)
 * are told apart by their Restore buttons, which name why each was made; and the end of a
 * restore names the automatic backup that holds the data as it was, so undoing it is
 * restoring that one.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup';
import type { Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AutomaticBackups } from '../../../renderer/src/features/backup/AutomaticBackups';
import { timeText } from '../../../renderer/src/features/backup/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { BackupFileInfo } from '../../../shared/ipc/contract';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 40_000 };

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

async function withRecords(label: string): Promise<Store> {
  const store = await storeWith(label, fixtureRows());
  stores.push(store);
  return store;
}

function show(store: Store, backups: FakeBackups) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(backups)}>
        <AutomaticBackups backups={backups} readOnly={false} />
      </PlatformProvider>
    </StoreProvider>,
  );
}

const restoreButtons = () =>
  screen
    .queryAllByRole('button', { name: /^Restore the backup of/ })
    .map((b) => b.getAttribute('aria-label'));

describe('the automatic backups on the desktop', TEST, () => {
  it('made in the same minute have Restore buttons of their own names', async () => {
    const store = await withRecords('same-minute');
    const { bytes } = await exportBackup(store, { appVersion: '0.3.0' });
    const made = (at: string, reason: BackupFileInfo['reason']): BackupFileInfo => ({
      fileName: `ascent-${at.replace(/:/g, '-').replace('.000', '')}-${reason}.ascent-backup`,
      reason,
      createdAt: at,
      size: bytes.byteLength,
    });
    const backups = fakeBackups([
      made('2026-11-22T10:15:40.000Z', 'before-restore'),
      made('2026-11-22T10:15:03.000Z', 'start'),
    ]);
    show(store, backups);
    const minute = timeText('2026-11-22T10:15:40.000Z', '24h');
    const byName = (name: string) => screen.findByRole('button', { name }, SLOW);
    expect(await byName(`Restore the backup of ${minute} (before a restore)`)).not.toBeNull();
    expect(await byName(`Restore the backup of ${minute} (when Ascent started)`)).not.toBeNull();
    const names = restoreButtons();
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('ends a restore naming the backup of the data as it was, which the list offers', async () => {
    const other = await withRecords('told-other');
    const store = await withRecords('told-ours');
    const backups = fakeBackups();
    await backups.write('daily', (await exportBackup(other, { appVersion: '0.3.0' })).bytes);
    show(store, backups);
    fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup of/ }, SLOW));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.click(
      await within(dialog).findByRole('button', { name: 'Replace my data with this backup' }, SLOW),
    );
    await within(dialog).findByText('Your data is restored', {}, SLOW);
    const copy = backups.files.find((f) => f.info.reason === 'before-restore')!.info;
    const name = `${timeText(copy.createdAt, '24h')} (before a restore)`;
    expect(dialog.textContent).toContain(
      `Your previous data was kept as an automatic backup, the one of ${name}: to undo this restore, restore that backup`,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(
      await screen.findByRole('button', { name: `Restore the backup of ${name}` }, SLOW),
    ).not.toBeNull();
  });
});

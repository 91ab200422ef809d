/**
 * A file picked by hand in Settings → Restore that is one of the desktop's automatic backups
 * (by its name) is no export of the user's: "Last exported" stays their own last export, as
 * when the same backup is restored from the list. A file they exported still counts.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup';
import type { Store } from '../../../renderer/src/db/database';
import { getSettings, recordExport } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RestorePanel } from '../../../renderer/src/features/backup/RestorePanel';
import { PlatformProvider } from '../../../renderer/src/platform';
import { isAutomaticBackupName } from '../../../shared/backup-names';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 40_000 };
const OWN_EXPORT = '2026-11-01T12:00:00.000Z';
const MADE_AT = new Date('2026-11-20T08:00:00.000Z');

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

/** Restores, through the panel, a backup of the store's own data picked as `fileName`. */
async function restorePicked(label: string, fileName: string): Promise<Store> {
  const store = await storeWith(label, fixtureRows());
  stores.push(store);
  await recordExport(store, OWN_EXPORT);
  const { bytes } = await exportBackup(store, { appVersion: '0.3.0', now: MADE_AT });
  const platform = {
    ...fakePlatform(fakeBackups()),
    openFile: async () => ({ opened: true as const, fileName, content: bytes }),
  };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <RestorePanel readOnly={false} />
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup file…' }));
  const dialog = await screen.findByRole('dialog', {}, SLOW);
  fireEvent.click(
    await within(dialog).findByRole('button', { name: 'Replace my data with this backup' }, SLOW),
  );
  await within(dialog).findByText('Your data is restored', {}, SLOW);
  return store;
}

describe('a backup file picked by hand', TEST, () => {
  it('named as an automatic backup leaves "Last exported" at the user’s own export', async () => {
    const store = await restorePicked(
      'picked-automatic',
      'ascent-2026-11-20T08-00-00Z-daily.ascent-backup',
    );
    expect((await getSettings(store)).lastExportAt).toBe(OWN_EXPORT);
  });

  it('that the user exported counts as their last export, as before', async () => {
    const store = await restorePicked('picked-export', 'ascent-2026-11-20-0800.ascent-backup');
    expect((await getSettings(store)).lastExportAt).toBe(MADE_AT.toISOString());
  });
});

describe('isAutomaticBackupName', () => {
  it.each([
    ['ascent-2026-11-20T08-00-00Z-daily.ascent-backup', true],
    ['ascent-2026-11-20T08-00-00Z-before-restore-2.ascent-backup', true],
    ['ascent-2026-11-20T08-00-00Z-version-change.ascent-backup', true],
    // An export of the user's, and the browser's copy before a restore.
    ['ascent-2026-11-20-0800.ascent-backup', false],
    ['ascent-before-restore-2026-11-20-0800.ascent-backup', false],
    // Renamed, copied by the system ("… (1)"), or not a real time: not Ascent's name.
    ['my backup.ascent-backup', false],
    ['ascent-2026-11-20T08-00-00Z-daily (1).ascent-backup', false],
    ['ascent-2026-02-30T08-00-00Z-daily.ascent-backup', false],
  ])('%s → %s', (name, expected) => {
    expect(isAutomaticBackupName(name)).toBe(expected);
  });
});

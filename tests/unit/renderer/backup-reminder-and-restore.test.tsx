/**
 * The browser's export reminder in a tab left open (it comes when due, not only at the next
 * page load), its sentence for one day, and "Last exported" after restoring one of the
 * desktop's automatic backups (it stays the user's own last export).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAutomaticBackup } from '../../../renderer/src/db/backup';
import type { Store } from '../../../renderer/src/db/database';
import { useSettings } from '../../../renderer/src/db/hooks';
import { getSettings, recordExport } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AutomaticBackups } from '../../../renderer/src/features/backup/AutomaticBackups';
import { BackupNotices } from '../../../renderer/src/features/backup/BackupNotices';
import { ExportPanel } from '../../../renderer/src/features/backup/ExportPanel';
import { ReminderBanner } from '../../../renderer/src/features/backup/ReminderBanner';
import { timeText } from '../../../renderer/src/features/backup/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { Platform } from '../../../shared/platform';
import { fakeBackups, fakePlatform, type FakeBackups } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

// Hang guards, generous for a busy machine; nothing here is timed.
const SLOW = { timeout: 15_000 };
const TEST = { timeout: 40_000 };
/** For what needs no database read: only a render once the clock has moved. */
const SOON = { timeout: 10_000 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = new Date('2026-11-22T08:00:00.000Z');

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  for (const s of stores) s.db.close();
  stores = [];
});

async function withRecords(label: string): Promise<Store> {
  const store = await storeWith(label, fixtureRows());
  stores.push(store);
  return store;
}

function show(store: Store, platform: Platform, children: ReactNode) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>{children}</PlatformProvider>
    </StoreProvider>,
  );
}

/** Lets the live queries behind the banners answer (fake-indexeddb runs on real timers). */
const settle = () => act(() => new Promise((r) => setTimeout(r, 300)));
const reminder = () => screen.queryByRole('region', { name: 'Backup reminder' });

describe('the browser’s export reminder in a tab left open', TEST, () => {
  // The last export was 13 days and 23½ hours ago: the reminder (after 14 days) is half an
  // hour away when the tab opens.
  const lastExport = new Date(T0.getTime() - 14 * DAY + HOUR / 2).toISOString();

  it('appears within the hour once it is due', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: T0 });
    const store = await withRecords('reminder-hourly');
    await recordExport(store, lastExport);
    show(store, fakePlatform(null), <BackupNotices />);
    await settle();
    expect(reminder()).toBeNull();
    await act(async () => void vi.advanceTimersByTime(HOUR));
    const banner = await screen.findByRole('region', { name: 'Backup reminder' }, SOON);
    expect(banner.textContent).toContain('Your last backup is 14 days old.');
  });

  it('appears when the window comes back into focus after it became due', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: T0 });
    const store = await withRecords('reminder-focus');
    await recordExport(store, lastExport);
    show(store, fakePlatform(null), <BackupNotices />);
    await settle();
    expect(reminder()).toBeNull();
    vi.setSystemTime(new Date(T0.getTime() + HOUR));
    fireEvent.focus(window);
    expect(await screen.findByRole('region', { name: 'Backup reminder' }, SOON)).not.toBeNull();
  });
});

describe('the reminder’s sentence', TEST, () => {
  it('says "1 day", not "1 days"', async () => {
    const store = await withRecords('reminder-one-day');
    const lastExport = new Date(Date.now() - DAY - HOUR).toISOString();
    show(
      store,
      fakePlatform(null),
      <ReminderBanner lastExportAt={lastExport} onDismiss={() => {}} />,
    );
    expect(screen.queryByText('Your last backup is 1 day old.')).not.toBeNull();
  });
});

describe('restoring an automatic backup on the desktop', TEST, () => {
  /** Settings → Backups' export line and the list of automatic backups, as on the desktop. */
  function Backups({ backups }: { backups: FakeBackups }) {
    const settings = useSettings();
    return (
      <>
        {settings && <ExportPanel lastExportAt={settings.lastExportAt} />}
        <AutomaticBackups backups={backups} readOnly={false} />
      </>
    );
  }

  it('leaves "Last exported" at the user’s own last export', async () => {
    const ownExport = '2026-11-01T12:00:00.000Z';
    const store = await withRecords('restore-automatic');
    await recordExport(store, ownExport);
    const backups = fakeBackups();
    // The app's daily backup, made after that export.
    await writeAutomaticBackup(store, backups, 'daily', '0.3.0', T0);
    show(store, fakePlatform(backups), <Backups backups={backups} />);
    const said = `Last exported ${timeText(ownExport, '24h')}.`;
    expect(await screen.findByText(said, {}, SLOW)).not.toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup of/ }, SLOW));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.click(
      await within(dialog).findByRole('button', { name: 'Replace my data with this backup' }, SLOW),
    );
    await within(dialog).findByText('Your data is restored', {}, SLOW);
    expect((await getSettings(store)).lastExportAt).toBe(ownExport);
    await settle();
    expect(screen.queryByText(`Last exported ${timeText(T0.toISOString(), '24h')}.`)).toBeNull();
    expect(screen.queryByText(said)).not.toBeNull();
  });
});

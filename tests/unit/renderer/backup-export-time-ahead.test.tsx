/**
 * A "Last exported" later than now: the user exported while the computer's clock ran ahead,
 * and the clock has since been put right. How old that backup is cannot be told, so the
 * browser's reminder counts it as stale and comes due, and its sentence says the age is not
 * known instead of "0 days" (due.ts; the rule exportTimeAfterRestore keeps for a restore).
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../renderer/src/db/database';
import { useSettings } from '../../../renderer/src/db/hooks';
import { recordExport } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { BackupNotices } from '../../../renderer/src/features/backup/BackupNotices';
import { ExportPanel } from '../../../renderer/src/features/backup/ExportPanel';
import { exportAge, exportReminderDue } from '../../../renderer/src/features/backup/due';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('a last export later than now', () => {
  it.each([
    ['a minute ahead', at(60_000), 14, true],
    ['a year ahead', at(365 * DAY), 14, true],
    ['a year ahead, with a 90-day reminder', at(365 * DAY), 90, true],
    ['exactly now: a fresh export', at(0), 14, false],
    ['an hour ago', at(-HOUR), 14, false],
  ])('%s: reminder due %s', (_name, lastExportAt, reminderDays, due) => {
    expect(exportReminderDue({ lastExportAt, reminderDays, hasRecords: true, now: NOW })).toBe(due);
  });

  it('has no reminder without records, whatever the time', () => {
    expect(
      exportReminderDue({
        lastExportAt: at(365 * DAY),
        reminderDays: 14,
        hasRecords: false,
        now: NOW,
      }),
    ).toBe(false);
  });

  it.each([
    ['never', null, { kind: 'never' }],
    ['not a time', 'soon', { kind: 'never' }],
    ['a year ahead', at(365 * DAY), { kind: 'unknown' }],
    ['a second ahead', at(1_000), { kind: 'unknown' }],
    ['now', at(0), { kind: 'days', days: 0 }],
    ['20.5 days ago', at(-20.5 * DAY), { kind: 'days', days: 20 }],
  ])('its age: %s', (_name, iso, age) => {
    expect(exportAge(iso, NOW)).toEqual(age);
  });
});

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

const reminder = () => screen.queryByRole('region', { name: 'Backup reminder' });

describe('the browser’s reminder after a clock put right', { timeout: 30_000 }, () => {
  it('shows, says the age is not known (not "0 days"), and goes after "Export now"', async () => {
    const store = await storeWith('export-time-ahead', fixtureRows());
    stores.push(store);
    await recordExport(store, new Date(Date.now() + 200 * DAY).toISOString());
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <BackupNotices />
        </PlatformProvider>
      </StoreProvider>,
    );
    const banner = await screen.findByRole(
      'region',
      { name: 'Backup reminder' },
      { timeout: 10_000 },
    );
    expect(banner.textContent).toContain(
      'The date of your last backup is later than now (a clock was wrong), so its age is not known.',
    );
    expect(banner.textContent).not.toContain('0 days');

    // The export just made is judged at its own time, not at the reminder's last look (which
    // came before it): the banner goes and stays gone.
    fireEvent.click(screen.getByRole('button', { name: 'Export now' }));
    await waitFor(() => expect(reminder()).toBeNull(), { timeout: 10_000 });
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(reminder()).toBeNull();
  });

  // Settings' export, the banner left showing: the new "Last exported" is later than the
  // reminder's last look at the clock, yet it is not of unknown age: the banner goes.
  it('goes after an export from Settings made while it shows', async () => {
    const store = await storeWith('export-from-settings', fixtureRows());
    stores.push(store);
    await recordExport(store, new Date(Date.now() - 20 * DAY).toISOString());
    function Screen() {
      const settings = useSettings();
      return settings ? <ExportPanel lastExportAt={settings.lastExportAt} /> : null;
    }
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <BackupNotices />
          <Screen />
        </PlatformProvider>
      </StoreProvider>,
    );
    await screen.findByRole('region', { name: 'Backup reminder' }, { timeout: 10_000 });
    fireEvent.click(await screen.findByRole('button', { name: 'Export a complete backup' }));
    await screen.findByText(/^Backup saved as /, {}, { timeout: 10_000 });
    await waitFor(() => expect(reminder()).toBeNull(), { timeout: 10_000 });
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(reminder()).toBeNull();
  });
});

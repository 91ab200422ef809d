// A backup just exported from the same data: the restore preview's table, the records now in
// Ascent and the records restored are one number (the settings row, in the file too, is not a
// record and is named apart, never added into the table).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { exportBackup } from '../../../renderer/src/db/backup';
import type { Store } from '../../../renderer/src/db/database';
import { fixtureRecords, fixtureRows, storeWith } from '../../db/backup-fixtures';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';

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
const SLOW = { timeout: 5000 };
const number = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));

// A whole export, preview and restore under jsdom: seconds, more under load; the limit is a
// hang guard.
describe('restoring a backup of the same data', { timeout: 30_000 }, () => {
  it('counts the same records in the preview table, in "now in Ascent" and in "are back"', async () => {
    const rows = fixtureRows();
    expect(rows.settings?.length).toBe(1);
    const store = await storeWith('restore-counts', rows);
    stores.push(store);
    const backups = fakeBackups();
    await backups.write('daily', (await exportBackup(store, { appVersion: '0.3.0' })).bytes);
    render(<App store={store} platform={fakePlatform(backups)} />);

    const row = await screen.findByRole('row', { name: /Daily/ }, SLOW);
    fireEvent.click(within(row).getByRole('button', { name: /^Restore the backup of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' }, SLOW);
    const table = within(dialog).getByRole('table', { name: 'What the backup holds' });
    const [body, foot] = [table.querySelector('tbody')!, table.querySelector('tfoot')!];
    const listed = [...body.querySelectorAll('tr')].map((r) => r.textContent ?? '');
    expect(listed.some((r) => r.startsWith('Settings'))).toBe(false);
    const sum = [...body.querySelectorAll('td')].reduce((n, td) => n + number(td.textContent), 0);
    const all = fixtureRecords();
    expect(sum).toBe(all);
    expect(foot.textContent).toBe(`Records in all${all}`);
    expect(dialog.textContent).toContain(
      `Restoring replaces everything now in Ascent (${all} records) with this backup.`,
    );
    expect(dialog.textContent).toContain(
      'It also holds your settings (theme, reminders, clock), which are not counted as records.',
    );

    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Replace my data with this backup' }),
    );
    await screen.findByRole('dialog', { name: 'Your data is restored' }, SLOW);
    expect(within(dialog).getByRole('status').textContent).toContain(`${all} records are back.`);
  });
});

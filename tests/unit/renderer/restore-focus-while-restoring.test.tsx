/**
 * While the data is being replaced, the pressed "Replace my data with this backup" has gone
 * with the preview and Close has not come yet: the focus waits inside the dialog, on what is
 * being done, not on the page behind it (WCAG 2.4.3 focus order). Then Close takes it.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup';
import type { Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RestorePanel } from '../../../renderer/src/features/backup/RestorePanel';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { SaveFileResponse } from '../../../shared/ipc/contract';
import { fakePlatform } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

const SLOW = { timeout: 10_000 };

let stores: Store[] = [];
beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

describe('the restore dialog while it restores', { timeout: 30_000 }, () => {
  it('keeps the focus on its progress, then gives it to Close', async () => {
    const store = await storeWith('restoring-focus', fixtureRows());
    const source = await storeWith('restoring-focus-source', fixtureRows());
    stores.push(store, source);
    const { bytes } = await exportBackup(source, { appVersion: '0.3.0' });
    // The copy of the current data is downloaded first (the browser): held until released, so
    // the dialog can be looked at while it restores.
    const held: { release?: (r: SaveFileResponse) => void } = {};
    const platform = fakePlatform(null);
    platform.openFile = async () => ({
      opened: true,
      fileName: 'mine.ascent-backup',
      content: bytes,
    });
    platform.saveFile = () =>
      new Promise((resolve) => {
        held.release = resolve;
      });
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform}>
          <main>
            <h1>Settings</h1>
            <RestorePanel readOnly={false} />
          </main>
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup file…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' }, SLOW);
    const replace = within(dialog).getByRole('button', {
      name: 'Replace my data with this backup',
    });
    replace.focus();
    fireEvent.click(replace);

    const status = await within(dialog).findByText(
      'Keeping a copy of your current data…',
      {},
      SLOW,
    );
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    const holder = document.activeElement as HTMLElement;
    expect(dialog.contains(holder)).toBe(true);
    expect(holder.contains(status)).toBe(true);
    expect(holder.tabIndex).toBe(-1);

    await waitFor(() => expect(held.release).toBeDefined(), SLOW);
    held.release?.({ saved: true, fileName: 'ascent-before-restore.ascent-backup' });
    const close = await within(dialog).findByRole('button', { name: 'Close' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(close));
  });
});

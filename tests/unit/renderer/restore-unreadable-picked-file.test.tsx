/**
 * In the browser, a backup file that cannot be read once chosen (moved or removed since, or
 * too large for memory) is said under Restore, rather than nothing happening at all: the
 * file input's read failed out of sight and the restore waited for it for ever.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RestorePanel } from '../../../renderer/src/features/backup/RestorePanel';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  for (const s of stores) s.db.close();
  stores = [];
});

/** The file input, once clicked, is given a file whose bytes cannot be read. */
function chooseUnreadableFile() {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    const file = {
      name: 'ascent-2026-11-20-0800.ascent-backup',
      arrayBuffer: () =>
        Promise.reject(new DOMException('The file could not be found.', 'NotFoundError')),
    };
    Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event('change'));
  });
}

describe('a backup file the browser cannot read', { timeout: 20_000 }, () => {
  it('makes the file picker fail, not wait for ever', async () => {
    chooseUnreadableFile();
    const opened = createWebPlatform('0.3.0').openFile([]);
    const waited = new Promise((r) => setTimeout(() => r('still waiting'), 1_000));
    const outcome = await Promise.race([
      opened.then(
        () => 'opened',
        () => 'failed',
      ),
      waited,
    ]);
    expect(outcome).toBe('failed');
  });

  it('is said under Restore, with the reason', async () => {
    chooseUnreadableFile();
    const store = await storeWith('unreadable-pick', fixtureRows());
    stores.push(store);
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={createWebPlatform('0.3.0')}>
          <RestorePanel readOnly={false} />
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup file…' }));
    await act(() => new Promise((r) => setTimeout(r, 200)));
    const alert = screen.queryByRole('alert');
    expect(alert?.textContent).toBe('The file could not be opened: The file could not be found.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

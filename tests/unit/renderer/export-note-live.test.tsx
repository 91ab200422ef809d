// Settings → Backups → Export: what the export came to ("Backup saved as …", "No backup was
// saved.") is said in a live region that is on the page, empty, before the export ends. A live
// region added already filled may not be read out by screen readers. The next export empties
// it first, so the same words are read again.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../../shared/platform';
import type { Store } from '../../../renderer/src/db/database';
import { useSettings } from '../../../renderer/src/db/hooks';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ExportPanel } from '../../../renderer/src/features/backup/ExportPanel';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { fixtureRows, storeWith } from '../../db/backup-fixtures';

const SLOW = { timeout: 10_000 };
let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

function Panel() {
  const settings = useSettings();
  return settings ? <ExportPanel lastExportAt={settings.lastExportAt} /> : null;
}

async function show(name: string, platform: Platform) {
  const store = await storeWith(name, fixtureRows());
  stores.push(store);
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <Panel />
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.findByRole('button', { name: 'Export a complete backup' }, SLOW);
}

/** Every text the element held, in order, as it changed. */
function textsOf(el: Element): string[] {
  const seen: string[] = [];
  new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  return seen;
}

describe('the export’s outcome note', { timeout: 30_000 }, () => {
  it('is on the page empty first, then says where the backup went, twice over', async () => {
    // Saved under the same name each time (as when the person picks the same file again).
    const platform: Platform = {
      ...fakePlatform(null),
      saveFile: async () => ({ saved: true, fileName: 'career.ascent-backup' }),
    };
    const button = await show('export-note-saved', platform);
    const [note] = screen.getAllByRole('status');
    expect(note!.textContent).toBe('');
    const texts = textsOf(note!);

    const said = 'Backup saved as career.ascent-backup.';
    fireEvent.click(button);
    await waitFor(() => expect(note!.textContent).toBe(said), SLOW);
    expect(note!.isConnected).toBe(true);

    // The same words again: emptied first, so they are read out again.
    fireEvent.click(button);
    await waitFor(() => expect(texts.filter((t) => t === said)).toHaveLength(2), SLOW);
    expect(texts).toEqual([said, '', said]);
    expect(note!.isConnected).toBe(true);
  });

  it('says no backup was saved when the save is cancelled, in the same region', async () => {
    const platform: Platform = { ...fakePlatform(null), saveFile: async () => ({ saved: false }) };
    const button = await show('export-note-cancelled', platform);
    const [note] = screen.getAllByRole('status');
    expect(note!.textContent).toBe('');
    fireEvent.click(button);
    await waitFor(() => expect(note!.textContent).toBe('No backup was saved.'), SLOW);
    expect(note!.isConnected).toBe(true);
  });
});

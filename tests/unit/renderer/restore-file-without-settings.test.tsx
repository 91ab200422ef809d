// A backup file without the settings row holds none of the user's preferences: restoring it
// keeps this computer's (theme, reminders, week start, clock, export reminder) instead of
// putting them back to their defaults with nothing said, and the preview says so. A settings
// table holding only the remembered import is no settings of the user's.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupFile, type ValidBackup } from '../../../renderer/src/db/backup';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  getSettings,
  setClock,
  setExportReminderDays,
  setStudySettings,
  setTheme,
} from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RestorePreview } from '../../../renderer/src/features/backup/RestorePreview';
import { performRestore } from '../../../renderer/src/features/backup/restore-flow';
import { craftFile, craftedFrom, fixtureRows, storeWith } from '../../db/backup-fixtures';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

const HELD =
  'It also holds your settings (theme, reminders, clock), which are not counted as records.';
const NONE = 'Your settings stay as they are: the file holds none.';

const LAST_IMPORT = {
  id: 'lastImport',
  at: '2026-11-20T08:00:00.000Z',
  fileName: 'pmi.csv',
  ids: [],
  fingerprints: [],
  updatedAt: '2026-11-20T08:00:00.000Z',
};

/** A file of the fixture's records with `settings` as its settings table. */
async function fileWith(settings: Record<string, unknown>[]): Promise<ValidBackup> {
  const rows = { ...fixtureRows(), evidence: [], settings };
  const read = await readBackupFile(await craftFile(craftedFrom(rows)));
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  return read.value;
}

/** This computer: records, and preferences of the user's own, none of them the defaults. */
async function ours(): Promise<Store> {
  const store = await storeWith('restore-no-settings', { ...fixtureRows(), evidence: [] });
  stores.push(store);
  await setTheme(store, 'dark');
  await setStudySettings(store, { reminderLeadDays: 30, weekStart: 'sunday' });
  await setClock(store, '12h');
  await setExportReminderDays(store, 30);
  return store;
}

const preferences = async (store: Store) => {
  const s = await getSettings(store);
  return [s.theme, s.reminderLeadDays, s.weekStart, s.clock, s.exportReminderDays];
};

describe('restoring a file without the settings row', () => {
  it.each([
    ['an empty settings table', []],
    ['only the remembered import', [LAST_IMPORT]],
  ])('keeps this computer’s preferences: %s', async (_name, settings) => {
    const store = await ours();
    const outcome = await performRestore(
      store,
      fakePlatform(fakeBackups()),
      await fileWith(settings),
      { downloadCopy: false },
    );
    expect(outcome.ok).toBe(true);
    expect(await preferences(store)).toEqual(['dark', 30, 'sunday', '12h', 30]);
    // The file still counts as the last export.
    expect((await getSettings(store)).lastExportAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('keeps them for an automatic backup too', async () => {
    const store = await ours();
    const outcome = await performRestore(store, fakePlatform(fakeBackups()), await fileWith([]), {
      downloadCopy: false,
      automatic: true,
    });
    expect(outcome.ok).toBe(true);
    expect(await preferences(store)).toEqual(['dark', 30, 'sunday', '12h', 30]);
  });

  it('a file with the settings row brings its own back', async () => {
    const store = await ours();
    const file = await fileWith([
      { id: 'app', theme: 'light', clock: '24h', updatedAt: '2026-11-20T08:00:00.000Z' },
    ]);
    expect(
      (await performRestore(store, fakePlatform(null), file, { downloadCopy: false })).ok,
    ).toBe(true);
    // What the file leaves out is the default, as the file's settings say.
    expect(await preferences(store)).toEqual(['light', 14, 'monday', '24h', 14]);
  });
});

describe('the restore preview', () => {
  async function preview(backup: ValidBackup) {
    const store = await openStore(freshName('restore-no-settings-preview'));
    stores.push(store);
    render(
      <StoreProvider store={store}>
        <RestorePreview
          backup={backup}
          current={0}
          desktop
          onConfirm={() => {}}
          onCancel={() => {}}
        />
      </StoreProvider>,
    );
    return (await screen.findByText('What the backup holds')).closest('div')!.parentElement!;
  }

  it.each([
    ['an empty settings table', []],
    ['only the remembered import', [LAST_IMPORT]],
  ])('says the settings stay as they are: %s', async (_name, settings) => {
    const box = await preview(await fileWith(settings));
    expect(box.textContent).toContain(NONE);
    expect(box.textContent).not.toContain(HELD);
  });

  it('says the file holds the settings when it has the settings row', async () => {
    const box = await preview(
      await fileWith([{ id: 'app', theme: 'light', updatedAt: '2026-11-20T08:00:00.000Z' }]),
    );
    expect(box.textContent).toContain(HELD);
    expect(box.textContent).not.toContain(NONE);
  });
});

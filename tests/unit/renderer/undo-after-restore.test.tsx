// An Undo offered before a restore does not outlive it: restoring a backup replaces all the
// data, and the Undo would put a record of the replaced data into the restored data. The offer
// ends with the restore; Undo pressed then (Ctrl+Z, Edit › Undo) says nothing is left to undo.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTHING_TO_UNDO_TEXT, UndoProvider, useUndo } from '../../../renderer/src/components/undo';
import { readBackupFile, type ValidBackup } from '../../../renderer/src/db/backup';
import type { Store } from '../../../renderer/src/db/database';
import {
  deleteHeld,
  listHeld,
  restoreHeld,
  saveHeld,
} from '../../../renderer/src/db/repositories/credentials';
import { performRestore } from '../../../renderer/src/features/backup/restore-flow';
import type { Platform } from '../../../shared/platform';
import { craftFile, craftedFrom, fixtureRows, storeWith } from '../../db/backup-fixtures';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';

let stores: Store[] = [];
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});

let offer: ReturnType<typeof useUndo> = () => {};
function Page() {
  offer = useUndo();
  return <button type="button">Elsewhere</button>;
}

const ctrlZ = () => fireEvent.keyDown(window, { key: 'z', ctrlKey: true });

async function file(): Promise<ValidBackup> {
  const rows = { ...fixtureRows(), evidence: [] };
  const read = await readBackupFile(await craftFile(craftedFrom(rows)));
  if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
  return read.value;
}

/** A store with a credential of its own deleted, its Undo on offer. */
async function deletedWithUndo(menu?: Pick<Platform, 'onMenuCommand'>) {
  const store = await storeWith('undo-after-restore', { ...fixtureRows(), evidence: [] });
  stores.push(store);
  const saved = await saveHeld(
    store,
    { credentialId: 'capm', stage: 'earned', earnedDate: '2025-02-01' },
    '2026-11-22',
  );
  if (!saved.ok) throw new Error('not saved');
  const removed = await deleteHeld(store, saved.value.id);
  render(
    <UndoProvider {...(menu ? { menu } : {})}>
      <Page />
    </UndoProvider>,
  );
  act(() =>
    offer('Deleted CAPM.', async () => {
      await restoreHeld(store, removed!);
    }),
  );
  expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  return { store, id: saved.value.id };
}

async function restore(store: Store) {
  await act(async () => {
    const outcome = await performRestore(store, fakePlatform(fakeBackups()), await file(), {
      downloadCopy: false,
    });
    expect(outcome.ok).toBe(true);
  });
}

describe('Undo after a restore', () => {
  it('the offer ends with the restore; Ctrl+Z then says nothing is left to undo', async () => {
    const { store, id } = await deletedWithUndo();
    const heldInFile = (await listHeld(store)).length;
    await restore(store);
    const restored = await listHeld(store);
    expect(restored.some((r) => r.id === id)).toBe(false);

    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    ctrlZ();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(NOTHING_TO_UNDO_TEXT),
    );
    // The restored data is exactly the file's: the replaced data's credential stays out.
    expect((await listHeld(store)).map((r) => r.id)).toEqual(restored.map((r) => r.id));
    expect(restored.length).toBe(heldInFile);
  });

  it('Edit › Undo on the desktop says so too, and puts nothing back', async () => {
    let send: (command: string) => void = () => {};
    const menu: Pick<Platform, 'onMenuCommand'> = {
      onMenuCommand: (listener) => {
        send = listener as (command: string) => void;
        return () => {};
      },
    };
    const { store, id } = await deletedWithUndo(menu);
    await restore(store);
    act(() => send('undo'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(NOTHING_TO_UNDO_TEXT),
    );
    expect((await listHeld(store)).some((r) => r.id === id)).toBe(false);
  });

  it('a delete after the restore is offered and undone as usual', async () => {
    const { store } = await deletedWithUndo();
    await restore(store);
    let undone = false;
    act(() =>
      offer('Deleted something else.', async () => {
        undone = true;
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(undone).toBe(true));
    expect(screen.getByRole('status').textContent).not.toContain(NOTHING_TO_UNDO_TEXT);
  });
});
